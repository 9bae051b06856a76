import { randomUUID } from 'node:crypto';

/** Stable record id: a UUID, unique across PCs so records can travel between installations. */
export const newId = (): string => randomUUID();

/** Timestamps are stored as UTC ISO-8601 text, which sorts and compares correctly as text. */
export const nowIso = (): string => new Date().toISOString();

/**
 * Id of a record that is defined by its natural key (a choice-list code, an indicator code, one
 * evaluation cell): the same on every PC, so two offices that create "the same" record create one
 * record that can be exchanged, not two that collide on their unique key.
 */
export const naturalId = (kind: string, ...key: (string | number)[]): string => [kind, ...key].join(':');
