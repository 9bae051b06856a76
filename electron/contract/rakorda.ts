// Rakorda vocabulary shared by the main process and the renderer.

export const INDICATOR_DIRECTIONS = [
  { value: 'higher', label: 'Makin besar makin baik' },
  { value: 'lower', label: 'Makin kecil makin baik' },
] as const;

export const INDICATOR_AGGREGATIONS = [
  { value: 'sum', label: 'Jumlah dari kecamatan' },
  { value: 'rate', label: 'Rasio: pembilang ÷ penyebut × 100' },
] as const;

/** "1,000" or "12,500": thousands written the English way, or a decimal with trailing zeros; asked, not guessed. */
export const isAmbiguousFigure = (text: string) => /^-?\d{1,3},\d{3}$/.test(text.trim());

/** How a kabupaten target not entered for the kabupaten itself is found, for the evaluation screen and the report. */
export const DERIVED_TARGET_NOTE =
  'Target kabupaten yang tidak ditetapkan sendiri adalah jumlah target kecamatan; untuk indikator persentase, rata-rata target kecamatan yang ditimbang dengan penyebutnya (dari kecamatan yang sudah mengisi pembilang dan penyebut).';
