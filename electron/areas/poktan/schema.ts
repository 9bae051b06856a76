import { z } from 'zod';
import { CONDITIONS, POKTAN_TYPES, PRIORITIES } from '../../contract/poktan.js';
import { optionalText, pastDate, recordId, requiredText, whenAccepted, year, yearAtMost } from '../../core/fields.js';

const id = recordId;
const count = () => z.number().int({ error: 'Harus bilangan bulat.' }).min(0, { error: 'Tidak boleh negatif.' }).max(1_000_000);
/** A count of one group's members or items: none has more than 10.000 (999.999 members and 100.000 kits were once stored). */
const groupCount = (tooMany: string) => count().max(10_000, { error: tooMany });

/** UPPKS is the former name of UPPKA; both are accepted, UPPKA is stored. */
export const poktanType = z.preprocess(
  (value) => (typeof value === 'string' && value.toLowerCase().replace(/[^a-z]/g, '') === 'uppks' ? 'uppka' : value),
  z.enum(POKTAN_TYPES, { error: 'Pilih jenis poktan.' }),
);

export const poktanFieldsSchema = z.strictObject({
  type: poktanType,
  name: requiredText(150),
  kecamatanCode: z.string().min(1, { error: 'Pilih kecamatan.' }).max(20),
  desaCode: z.string().min(1, { error: 'Pilih desa/kelurahan.' }).max(20),
  kampungKbId: z.string().max(64).nullable().default(null),
  address: optionalText(300),
  chairName: optionalText(120),
  chairPhone: optionalText(40).refine((phone) => phone === '' || /^[0-9+()\-./\s]{5,}$/.test(phone), {
    error: 'Nomor telepon hanya boleh berisi angka, spasi, dan tanda + - ( ) / .',
  }),
  members: groupCount('Jumlah anggota paling banyak 10.000; periksa kembali.').default(0),
  foundedYear: yearAtMost(z.number().int().min(1970, { error: 'Tahun tidak valid.' }).max(2100), 0, () => 'Tahun pembentukan tidak boleh di masa depan.').nullable().default(null),
  decreeNumber: optionalText(120),
  decreeDate: pastDate('Tanggal SK tidak boleh di masa depan.').nullable().default(null),
  stageCode: z.string().max(60).default(''),
  isActive: z.boolean().default(true),
  lastActiveOn: pastDate('Tanggal terakhir aktif tidak boleh di masa depan.').nullable().default(null),
  notes: optionalText(2000),
  /** Set when the user has seen the duplicate warning and still wants a separate group. */
  confirmDuplicate: z.boolean().default(false),
})
  // A group's SK and its last known activity come after it was founded.
  .refine((group) => !foundedAfter(group.foundedYear, group.decreeDate), {
    path: ['decreeDate'],
    error: (issue) => `Tanggal SK lebih awal dari tahun pembentukan (${(issue.input as { foundedYear: number }).foundedYear}).`,
    when: whenAccepted('foundedYear', 'decreeDate'),
  })
  .refine((group) => !foundedAfter(group.foundedYear, group.lastActiveOn), {
    path: ['lastActiveOn'],
    error: (issue) => `Tanggal terakhir aktif lebih awal dari tahun pembentukan (${(issue.input as { foundedYear: number }).foundedYear}).`,
    when: whenAccepted('foundedYear', 'lastActiveOn'),
  });

function foundedAfter(foundedYear: number | null, date: string | null): boolean {
  return foundedYear !== null && date !== null && Number(date.slice(0, 4)) < foundedYear;
}

export const poktanUpdateSchema = poktanFieldsSchema.extend({ id: id() });

export const poktanListSchema = z.strictObject({
  search: z.string().trim().max(100).default(''),
  type: z.union([poktanType, z.literal('')]).default(''),
  kecamatanCode: z.string().max(20).default(''),
  desaCode: z.string().max(20).default(''),
  stageCode: z.string().max(60).default(''),
  active: z.enum(['semua', 'aktif', 'tidak-aktif']).default('semua'),
  openNeeds: z.boolean().default(false),
  /** Rows to return (the screen asks for more as the user scrolls on); the total is always counted. */
  limit: z.number().int().min(1).max(1_000_000).default(200),
});

export const needFieldsSchema = z.strictObject({
  poktanId: id(),
  id: id().optional(),
  itemId: recordId().nullable().default(null),
  /** Free text when the item is not in the catalogue. */
  itemName: optionalText(200),
  unit: optionalText(40),
  quantityNeeded: groupCount('Jumlah dibutuhkan paling banyak 10.000 untuk satu kelompok; periksa kembali.').min(1, { error: 'Jumlah dibutuhkan paling sedikit 1.' }),
  quantityAvailable: groupCount('Jumlah yang sudah ada paling banyak 10.000; periksa kembali.').default(0),
  condition: z.enum(CONDITIONS).nullable().default(null),
  priority: z.enum(PRIORITIES).default('sedang'),
  yearProposed: yearAtMost(year(), 1, (nextYear) => `Tahun usulan paling jauh tahun depan (${nextYear}).`),
  fundingSource: z.string().max(60).default(''),
  notes: optionalText(1000),
  /** When the need was identified (a new need only); defaults to today. */
  identifiedOn: pastDate('Tanggal diidentifikasi tidak boleh di masa depan.').optional(),
})
  // An item outside the catalogue is described by its name and unit.
  .refine((need) => need.itemId !== null || need.itemName !== '', { path: ['itemName'], error: 'Pilih barang dari katalog atau tuliskan namanya.', when: whenAccepted('itemId', 'itemName') })
  .refine((need) => need.itemId !== null || need.unit !== '', { path: ['unit'], error: 'Tuliskan satuannya (misalnya paket, set, buah).', when: whenAccepted('itemId', 'unit') });

export const needActionSchema = z.strictObject({
  needId: id(),
  action: z.enum(['propose', 'approve', 'deliver', 'reject']),
  happenedOn: pastDate('Tanggal tidak boleh di masa depan.'),
  quantity: groupCount('Jumlah paling banyak 10.000 untuk satu kelompok; periksa kembali.').default(0),
  fundingSource: z.string().max(60).default(''),
  note: optionalText(500),
});

export type NeedActionInput = z.output<typeof needActionSchema>;

export const bulkDeliverySchema = z.strictObject({
  poktanIds: z.array(id()).min(1, { error: 'Pilih paling sedikit satu kelompok.' }).max(10_000),
  itemId: id(),
  quantityEach: groupCount('Jumlah per kelompok paling banyak 10.000; periksa kembali.').min(1, { error: 'Jumlah per kelompok paling sedikit 1.' }),
  happenedOn: pastDate('Tanggal diterima tidak boleh di masa depan.'),
  fundingSource: z.string().min(1, { error: 'Pilih sumber dana.' }).max(60),
  note: optionalText(500),
});

export const facilityItemSchema = z.strictObject({
  id: id().optional(),
  poktanType: poktanType,
  name: requiredText(200),
  unit: requiredText(40),
  isBasicKit: z.boolean().default(false),
  active: z.boolean().default(true),
});

export const byId = z.strictObject({ id: id() });
