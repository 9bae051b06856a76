import type { Result } from './result.js';

// What the Electron preload puts on `window.sinergi`: one function, nothing else of Node or IPC.

export const IPC_CHANNEL = 'sinergi:invoke';

export interface SinergiBridge {
  invoke(channel: string, payload: unknown): Promise<Result<unknown>>;
}

/** Channels only the Electron host answers: they open native dialogs. */
export interface ShellChannels {
  'file-save': { input: { fileName: string; mimeType: string; base64: string } | { fileName: string; mimeType: string; fileId: string }; output: { saved: boolean; path: string | null } };
}
