import type { z } from 'zod';
import { beginAction } from '../../db/change-tracking.js';
import type { Db } from '../../db/open.js';
import { walEarlySyncer } from '../../db/sync-file.js';
import { DatabaseUnavailableError, DomainError, fieldError } from './errors.js';
import type { DatabaseStatus } from '../contract/status.js';
import { nextTurn, slicer } from './turns.js';
import type { WriteLock } from './write-lock.js';

/**
 * What every handler can reach: the data folder, the database (when it opened), the app's facts.
 * `database` and its status change only when a backup is restored over the live database.
 */
export interface AppContext {
  readonly dataDir: string;
  readonly appVersion: string;
  database: Db | null;
  databaseStatus: DatabaseStatus;
  /** Who is working now; recorded with every write in the change log. */
  operator: string;
  /** Writes take their turn here; backups and restores keep out of a long write (see write-lock.ts). */
  readonly writeLock: WriteLock;
}

export class HandlerContext {
  constructor(readonly app: AppContext) {}

  get db(): Db {
    if (!this.app.database) throw new DatabaseUnavailableError();
    return this.app.database;
  }

  /** Runs `run`, in its turn, as one transaction whose writes are logged as the user action `channel`. */
  transact<R>(channel: string, run: () => R): Promise<R> {
    return this.app.writeLock.run(() => {
      const db = this.db;
      return db.transaction(() => {
        beginAction(db, { operator: this.app.operator, action: channel });
        return run();
      })();
    });
  }

  /**
   * A long write as one transaction run in slices: `run` calls `pause` between units of work and
   * the process answers other calls there. Other writes wait for the lock; reads in the pauses
   * see the rows written so far, which disappear again only if the write fails and rolls back.
   * The caller is answered once the transaction is committed (durable: `synchronous = FULL` syncs
   * the log at the commit); the checkpoint follows in a turn of its own, still holding the lock.
   */
  transactInSlices<R>(channel: string, run: (pause: () => Promise<void>) => Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let answered = false;
      const answer = (result: R) => {
        answered = true;
        resolve(result);
      };
      this.app.writeLock
        .runLong(async () => {
          const db = this.db;
          // The commit and the checkpoint that SQLite would run inside it (copying the transaction's
          // pages from the write-ahead log into the database file, then syncing it) are two blocks of
          // their own, with a turn between; the log is flushed early as it grows (walEarlySyncer).
          const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
          db.pragma('wal_autocheckpoint = 0');
          db.exec('BEGIN IMMEDIATE');
          try {
            beginAction(db, { operator: this.app.operator, action: channel });
            const pause = slicer();
            const syncEarly = walEarlySyncer(db);
            const result = await run(async () => {
              syncEarly();
              await pause();
            });
            db.exec('COMMIT');
            answer(result);
            await nextTurn();
            // A database closed in that turn (a test's app disposed of) was checkpointed by its closing.
            if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
          } catch (error) {
            if (db.inTransaction) db.exec('ROLLBACK');
            throw error;
          } finally {
            if (db.open) db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
          }
        })
        // After the answer only the checkpoint can fail: its pages stay in the log, where SQLite's own checkpoint takes them later.
        .catch((error: unknown) => (answered ? console.error('Checkpoint after a long write failed', error) : reject(error)));
    });
  }
}

type Problems = Record<string, string>;

/**
 * One of a write's own checks (reading only: a desa in its kecamatan, a figure against another)
 * and the fields it reads. Every check runs before the write, in its transaction. When the schema
 * refuses some fields, each check whose fields it accepted runs on those (see dispatch), so that a
 * form names every problem in one round: `run` must read no field but those in `reads`. Problems
 * by field path, returned or thrown as a DomainError with fields.
 */
export interface WriteCheck<O> {
  readonly reads: readonly (keyof O & string)[];
  readonly run: (ctx: HandlerContext, input: O) => Problems | void;
}

/** A check's problems, thrown or returned. */
export function problemsOf<O>(check: WriteCheck<O>, ctx: HandlerContext, input: O): Problems {
  try {
    return check.run(ctx, input) ?? {};
  } catch (problem) {
    if (problem instanceof DomainError && problem.fields) return problem.fields;
    throw problem;
  }
}

export interface HandlerDef<S extends z.ZodType, R> {
  readonly input: S;
  readonly invoke: (ctx: HandlerContext, input: z.output<S>, channel: string) => Promise<R>;
  readonly checks?: readonly WriteCheck<z.output<S>>[];
}

/** A handler that only reads (it may be async: PDF rendering, file parsing). */
export function read<S extends z.ZodType, R>(
  input: S,
  run: (ctx: HandlerContext, input: z.output<S>) => R | Promise<R>,
): HandlerDef<S, R> {
  return { input, invoke: async (ctx, value) => run(ctx, value) };
}

/**
 * A handler that writes: `run` is synchronous and runs inside one transaction, so a user action is
 * stored whole or not at all; its `checks` run first in it, and their problems together refuse the write.
 */
export function write<S extends z.ZodType, R>(input: S, run: (ctx: HandlerContext, input: z.output<S>) => R, ...checks: WriteCheck<z.output<S>>[]): HandlerDef<S, R> {
  const checkedRun = (ctx: HandlerContext, value: z.output<S>) => {
    const problems = Object.assign({}, ...checks.map((check) => problemsOf(check, ctx, value))) as Problems;
    if (Object.keys(problems).length > 0) throw fieldError(problems);
    return run(ctx, value);
  };
  return { input, invoke: async (ctx, value, channel) => ctx.transact(channel, () => checkedRun(ctx, value)), ...(checks.length > 0 ? { checks } : {}) };
}

/**
 * Like `write`, for a write that needs something asynchronous first (a catalogue, a file):
 * `load` runs outside the transaction, then `run` writes with what it loaded.
 */
export function loadThenWrite<S extends z.ZodType, L, R>(
  input: S,
  load: (ctx: HandlerContext, input: z.output<S>) => Promise<L>,
  run: (ctx: HandlerContext, input: z.output<S>, loaded: L) => R,
): HandlerDef<S, R> {
  return {
    input,
    invoke: async (ctx, value, channel) => {
      const loaded = await load(ctx, value);
      return ctx.transact(channel, () => run(ctx, value, loaded));
    },
  };
}

/**
 * A handler whose write is too long for one event-loop turn (a 10.000-row import). `run` calls
 * `transaction` once: its job writes one transaction in slices, calling `pause` between units
 * (see `transactInSlices`), and may wait for other work meanwhile (a file's rows being read).
 */
export function writeInSlices<S extends z.ZodType, R>(
  input: S,
  run: (ctx: HandlerContext, input: z.output<S>, transaction: <T>(job: (pause: () => Promise<void>) => Promise<T>) => Promise<T>) => Promise<R>,
): HandlerDef<S, R> {
  return { input, invoke: (ctx, value, channel) => run(ctx, value, (job) => ctx.transactInSlices(channel, job)) };
}

// `any` is needed so heterogeneous handler definitions fit one table type.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyHandler = HandlerDef<any, any>;
export type HandlerTable = Record<string, AnyHandler>;

/** Merges per-area tables; a channel defined twice is a programming error caught at start-up. */
export function mergeHandlerTables<T extends HandlerTable[]>(...tables: T): UnionToIntersection<T[number]> {
  const merged: HandlerTable = {};
  for (const table of tables) {
    for (const [channel, handler] of Object.entries(table)) {
      if (channel in merged) throw new Error(`Channel ${channel} is defined twice`);
      if (!/^[a-z]+(-[a-z]+)+$/.test(channel)) throw new Error(`Channel ${channel} must be named area-verb`);
      merged[channel] = handler;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}

type UnionToIntersection<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;
