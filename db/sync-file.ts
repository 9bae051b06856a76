import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Db } from './open.js';

// A file SQLite is writing is flushed to disk early, from Node's thread pool, so that the sync
// SQLite itself makes at the end (on the main thread) finds little left to write.

async function syncFile(file: string): Promise<void> {
  const handle = await open(file, 'r+');
  try {
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** Bytes a file grows by between two early syncs. */
export const EARLY_SYNC_BYTES = 4 * 1024 * 1024;

/**
 * Told how far `file` has grown, flushes it each time it has grown by `everyBytes` since the last
 * flush. Only an early flush: SQLite's own sync at the end is what makes the write durable, so a
 * failed one is ignored.
 */
export function growthSyncer(file: string, everyBytes = EARLY_SYNC_BYTES) {
  const syncs: Promise<void>[] = [];
  let syncedAt = 0;
  return {
    grewTo(size: number): void {
      if (size < syncedAt + everyBytes) return;
      syncedAt = size;
      syncs.push(syncFile(file).catch(() => undefined));
    },
    /** Resolves when every early flush started so far has ended. */
    settled: (): Promise<unknown> => Promise.all(syncs),
  };
}

/**
 * For a long transaction run in slices: call between slices. Each time the write-ahead log has
 * grown by `EARLY_SYNC_BYTES`, it is flushed from the thread pool; the commit's sync then has
 * only the last slices' pages to write (10.000 imported rows: ≈ 50 → 10 ms).
 */
export function walEarlySyncer(db: Db): () => void {
  const wal = `${db.name}-wal`;
  const syncer = growthSyncer(wal);
  return () => syncer.grewTo(statSync(wal, { throwIfNoEntry: false })?.size ?? 0);
}
