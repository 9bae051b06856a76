import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `npm run serve` as built (`npm test` builds before it runs the unit tests).
const SERVE = fileURLToPath(new URL('../../out/app/serve.js', import.meta.url));

/** Starts the host, stops it the moment it prints its address, and tells how it ended. */
async function stopAsSoonAsAnnounced(dataDir: string) {
  const child = spawn(process.execPath, [SERVE, '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  await new Promise<void>((resolve) =>
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (output.includes('#token=')) resolve();
    }),
  );
  child.kill('SIGTERM');
  const [code, signal] = (await once(child, 'exit')) as [number | null, string | null];
  return { code, signal, cleanClose: existsSync(join(dataDir, 'penutupan.json')) };
}

describe.skipIf(!existsSync(SERVE))('the web host (skipped when out/ is not built: run `npm run build` first)', () => {
  it('stopped as soon as it announces its address, still makes its closing backup and remembers the clean close', async () => {
    // The stop used to race the installing of its handler; a few starts make a lost race likely.
    for (let start = 0; start < 4; start += 1) {
      const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-serve-'));
      try {
        expect(await stopAsSoonAsAnnounced(dataDir)).toEqual({ code: 0, signal: null, cleanClose: true });
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }, 60_000);
});
