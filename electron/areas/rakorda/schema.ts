import { z } from 'zod';
import { isoDate, optionalText, pastDate, recordId, requiredText, year } from '../../core/fields.js';

export const figure = () => z.number({ error: 'Harus berupa angka; titik untuk ribuan dan koma untuk desimal, misalnya 1.250 atau 12,5.' }).min(0, { error: 'Tidak boleh negatif.' }).max(1e12);

export const yearInput = z.strictObject({ year: year() });

export const gridInput = z.strictObject({ year: year(), layer: z.enum(['target', 'achieved', 'numerator', 'denominator', 'existing']) });

export const gridSaveInput = gridInput.extend({
  cells: z
    // A figure is checked per cell by the handler, with the cell's other problems, so that every
    // wrong cell is named in one round: text that could not be read as a number comes as typed.
    .array(z.strictObject({ area: z.string().min(1).max(20), indicatorId: recordId(), value: z.union([z.number(), z.string().max(100)]).nullable() }))
    .max(20_000),
});

export const indicatorInput = z.strictObject({
  id: recordId().optional(),
  code: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'Kode hanya huruf kecil, angka dan tanda hubung, misalnya "pb-mkjp".' }).max(40),
  name: requiredText(150),
  unit: requiredText(30),
  direction: z.enum(['higher', 'lower']),
  aggregation: z.enum(['sum', 'rate']),
  hasTarget: z.boolean().default(true),
  wholeNumber: z.boolean().default(false),
  retiredFromYear: year().nullable().default(null),
});

export const meetingInput = z.strictObject({
  year: year(),
  theme: optionalText(500),
  heldOn: isoDate().nullable().default(null),
  venue: optionalText(200),
  openedBy: optionalText(200),
  participants: z.array(z.strictObject({ partner: z.string().min(1).max(60), count: z.number().int().min(1, { error: 'Paling sedikit 1 orang.' }).max(10_000) })).max(100).default([]),
  speakers: z.array(z.strictObject({ name: requiredText(150), position: optionalText(200), topic: optionalText(300) })).max(50).default([]),
});

export const resolutionInput = z.strictObject({
  id: recordId().optional(),
  year: year(),
  number: z.number().int().min(1).max(999).optional(),
  text: requiredText(2000),
  responsible: z.array(z.string().min(1).max(60)).min(1, { error: 'Pilih paling sedikit satu penanggung jawab.' }).max(30),
  targetDate: isoDate().nullable().default(null),
});

export const followupInput = z.strictObject({
  resolutionId: z.string().min(1).max(64),
  notedOn: pastDate('Tanggal tidak boleh di masa depan.'),
  note: requiredText(1000),
  status: z.enum(['belum', 'berjalan', 'selesai']),
});
