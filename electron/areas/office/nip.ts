import { z } from 'zod';

// NIP (Nomor Induk Pegawai) of a civil servant: 18 digits =
// birth date YYYYMMDD + appointment (TMT CPNS) YYYYMM + sex (1 man, 2 woman) + sequence 3 digits.

/** Returns why `nip` is not a valid NIP, in Bahasa Indonesia, or null when it is valid. */
export function nipProblem(nip: string): string | null {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d+$/.test(digits)) return 'NIP hanya boleh berisi angka.';
  if (digits.length !== 18) return `NIP harus 18 angka (yang diisi ${digits.length} angka).`;
  const year = Number(digits.slice(0, 4));
  const month = Number(digits.slice(4, 6));
  const day = Number(digits.slice(6, 8));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (year < 1940 || birth.getUTCMonth() !== month - 1 || birth.getUTCDate() !== day) {
    return 'Delapan angka pertama NIP harus tanggal lahir yang valid (TTTTBBHH).';
  }
  const appointedYear = Number(digits.slice(8, 12));
  const appointedMonth = Number(digits.slice(12, 14));
  if (appointedYear < year + 15 || appointedMonth < 1 || appointedMonth > 12) {
    return 'Angka ke-9 sampai ke-14 NIP harus tahun dan bulan pengangkatan (TTTTBB).';
  }
  if (digits[14] !== '1' && digits[14] !== '2') return 'Angka ke-15 NIP (jenis kelamin) harus 1 atau 2.';
  return null;
}

export function normalizeNip(nip: string): string {
  return nip.replace(/\s+/g, '');
}

/** An optional NIP (a PLKB's), trimmed; checked with its form's other fields, so its message comes in the same round. */
export const optionalNip = () =>
  z
    .string()
    .trim()
    .max(30)
    .superRefine((nip, ctx) => {
      const problem = nip ? nipProblem(nip) : null;
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .default('');
