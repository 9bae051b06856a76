import type { z } from 'zod';
import type { Handlers } from '../handler-table.js';

// The renderer's view of the handler table: types only, so nothing of the main process is bundled.

export type Channel = keyof Handlers;
export type ChannelInput<C extends Channel> = z.input<Handlers[C]['input']>;
export type ChannelOutput<C extends Channel> = Awaited<ReturnType<Handlers[C]['invoke']>>;

/** Header carrying the per-launch token on every web-host request. */
export const TOKEN_HEADER = 'x-sinergi-token';

/** A channel's payload after parsing (defaults filled): the shape a form keeps in its state. */
export type ChannelFields<C extends Channel> = z.output<Handlers[C]['input']>;
