import type { CellValue } from './import-rows.js';

// Reading one cell of an office's file into a typed value. Each parser returns 'invalid' for a
// value it cannot read, so the importer can name the cell and what was wrong with it.

/** dd/mm/yyyy (or - and .), yyyy-mm-dd, or a real Excel date; a real calendar date only (31/13/2018 is refused). */
export function toIsoDate(value: CellValue): string | null | 'invalid' {
  if (value === null) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
  const text = String(value).trim();
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = match ? `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}` : text;
  const date = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? iso : 'invalid';
}

/** 25, "25", "1.250" (Indonesian thousands) → a whole number ≥ 0. */
export function toWholeNumber(value: CellValue): number | null | 'invalid' {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : 'invalid';
  const text = String(value).trim().replace(/\./g, '');
  return /^\d+$/.test(text) ? Number(text) : 'invalid';
}

/** 1234.5, "1.234,5" (Indonesian), "12,5%" → a number ≥ 0. A number typed as text uses the Indonesian separators. */
export function toDecimal(value: CellValue): number | null | 'invalid' {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : 'invalid';
  if (value instanceof Date) return 'invalid';
  const text = String(value).trim().replace(/%$/, '').trim();
  if (!/^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/.test(text)) return 'invalid';
  return Number(text.replace(/\./g, '').replace(',', '.'));
}

/** A coordinate: -6.35 or "-6,35" (decimal comma), with a sign. */
export function toSignedDecimal(value: CellValue): number | null | 'invalid' {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : 'invalid';
  const text = String(value).trim().replace(/\s/g, '');
  return /^[-+]?\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : 'invalid';
}

/** Ya/Tidak and their usual variants; null when empty, 'invalid' when neither. */
export function toYesNo(value: CellValue): boolean | null | 'invalid' {
  if (value === null) return null;
  const text = String(value).trim().toLowerCase();
  if (['ya', 'y', 'aktif', '1', 'true'].includes(text)) return true;
  if (['tidak', 't', 'tidak aktif', '0', 'false', 'bukan'].includes(text)) return false;
  return 'invalid';
}

/** For comparing headers: "Jumlah anggota (orang)" → "jumlah anggota". */
export const foldHeader = (text: string) => text.toLowerCase().replace(/\(.*?\)/g, '').replace(/[^a-z0-9]+/g, ' ').trim();

/** "Kec. Bayah", "KECAMATAN  bayah" → "bayah"; "Desa Sawarna", "Kel. Cijoro Lebak" → "sawarna", "cijoro lebak". */
export function foldPlace(text: string): string {
  return text
    .toLowerCase()
    .replace(/^(kec\.?|kecamatan|desa|kel\.?|kelurahan|nagari)\s+/, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
