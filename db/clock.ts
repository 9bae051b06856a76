import { randomUUID } from 'node:crypto';

/** Stable record id: a UUID, unique across PCs so records can travel between installations. */
export const newId = (): string => randomUUID();

/** Timestamps are stored as UTC ISO-8601 text, which sorts and compares correctly as text. */
export const nowIso = (): string => new Date().toISOString();
