// Indonesian number and date formatting, in one place for the renderer and the PDF writer:
// "10.813", "101,19%", "23 Maret 2017".

const integerFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 });
const twoDecimals = new Intl.NumberFormat('id-ID', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const longDate = new Intl.DateTimeFormat('id-ID', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const monthYear = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

// Making a formatter costs far more than using one (a report formats thousands of numbers).
const fixedFormats = new Map<number, Intl.NumberFormat>([[0, integerFormat]]);

const figureFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 20 });

/** A figure as entered, every decimal kept: 10813 → "10.813", 12.5 → "12,5" (formatNumber rounds to a fixed number of decimals). */
export function formatFigure(value: number): string {
  return figureFormat.format(value);
}

export function formatNumber(value: number, fractionDigits = 0): string {
  let format = fixedFormats.get(fractionDigits);
  if (!format) fixedFormats.set(fractionDigits, (format = new Intl.NumberFormat('id-ID', { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits })));
  return format.format(value);
}

/** `value` is already a percentage (101.19 → "101,19%"). */
export function formatPercent(value: number): string {
  return `${twoDecimals.format(value)}%`;
}

/** Accepts "YYYY-MM-DD" (a calendar date, no time zone) or a Date. */
export function formatDate(value: string | Date): string {
  return longDate.format(toUtcDate(value));
}

/** A stored UTC timestamp as the office reads it: local date and time, "25 November 2026, 14.05". */
export function formatDateTime(iso: string): string {
  const moment = new Date(iso);
  return `${formatDate(localIsoDate(moment))}, ${moment.toLocaleTimeString('id-ID', { hour: '2-digit', minute: '2-digit' })}`;
}

export function formatMonthYear(year: number, month: number): string {
  return monthYear.format(new Date(Date.UTC(year, month - 1, 1)));
}

/** Today's calendar date in the office's local time, as "YYYY-MM-DD". */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function toUtcDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) throw new RangeError(`Not an ISO date: ${value}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/** NIP as printed on letters: 8-6-1-3 digits ("19750312 200003 1 004"). */
export function formatNip(nip: string): string {
  if (!/^\d{18}$/.test(nip)) return nip;
  return `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip.slice(14, 15)} ${nip.slice(15)}`;
}

/**
 * A target or an achievement as the evaluation table and its report print it: a dash where there
 * is none, two decimals for a percentage indicator, whole numbers as they are, others to two decimals.
 */
export function formatIndicatorValue(value: number | null, unit: string): string {
  if (value === null) return '–';
  return formatNumber(value, unit === '%' || !Number.isInteger(value) ? 2 : 0);
}

/** A percentage, or a dash where there is none to show. */
export function formatPercentOrDash(value: number | null): string {
  return value === null ? '–' : formatPercent(value);
}

/** `part` as a share of `whole` ("25,00%"), or a dash when the whole is zero or either is not filled in. */
export function formatShare(part: number | null | undefined, whole: number | null | undefined): string {
  return part != null && whole != null && whole > 0 ? formatPercent((part / whole) * 100) : '–';
}

/** A count, or a dash where it was not filled in (a blank figure is not a 0). */
export function formatCount(value: number | null | undefined): string {
  return value == null ? '–' : formatNumber(value);
}
