import { z } from 'zod';
import { LEVELS } from '../../contract/kampung-kb.js';
import { yearAtMost, optionalText, pastDate, requiredText, year } from '../../core/fields.js';
import { snapshotFiguresSchema, snapshotProfileSchema } from './snapshot-schema.js';

const id = () => z.string().min(1).max(64);
const codes = () => z.array(z.string().min(1).max(60)).max(50).default([]);

export const kampungKbFieldsSchema = z.strictObject({
  name: requiredText(150),
  kecamatanCode: z.string().min(1, { error: 'Pilih kecamatan.' }).max(20),
  desaCode: z.string().min(1, { error: 'Pilih desa/kelurahan.' }).max(20),
  coverage: optionalText(200),
  declaredOn: pastDate('Tanggal pencanangan tidak boleh di masa depan.'),
  personInCharge: optionalText(120),
  description: optionalText(2000),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  isModel: z.boolean().default(false),
  isActive: z.boolean().default(true),
  criteria: z.strictObject({ main: codes(), area: codes(), special: codes() }).prefault({}),
  manualLevel: z.enum(LEVELS).nullable().default(null),
  manualLevelNote: optionalText(500),
});

/** Set once the user has seen that the desa has a Kampung KB already and still wants another (one per RW or dusun). */
const confirmOtherInDesa = z.boolean().default(false);
export const kampungKbCreateSchema = kampungKbFieldsSchema.extend({ confirmOtherInDesa });
export const kampungKbUpdateSchema = kampungKbFieldsSchema.extend({ id: id(), confirmOtherInDesa });

export const kampungKbListSchema = z.strictObject({
  search: z.string().trim().max(100).default(''),
  kecamatanCode: z.string().max(20).default(''),
  level: z.enum([...LEVELS, 'belum-ada-data', '']).default(''),
  declaredYear: year().nullable().default(null),
  sort: z.enum(['name', 'kecamatan', 'declared', 'level']).default('kecamatan'),
  descending: z.boolean().default(false),
  /** Rows sent: the list shows a page and asks for more (a province holds thousands of units). */
  limit: z.number().int().min(1).max(1_000_000).default(200),
});

export const snapshotSaveSchema = z.strictObject({
  kampungKbId: id(),
  /** Absent for a new snapshot. */
  id: id().optional(),
  year: yearAtMost(year(), 0, (thisYear) => `Tahun data tidak boleh melewati tahun ini (${thisYear}).`),
  month: z.number().int().min(1).max(12).nullable().default(null),
  profile: snapshotProfileSchema.prefault({}),
  figures: snapshotFiguresSchema.prefault({}),
});

export const activitySaveSchema = z.strictObject({
  kampungKbId: id(),
  id: id().optional(),
  title: requiredText(200),
  heldOn: pastDate('Tanggal kegiatan tidak boleh di masa depan; catat kegiatan yang sudah terlaksana.'),
  place: optionalText(200),
  categoryCode: z.string().min(1, { error: 'Pilih kategori kegiatan.' }).max(60),
  targetGroups: codes(),
  partners: codes(),
  description: optionalText(2000),
});

export const byId = z.strictObject({ id: id() });

export type SnapshotSaveInput = z.output<typeof snapshotSaveSchema>;
