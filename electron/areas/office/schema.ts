import { z } from 'zod';
import { optionalText, requiredText } from '../../core/fields.js';
import { formatNumber } from '../../contract/format.js';
import { nipProblem, normalizeNip } from './nip.js';

export const LOGO_MAX_BYTES = 512 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

const logoChange = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('keep') }),
  z.strictObject({ action: z.literal('remove') }),
  z
    .strictObject({
      action: z.literal('set'),
      mimeType: z.enum(['image/png', 'image/jpeg'], { error: 'Logo harus berkas PNG atau JPEG.' }),
      base64: z.string().min(1).max(Math.ceil((LOGO_MAX_BYTES * 4) / 3) + 8, {
        error: `Ukuran logo maksimal ${formatNumber(LOGO_MAX_BYTES / 1024)} KB.`,
      }),
    })
    .transform((logo, ctx) => {
      const bytes = Buffer.from(logo.base64, 'base64');
      const signature = logo.mimeType === 'image/png' ? PNG_SIGNATURE : JPEG_SIGNATURE;
      if (!signature.every((byte, index) => bytes[index] === byte)) {
        ctx.addIssue({ code: 'custom', message: 'Berkas logo rusak atau bukan gambar PNG/JPEG.' });
        return z.NEVER;
      }
      if (bytes.length > LOGO_MAX_BYTES) {
        ctx.addIssue({ code: 'custom', message: `Ukuran logo maksimal ${formatNumber(LOGO_MAX_BYTES / 1024)} KB.` });
        return z.NEVER;
      }
      return { action: 'set' as const, mimeType: logo.mimeType, bytes };
    }),
]);

export const officeInput = z.strictObject({
  provinceCode: z.string({ error: 'Pilih provinsi.' }).regex(/^\d{2}$/, { error: 'Pilih provinsi.' }),
  regencyCode: z.string({ error: 'Pilih kabupaten/kota.' }).regex(/^\d{2}\.\d{2}$/, { error: 'Pilih kabupaten/kota.' }),
  officeName: requiredText(200),
  address: requiredText(300),
  phone: optionalText(60).refine((phone) => phone === '' || /^[0-9+()\-./\s]{5,}$/.test(phone), {
    error: 'Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ) / .',
  }),
  email: z.union([z.literal(''), z.email({ error: 'Alamat pos-el (e-mail) tidak valid.' })]).default(''),
  headName: requiredText(120),
  headRank: requiredText(120),
  headPosition: requiredText(120),
  headNip: z
    .string()
    .transform(normalizeNip)
    .superRefine((nip, ctx) => {
      const problem = nip === '' ? 'Wajib diisi.' : nipProblem(nip);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    }),
  signaturePlace: requiredText(80),
  logo: logoChange.default({ action: 'keep' }),
});

export type OfficeInput = z.input<typeof officeInput>;
