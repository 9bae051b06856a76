import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNEL } from '../contract/bridge.js';
import type { Result } from '../contract/result.js';
import type { Dispatch } from '../core/dispatch.js';
import { isAppUrl } from './security.js';

/** Wires the dispatch to IPC: one channel, and only the app's own page may call it. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, channel: unknown, payload: unknown): Promise<Result<unknown>> => {
    if (!isAppUrl(event.senderFrame?.url)) {
      return { ok: false, error: { code: 'forbidden', message: 'Permintaan dari halaman yang tidak dikenal ditolak.' } };
    }
    if (typeof channel !== 'string') {
      return { ok: false, error: { code: 'validation', message: 'Nama perintah tidak valid.' } };
    }
    return dispatch(channel, payload);
  });
}
