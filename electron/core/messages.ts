import { z } from 'zod';
import { formatNumber } from '../contract/format.js';

// Zod's own Indonesian locale speaks to programmers ("diharapkan string, diterima undefined").
// Office staff need to read what to do, so the common cases are phrased here; schemas give
// their own message where a field needs one (NIP, logo, ...).
const customError: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null || issue.input === '') return 'Wajib diisi.';
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof issue.input === 'string' && /^-?\d+[.,]\d+$/.test(issue.input.trim())) {
        return 'Harus bilangan bulat (tanpa koma).';
      }
      if (issue.expected === 'number' || issue.expected === 'int') return 'Harus berupa angka.';
      if (issue.expected === 'string') return 'Harus berupa teks.';
      if (issue.expected === 'boolean') return 'Pilih ya atau tidak.';
      if (issue.expected === 'array') return 'Harus berupa daftar pilihan.';
      return 'Isian tidak valid.';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'Wajib diisi.' : `Minimal ${issue.minimum} karakter.`;
      }
      if (issue.origin === 'number') return `Tidak boleh kurang dari ${formatNumber(Number(issue.minimum))}.`;
      if (issue.origin === 'array') return `Pilih minimal ${issue.minimum}.`;
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') return `Maksimal ${issue.maximum} karakter.`;
      if (issue.origin === 'number') return `Tidak boleh lebih dari ${formatNumber(Number(issue.maximum))}.`;
      if (issue.origin === 'array') return `Maksimal ${issue.maximum} pilihan.`;
      return undefined;
    case 'invalid_format':
      if (issue.format === 'email') return 'Alamat pos-el (e-mail) tidak valid.';
      if (issue.format === 'date') return 'Tanggal tidak valid.';
      return 'Format isian tidak sesuai.';
    case 'invalid_value':
      return 'Pilih salah satu dari daftar.';
    case 'not_multiple_of':
      return 'Harus berupa bilangan bulat.';
    case 'unrecognized_keys':
      return `Kolom tidak dikenal: ${issue.keys.join(', ')}.`;
    default:
      return undefined;
  }
};

let installed = false;

/** Installs the Indonesian messages once per process (zod's config is global). */
export function installValidationMessages(): void {
  if (installed) return;
  z.config(z.locales.id());
  z.config({ customError });
  installed = true;
}

/** Flattens zod issues into one message per field path, the first issue per field winning. */
export function fieldMessages(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  collect(error.issues, [], fields);
  return fields;
}

function collect(issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[], fields: Record<string, string>): void {
  for (const issue of issues) {
    // For "one of these shapes", report the shape the payload came closest to.
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
      collect(closest, [...prefix, ...issue.path], fields);
      continue;
    }
    const path = [...prefix, ...issue.path].map(String).join('.') || '_';
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[path === '_' ? key : `${path}.${key}`] ??= 'Kolom tidak dikenal.';
      continue;
    }
    fields[path] ??= issue.message;
  }
}
