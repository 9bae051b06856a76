import { z } from 'zod';
import { localIsoDate } from '../contract/format.js';

// Building blocks for payload schemas, so every area trims and bounds text the same way.

/** Required text, trimmed. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Optional text, trimmed; absent becomes "". */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Calendar date "YYYY-MM-DD". */
export const isoDate = () =>
  z
    .string({ error: 'Wajib diisi.' })
    .min(1, { error: 'Wajib diisi.' })
    .regex(ISO_DATE, { error: 'Tanggal tidak valid (gunakan hh/bb/tttt).' })
    .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, { error: 'Tanggal ini tidak ada di kalender.' });

/**
 * A date that has already come (today at the latest, by this PC's clock), refused with `message`
 * in the same round as the form's other problems (a check after the schema would name it only
 * once those were fixed).
 */
export const pastDate = (message: string) =>
  isoDate().refine((value) => !ISO_DATE.test(value) || value <= localIsoDate(), { error: message });

/** A year at most `yearsAhead` after this one, by this PC's clock; `message` gets the latest year allowed. */
export const yearAtMost = <T extends z.ZodNumber>(schema: T, yearsAhead: number, message: (latest: number) => string) =>
  schema.refine((value) => value <= currentYear() + yearsAhead, { error: () => message(currentYear() + yearsAhead) });
const currentYear = () => Number(localIsoDate().slice(0, 4));

/**
 * For an object's refinement over some of its fields: runs it when those fields were accepted,
 * even when others were refused, so that a form names both problems in one round (zod skips an
 * object's refinements once any field is refused, unless told when).
 */
export const whenAccepted =
  (...keys: string[]) =>
  (payload: z.core.ParsePayload): boolean =>
    // Not when the value is no object at all (an issue without a path).
    payload.issues.every((issue) => issue.path !== undefined && issue.path.length > 0 && !keys.includes(String(issue.path[0])));

/** A year, with a message that does not print it as a number with a thousands dot. */
export const year = () =>
  z.number({ error: 'Tahun harus berupa angka.' }).int({ error: 'Tahun harus berupa angka.' }).min(2000, { error: 'Tahun harus antara 2000 dan 2100.' }).max(2100, { error: 'Tahun harus antara 2000 dan 2100.' });

/** A payload with no fields (most list/get channels). */
export const noInput = z.strictObject({});

/** A record's id: a UUID, or a natural-key id such as "item:bkb:<item name>" (see naturalId). */
export const recordId = () => z.string().min(1).max(250);
