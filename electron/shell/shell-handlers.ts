import { writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { z } from 'zod';
import { requiredText } from '../core/fields.js';
import { read } from '../core/handler.js';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Dokumen PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Buku kerja Excel', extensions: ['xlsx'] },
  '.db': { name: 'Cadangan Sinergi KB', extensions: ['db'] },
  '.skb': { name: 'Paket data Sinergi KB', extensions: ['skb'] },
};

/** Channels that need the desktop: a native save dialog for exported files. */
export function createShellHandlers(dialog: Dialog, window: () => BrowserWindow | null, documentsDir: string) {
  return {
    'file-save': read(
      z.strictObject({ fileName: requiredText(200), mimeType: requiredText(100), base64: z.string() }),
      async (_ctx, input) => {
        const filter = FILTERS[extname(input.fileName).toLowerCase()];
        const options = { defaultPath: join(documentsDir, input.fileName), filters: filter ? [filter] : [] };
        const owner = window();
        const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return { saved: false, path: null };
        await writeFile(choice.filePath, Buffer.from(input.base64, 'base64'));
        return { saved: true, path: choice.filePath };
      },
    ),
  };
}
