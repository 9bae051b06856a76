import type { ChannelFields } from '../../../../electron/contract/channels.js';

type Saved = ChannelFields<'kampung-kb-snapshot-save'>;

/** Numbers in the form may hold what the user typed until the main process checks it. */
type Loose<T> = T extends number ? number | string : T extends (infer U)[] ? Loose<U>[] : T extends object ? { [K in keyof T]: Loose<T[K]> } : T;

export type SnapshotDraft = Loose<Pick<Saved, 'year' | 'month' | 'profile' | 'figures'>>;
export type Profile = SnapshotDraft['profile'];
export type Figures = SnapshotDraft['figures'];

/** Returns a copy of `target` with the value at `path` replaced (or removed when undefined). */
export function setIn<T>(target: T, path: readonly (string | number)[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(target) ? [...target] : { ...(target as object) }) as Record<string | number, unknown>;
  const next = setIn(copy[head!], rest, value);
  if (next === undefined) delete copy[head!];
  else copy[head!] = next;
  return copy as T;
}

/** Sum of the entries that are numbers (typed text is ignored until it is fixed). */
export const total = (values: Record<string, number | string> | (number | string)[]) =>
  (Array.isArray(values) ? values : Object.values(values)).reduce<number>((sum, value) => sum + (typeof value === 'number' ? value : 0), 0);

export const asNumber = (value: number | string) => (typeof value === 'number' ? value : 0);

/** A figure as far as it is known: null while blank or while typed text is not yet a number. */
export const knownNumber = (value: number | string | null) => (typeof value === 'number' ? value : null);
