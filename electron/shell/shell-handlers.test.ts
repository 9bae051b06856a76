import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog } from 'electron';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../core/errors.js';
import type { HandlerContext } from '../core/handler.js';
import { keepFile } from '../core/outbox.js';
import { createShellHandlers } from './shell-handlers.js';

// The desktop's save dialog, with Electron's dialog replaced by one that answers as a user would.

const folder = () => mkdtempSync(join(tmpdir(), 'sinergi-simpan-'));

function saveWith(choice: string | null) {
  const asked: { defaultPath?: string; filters?: unknown }[] = [];
  const dialog = { showSaveDialog: async (options: { defaultPath?: string; filters?: unknown }) => (asked.push(options), { canceled: choice === null, filePath: choice ?? '' }) } as unknown as Dialog;
  const handler = createShellHandlers(dialog, () => null, 'C:\\Users\\Operator\\Documents')['file-save'];
  return { asked, save: (input: unknown) => handler.invoke(undefined as unknown as HandlerContext, handler.input.parse(input), 'file-save') };
}

const keptArchive = () => {
  const made = join(folder(), 'arsip.xlsx');
  writeFileSync(made, 'isi arsip');
  return keepFile(made, 'Arsip Sinergi KB 2026-11-26.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
};

describe('saving a file on the desktop', () => {
  it('copies a kept file to the place chosen, offering its name and type, and spends its id', async () => {
    const target = join(folder(), 'arsip.xlsx');
    const { asked, save } = saveWith(target);
    const file = keptArchive();
    expect(await save(file)).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('isi arsip');
    expect(asked[0]).toMatchObject({ defaultPath: expect.stringContaining('Arsip Sinergi KB 2026-11-26.xlsx'), filters: [{ name: 'Buku kerja Excel', extensions: ['xlsx'] }] });
    await expect(save(file)).rejects.toThrow(DomainError);
  });

  it('writes a small file sent whole, and saves nothing when the dialog is cancelled', async () => {
    const target = join(folder(), 'laporan.pdf');
    expect(await saveWith(target).save({ fileName: 'Laporan.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.7').toString('base64') })).toEqual({ saved: true, path: target });
    expect(readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    const cancelled = keptArchive();
    expect(await saveWith(null).save(cancelled)).toEqual({ saved: false, path: null });
    await expect(saveWith(target).save(cancelled)).rejects.toThrow('Berkas ini sudah tidak tersedia; buat ulang lalu simpan.');
  });

  it('refuses a payload with neither bytes nor an id', () => {
    expect(() => saveWith(null).save({ fileName: 'x.pdf', mimeType: 'application/pdf' })).toThrow();
  });
});
