/** A recap's or report's two ways out: its tables to Excel, and the printed PDF. */
export function ExportButtons({ onExcel, onPrint, printLabel }: { onExcel: () => void; onPrint: () => void; printLabel: string }) {
  return (
    <>
      <button type="button" className="button" onClick={onExcel}>
        Ekspor ke Excel
      </button>
      <button type="button" className="button button--primary" onClick={onPrint}>
        {printLabel}
      </button>
    </>
  );
}
