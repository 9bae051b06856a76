import { formatFigure } from '../../../electron/contract/format.js';

/**
 * Reads a figure as typed or pasted from an Indonesian Excel: "10.813" → 10813, "9,5" → 9.5,
 * "1.234,5" → 1234.5, "-20" → -20 (refused by the main process as negative, not as "not a
 * number"), "" → null. Anything else is passed on as typed for the main process to refuse.
 */
export function parseDecimal(raw: string): number | null | string {
  const text = raw.trim().replace(/\s+/g, '').replace(/%$/, '').replace(/^[−–]/, '-');
  if (text === '' || text === '-') return null;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.replace(/^-/, '');
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits) || /^\d+(,\d+)?$/.test(digits)) return sign * Number(digits.replace(/\./g, '').replace(',', '.'));
  return raw;
}

/** 10813 → "10813", 9.5 → "9,5": the way a figure is edited (no thousands dots to trip over). */
export function editDecimal(value: number | null): string {
  return value === null ? '' : String(value).replace('.', ',');
}

/** 10813 → "10.813", 9.5 → "9,5": a stored figure as the office reads it everywhere else; parseDecimal reads it back unchanged. */
export function showFigure(value: number | null): string {
  return value === null ? '' : formatFigure(value);
}
