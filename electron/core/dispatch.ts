import { z } from 'zod';
import { rowsWrittenSoFar } from '../../db/change-tracking.js';
import type { Result } from '../contract/result.js';
import { DomainError } from './errors.js';
import { HandlerContext, problemsOf, type AnyHandler, type AppContext, type HandlerTable } from './handler.js';
import { fieldMessages, installValidationMessages } from './messages.js';

export type Dispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;

/**
 * A handler's own checks on the fields its schema accepted: each check whose fields (`reads`) all
 * parse once the refused ones are taken out (each left to its default, or to null where it may be
 * blank) runs on them. A check that needs a refused field waits for the next round.
 */
function checkTheRest(ctx: HandlerContext, handler: AnyHandler, payload: unknown, error: z.ZodError): Record<string, string> {
  if (!handler.checks || !(handler.input instanceof z.ZodObject) || typeof payload !== 'object' || payload === null) return {};
  const shape = handler.input.shape as Record<string, z.ZodType>;
  const rest = structuredClone(payload) as Record<PropertyKey, unknown>;
  for (const { path } of error.issues) {
    if (path.length === 0) return {};
    const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown> | undefined)?.[key as PropertyKey], rest);
    if (typeof parent === 'object' && parent !== null) delete (parent as Record<PropertyKey, unknown>)[path.at(-1) as PropertyKey];
  }
  const problems: Record<string, string> = {};
  for (const check of handler.checks) {
    const fields = check.reads.map((key) => [key, shape[key]?.safeParse(rest[key])] as const);
    if (!fields.every(([, field]) => field?.success)) continue;
    try {
      Object.assign(problems, problemsOf(check, ctx, Object.fromEntries(fields.map(([key, field]) => [key, field!.data]))));
    } catch {
      // A record the check needs is missing (deleted meanwhile): the write says so once the form is right.
    }
  }
  return problems;
}

/**
 * The one path every call takes, whichever transport carried it (Electron IPC or the loopback
 * web host): find the channel, parse the payload with its schema, run, and turn any failure into
 * a `Result` the renderer can show. The transports check the sender before calling this.
 */
export function createDispatch(
  table: HandlerTable,
  app: AppContext,
  log: (message: string, error: unknown) => void = console.error,
  /** Told of each call that succeeded, with whether it wrote anything to the database. */
  afterSuccess: (channel: string, wrote: boolean) => void = () => {},
): Dispatch {
  installValidationMessages();
  const ctx = new HandlerContext(app);
  return async (channel, payload) => {
    const handler = Object.hasOwn(table, channel) ? table[channel] : undefined;
    if (!handler) {
      return { ok: false, error: { code: 'not-found', message: `Perintah tidak dikenal: ${channel}.` } };
    }
    const parsed = handler.input.safeParse(payload);
    if (!parsed.success) {
      const fields = { ...checkTheRest(ctx, handler, payload, parsed.error), ...fieldMessages(parsed.error) };
      return { ok: false, error: { code: 'validation', message: 'Periksa kembali isian yang ditandai.', fields } };
    }
    try {
      const database = app.database;
      const before = database ? rowsWrittenSoFar(database) : 0;
      const value = await handler.invoke(ctx, parsed.data, channel);
      // Writes of other calls in the pauses of a long one count too: "wrote" may say yes for nothing, never no for something.
      afterSuccess(channel, database !== app.database || (database !== null && rowsWrittenSoFar(database) !== before));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError) return { ok: false, error: error.toAppError() };
      if (error instanceof z.ZodError) {
        return { ok: false, error: { code: 'validation', message: 'Periksa kembali isian yang ditandai.', fields: fieldMessages(error) } };
      }
      log(`Handler ${channel} failed`, error);
      return {
        ok: false,
        error: { code: 'internal', message: 'Terjadi kesalahan di aplikasi; perubahan tidak disimpan. Coba lagi atau hubungi pengelola aplikasi.' },
      };
    }
  };
}
