import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from '../electron/app-version.js';
import { GENERATOR_VERSION, type ScaleName } from './generate.js';

// Generating through the handlers takes about a minute at district scale and many more at
// province scale, so each scale is generated once, in its own process (its memory is not the
// measured host's), into a cached data folder keyed by generator version. Every run works on a
// fresh copy (the benchmark itself writes: the import adds 10.000 groups), which the app's
// migrations bring up to date when it opens, as they would an office's database.

const CACHE_DIR = join(projectRoot(), '.bench-cache');

export function cachedDataDir(scale: ScaleName): string {
  return join(CACHE_DIR, `${scale}-g${GENERATOR_VERSION}`);
}

/** A fresh copy of the scale's generated data folder, generating it first when not cached. */
export async function benchDataDir(scale: ScaleName, options: { fresh: boolean; log: (line: string) => void }): Promise<{ dataDir: string; generatedMs: number | null }> {
  const cached = cachedDataDir(scale);
  let generatedMs: number | null = null;
  if (options.fresh || !existsSync(cached)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const building = `${cached}.tmp`;
    rmSync(building, { recursive: true, force: true });
    const start = performance.now();
    await runGenerator(scale, building);
    generatedMs = performance.now() - start;
    rmSync(cached, { recursive: true, force: true });
    renameSync(building, cached);
    options.log(`data ${scale} dibuat dalam ${Math.round(generatedMs / 1000)} s, disimpan di ${cached}`);
  } else {
    options.log(`data ${scale} dari cache ${cached}`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-bench-'));
  cpSync(cached, dataDir, { recursive: true });
  return { dataDir, generatedMs };
}

function runGenerator(scale: ScaleName, dataDir: string): Promise<void> {
  const script = fileURLToPath(new URL('./generate-data.js', import.meta.url));
  const child = spawn(process.execPath, [script, scale, dataDir], { stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`generator exited with ${code}`))));
  });
}
