import { z } from 'zod';
import { AGE_BANDS } from '../../contract/kampung-kb.js';
import { isoDate, optionalText } from '../../core/fields.js';
import { optionalNip } from '../office/nip.js';

// One dated snapshot of a Kampung KB: its profile (how it is organised) and its figures
// (population and KB). Stored as JSON in kampung_kb_snapshot; this schema is the only writer.

const count = () => z.number().int({ error: 'Harus bilangan bulat.' }).min(0, { error: 'Tidak boleh negatif.' }).max(10_000_000);
const codes = () => z.array(z.string().min(1).max(60)).max(50).default([]);
/**
 * A figure the period may not know: null (left blank) is "belum diisi", printed as a dash and
 * left out of checks and scores, where a 0 would state that there are none.
 */
const figure = () => count().nullable().default(null);
/** Counts by reference code: a code left blank is absent (not filled), not 0. */
const countsByCode = () => z.record(z.string().min(1).max(60), count()).default({});

export const snapshotProfileSchema = z.strictObject({
  pokja: z
    .strictObject({
      exists: z.boolean().default(false),
      skNumber: optionalText(100),
      skDate: z.union([z.literal(''), isoDate()]).default(''),
      trained: z.boolean().default(false),
      members: count().default(0),
      membersTrained: count().default(0),
    })
    .prefault({}),
  plkb: z.strictObject({ name: optionalText(120), nip: optionalNip(), contact: optionalText(60) }).prefault({}),
  /** Who guides the unit when no PLKB/PKB accompanies it. */
  guidance: codes(),
  /** Regulation type code, or '' when there is none. */
  regulation: z.string().max(60).default(''),
  regulationNumber: optionalText(120),
  hasRkm: z.boolean().default(false),
  dataSources: codes(),
  fundingSources: codes(),
  programmes: codes(),
  /** Operational mechanism code → frequency code. */
  mechanisms: z.record(z.string().min(1).max(60), z.string().min(1).max(60)).default({}),
});

const populationBands = () => z.array(count()).length(AGE_BANDS.length).default(() => AGE_BANDS.map(() => 0));

export const snapshotFiguresSchema = z.strictObject({
  population: z.strictObject({ male: populationBands(), female: populationBands() }).prefault({}),
  families: figure(),
  pus: figure(),
  teenagers: figure(),
  familiesWithUnderFives: figure(),
  familiesWithTeens: figure(),
  familiesWithElderly: figure(),
  /** Active KB users by method code. */
  kbUsers: countsByCode(),
  /** PUS not using KB by reason code. */
  nonUsers: countsByCode(),
  /** Participating families (teenagers for PIK-R) per poktan; keys as in POKTAN_TARGETS. */
  poktanParticipants: z
    .strictObject({
      bkb: figure(),
      bkr: figure(),
      bkl: figure(),
      uppka: figure(),
      pikr: figure(),
    })
    .prefault({}),
  bpjsMembers: figure(),
});

export type SnapshotProfile = z.output<typeof snapshotProfileSchema>;
export type SnapshotFigures = z.output<typeof snapshotFiguresSchema>;

export const sum = (values: Record<string, number> | number[]): number =>
  (Array.isArray(values) ? values : Object.values(values)).reduce((total, value) => total + value, 0);
