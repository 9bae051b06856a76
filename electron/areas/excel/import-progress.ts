import type { AppContext } from '../../core/handler.js';
import type { Step } from './import-engine.js';

// How far the running Excel check or import is, for the screen's progress bar: the screen asks
// (excel-progress) while its call runs, so both transports work the same way without pushing.

export interface ImportProgress {
  phase: 'reading' | 'checking' | 'writing';
  done: number;
  total: number;
}

const running = new WeakMap<AppContext, ImportProgress>();

export function importProgress(app: AppContext): ImportProgress | null {
  return running.get(app) ?? null;
}

/** Runs a check or import, giving it a reporter per phase; the progress is cleared when it ends. */
export async function withProgress<R>(app: AppContext, job: (phase: (name: ImportProgress['phase'], pause: () => Promise<void>) => Step) => Promise<R>): Promise<R> {
  running.set(app, { phase: 'reading', done: 0, total: 0 });
  try {
    return await job((name, pause) => async (done, total) => {
      running.set(app, { phase: name, done, total });
      await pause();
    });
  } finally {
    running.delete(app);
  }
}
