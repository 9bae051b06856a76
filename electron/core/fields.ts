import { z } from 'zod';

// Building blocks for payload schemas, so every area trims and bounds text the same way.

/** Required text, trimmed. */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** Optional text, trimmed; absent becomes "". */
export const optionalText = (max: number) => z.string().trim().max(max).default('');

/** Calendar date "YYYY-MM-DD". */
export const isoDate = () =>
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Tanggal tidak valid.' }).refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, { error: 'Tanggal tidak valid.' });

/** A payload with no fields (most list/get channels). */
export const noInput = z.strictObject({});
