// The office's names as the screens and the PDFs show them together.

/**
 * The office with its kabupaten/kota: "Dinas PPKB — Kabupaten Lebak", or the office's name alone
 * when it already says which ("Dinas PPKB Kabupaten Bogor"), which would otherwise read twice.
 */
export function officeAndRegency(office: { officeName: string; regencyName: string }): string {
  return namesRegency(office) ? office.officeName : `${office.officeName} — ${office.regencyName}`;
}

/** Whether the office's name already holds its kabupaten/kota's ("… Kabupaten Bogor"). */
export function namesRegency(office: { officeName: string; regencyName: string }): boolean {
  return office.officeName.toLowerCase().includes(office.regencyName.toLowerCase());
}
