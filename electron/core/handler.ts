import type { z } from 'zod';
import { beginAction } from '../../db/change-tracking.js';
import type { Db } from '../../db/open.js';
import { DatabaseUnavailableError } from './errors.js';
import type { DatabaseStatus } from '../contract/status.js';

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
}

export class HandlerContext {
  constructor(readonly app: AppContext) {}

  get db(): Db {
    if (!this.app.database) throw new DatabaseUnavailableError();
    return this.app.database;
  }

  /** Runs `run` as one transaction whose writes are logged as the user action `channel`. */
  transact<R>(channel: string, run: () => R): R {
    const db = this.db;
    return db.transaction(() => {
      beginAction(db, { operator: this.app.operator, action: channel });
      return run();
    })();
  }
}

export interface HandlerDef<S extends z.ZodType, R> {
  readonly input: S;
  readonly invoke: (ctx: HandlerContext, input: z.output<S>, channel: string) => Promise<R>;
}

/** A handler that only reads (it may be async: PDF rendering, file parsing). */
export function read<S extends z.ZodType, R>(
  input: S,
  run: (ctx: HandlerContext, input: z.output<S>) => R | Promise<R>,
): HandlerDef<S, R> {
  return { input, invoke: async (ctx, value) => run(ctx, value) };
}

/** A handler that writes: `run` is synchronous and runs inside one transaction, so a user action is stored whole or not at all. */
export function write<S extends z.ZodType, R>(input: S, run: (ctx: HandlerContext, input: z.output<S>) => R): HandlerDef<S, R> {
  return { input, invoke: async (ctx, value, channel) => ctx.transact(channel, () => run(ctx, value)) };
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
