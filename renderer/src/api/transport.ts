import type { SinergiBridge } from '../../../electron/contract/bridge.js';
import { TOKEN_HEADER, type Channel, type ChannelInput, type ChannelOutput } from '../../../electron/contract/channels.js';
import type { AppError, Result } from '../../../electron/contract/result.js';
import { launchToken } from './token.js';

// The one place that knows how a call reaches the main process: the Electron preload bridge
// when it exists, otherwise HTTP to the loopback web host.

const bridge = (window as { sinergi?: SinergiBridge }).sinergi;

export const isDesktop = bridge !== undefined;

export class ApiError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'ApiError';
  }
}

/** Sends any channel (including shell-only ones) and returns its Result. */
export async function send(channel: string, input: unknown): Promise<Result<unknown>> {
  if (bridge) return bridge.invoke(channel, input);
  let response: Response;
  try {
    response = await fetch(`./api/${encodeURIComponent(channel)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: launchToken() },
      body: JSON.stringify(input ?? {}),
    });
  } catch {
    return failure('Tidak dapat terhubung ke Sinergi KB. Pastikan aplikasinya masih berjalan, lalu muat ulang halaman.');
  }
  if (response.status === 401) {
    return failure('Sesi peramban ini tidak sah. Buka kembali alamat lengkap (berisi token) yang ditampilkan saat Sinergi KB dijalankan.', 'forbidden');
  }
  if (!response.ok) return failure(`Permintaan ditolak oleh Sinergi KB (kode ${response.status}).`);
  return (await response.json()) as Result<unknown>;
}

/** Calls a channel of the handler table and returns its Result, typed from the contract. */
export function call<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<Result<ChannelOutput<C>>> {
  return send(channel, input) as Promise<Result<ChannelOutput<C>>>;
}

/** Like `call`, but throws ApiError on failure, for reads where a failure is shown as a whole. */
export async function invoke<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const result = await call(channel, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value;
}

function failure(message: string, code: AppError['code'] = 'internal'): Result<never> {
  return { ok: false, error: { code, message } };
}
