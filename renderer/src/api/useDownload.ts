import type { SavableFile } from '../../../electron/contract/result.js';
import { useFlash } from '../ui/flash.js';
import { saveFile } from './files.js';
import { send } from './transport.js';

/** Asks a channel for a file (PDF, xlsx) and hands it to the user, saying where it went or what failed. */
export function useDownload() {
  const flash = useFlash();
  return async (channel: string, input: unknown) => {
    const result = await send(channel, input);
    if (!result.ok) return flash({ message: result.error.message });
    const saved = await saveFile(result.value as SavableFile);
    if (saved.saved) flash({ message: `Berkas disimpan: ${saved.path}` });
  };
}
