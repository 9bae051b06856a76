import { storedFileUrl, type SavableFile } from '../../../electron/contract/result.js';
import type { ShellChannels } from '../../../electron/contract/bridge.js';
import { isDesktop, send } from './transport.js';

type Saved = ShellChannels['file-save']['output'];

/**
 * Hands a file made by the main process to the user: a native save dialog, or a browser
 * download. A large file kept by the main process is copied there (desktop) or fetched by its
 * address (browser), never carried through the renderer's memory.
 */
export async function saveFile(file: SavableFile): Promise<Saved> {
  if (isDesktop) {
    // Only the file itself: payloads like an exchange package carry extra facts the shell's schema refuses.
    const result = await send('file-save', 'fileId' in file ? { fileName: file.fileName, mimeType: file.mimeType, fileId: file.fileId } : { fileName: file.fileName, mimeType: file.mimeType, base64: file.base64 });
    if (!result.ok) throw new Error(result.error.message);
    return result.value as Saved;
  }
  const url = 'fileId' in file ? storedFileUrl(file.fileId) : URL.createObjectURL(new Blob([Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0))], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  if (!('fileId' in file)) setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { saved: true, path: file.fileName };
}

/** A file the user chose, as base64 (what the channels take for uploaded files). */
export function readFileBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).slice(String(reader.result).indexOf(',') + 1));
    reader.onerror = () => reject(new Error('Berkas tidak dapat dibaca.'));
    reader.readAsDataURL(file);
  });
}
