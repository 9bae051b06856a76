import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// `quick_check` reads the whole database file: 0,3–0,8 s at district scale and several seconds
// at province scale, at every start. It is skipped when the file is exactly as the app left it
// at its last clean close, when the closing backup (a copy of the same content) had just passed
// its integrity check: same size and modification time, and no write-ahead log left over. Any
// crash, copy, restore or outside change alters one of these (times compared to the millisecond,
// what file systems and copy tools keep), and the check runs again. The daily backup's integrity
// check still reads everything once a day, off the main thread.

const MARKER = 'penutupan.json';

interface Closed {
  size: number;
  mtimeMs: number;
}

const stamp = (file: string): Closed => {
  const { size, mtimeMs } = statSync(file);
  return { size, mtimeMs };
};

/** Called after the database was closed, when the closing backup passed its check. */
export function rememberCleanClose(dataDir: string, file: string): void {
  writeFileSync(join(dataDir, MARKER), JSON.stringify(stamp(file)));
}

/** Whether the file is unchanged since a clean close; the marker is used once. */
export function unchangedSinceCleanClose(dataDir: string, file: string): boolean {
  const marker = join(dataDir, MARKER);
  if (!existsSync(marker)) return false;
  try {
    const closed = JSON.parse(readFileSync(marker, 'utf8')) as Closed;
    const leftoverLog = existsSync(`${file}-wal`) && statSync(`${file}-wal`).size > 0;
    const now = existsSync(file) ? stamp(file) : null;
    return !leftoverLog && now !== null && now.size === closed.size && Math.abs(now.mtimeMs - closed.mtimeMs) < 1;
  } catch {
    return false;
  } finally {
    try {
      rmSync(marker, { force: true });
    } catch {
      // A read-only data folder: the database's own open reports that, better than this would.
    }
  }
}
