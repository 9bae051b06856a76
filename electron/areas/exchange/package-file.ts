import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { fieldError } from '../../core/errors.js';

// A package is one gzip file: a manifest line (JSON), a newline, then the records (JSON). The
// manifest carries a SHA-256 of the records text, so a truncated or edited file is refused
// before anything is read from it.

export const PACKAGE_FORMAT = 'sinergi-kb-paket';
export const PACKAGE_FORMAT_VERSION = 1;

const recordSchema = z.object({
  entity: z.string().min(1),
  id: z.string().min(1),
  rev: z.string().min(1),
  /** Every revision the record descends from (its own included). */
  revs: z.array(z.string().min(1)).min(1),
  row: z.record(z.string(), z.unknown()),
  deviceId: z.string(),
  operator: z.string(),
});

const manifestSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().positive(),
  packageId: z.string().min(1),
  appVersion: z.string(),
  schemaVersion: z.number().int().positive(),
  source: z.object({ deviceId: z.string().min(1), name: z.string(), regencyCode: z.string(), regencyName: z.string() }),
  createdAt: z.string(),
  createdBy: z.string(),
  scope: z.object({ whole: z.boolean(), kecamatanCode: z.string().nullable(), kecamatanName: z.string().nullable(), partnerName: z.string().nullable() }),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  checksum: z.string().regex(/^[0-9a-f]{64}$/),
});

export type PackageRecord = z.infer<typeof recordSchema>;
export type Manifest = z.infer<typeof manifestSchema>;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function encodePackage(manifest: Omit<Manifest, 'checksum'>, records: PackageRecord[]): Buffer {
  const body = JSON.stringify(records);
  return gzipSync(`${JSON.stringify({ ...manifest, checksum: sha256(body) })}\n${body}`);
}

const refuse = (message: string) => fieldError({ file: message });

export function decodePackage(bytes: Buffer): { manifest: Manifest; records: PackageRecord[] } {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch {
    throw refuse('Berkas ini bukan paket Sinergi KB, atau terpotong saat disalin. Minta pengirim mengirim ulang paketnya.');
  }
  const split = text.indexOf('\n');
  let manifest: Manifest;
  try {
    manifest = manifestSchema.parse(JSON.parse(text.slice(0, split)));
  } catch {
    throw refuse('Berkas ini bukan paket Sinergi KB.');
  }
  if (manifest.formatVersion > PACKAGE_FORMAT_VERSION) throw refuse('Paket ini dibuat dengan format yang lebih baru. Perbarui Sinergi KB di komputer ini lebih dulu.');
  const body = text.slice(split + 1);
  if (sha256(body) !== manifest.checksum) {
    throw refuse('Isi paket tidak cocok dengan tanda periksanya: paket rusak atau telah diubah. Minta pengirim membuat paket baru.');
  }
  return { manifest, records: z.array(recordSchema).parse(JSON.parse(body)) };
}
