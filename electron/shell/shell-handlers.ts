import { copyFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { z } from 'zod';
import { DomainError } from '../core/errors.js';
import { requiredText } from '../core/fields.js';
import { takeFile } from '../core/outbox.js';
import { read } from '../core/handler.js';

const FILTERS: Record<string, { name: string; extensions: string[] }> = {
  '.pdf': { name: 'Dokumen PDF', extensions: ['pdf'] },
  '.xlsx': { name: 'Buku kerja Excel', extensions: ['xlsx'] },
  '.db': { name: 'Cadangan Sinergi KB', extensions: ['db'] },
  '.skb': { name: 'Paket data Sinergi KB', extensions: ['skb'] },
};

/** A file to save, by name and type: its bytes come with it (base64) or wait in the outbox (fileId). */
const NAMED = { fileName: requiredText(200), mimeType: requiredText(100) };

/** Channels that need the desktop: a native save dialog for exported files. */
export function createShellHandlers(dialog: Dialog, window: () => BrowserWindow | null, documentsDir: string) {
  return {
    'file-save': read(
      z.union([z.strictObject({ ...NAMED, base64: z.string() }), z.strictObject({ ...NAMED, fileId: requiredText(100) })]),
      async (_ctx, input) => {
        // A kept file is taken before the dialog opens: an id is good for one save, whatever the user chooses.
        const stored = 'fileId' in input ? takeFile(input.fileId) : null;
        if ('fileId' in input && !stored) throw new DomainError('not-found', 'Berkas ini sudah tidak tersedia; buat ulang lalu simpan.');
        try {
          const filter = FILTERS[extname(input.fileName).toLowerCase()];
          const options = { defaultPath: join(documentsDir, input.fileName), filters: filter ? [filter] : [] };
          const owner = window();
          const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
          if (choice.canceled || !choice.filePath) return { saved: false, path: null };
          if (stored) await copyFile(stored.path, choice.filePath);
          else if ('base64' in input) await writeFile(choice.filePath, Buffer.from(input.base64, 'base64'));
          return { saved: true, path: choice.filePath };
        } finally {
          stored?.done();
        }
      },
    ),
  };
}
