import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from './app-context.js';
import { createTestApp, LEBAK_OFFICE } from './testing/test-app.js';

// The writer runs as its own bundled process so it can be killed for real; `npm test` builds
// before it runs the unit tests.
const WRITER = fileURLToPath(new URL('../out/tools/crash-writer.js', import.meta.url));
const KILLS = 15;
const IMPORT_ROWS = 150;

const dataDir = mkdtempSync(join(tmpdir(), 'sinergi-crash-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** Starts the writer, lets it write for a random moment after its first acknowledged write, then kills it. */
function writeUntilKilled(runId: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WRITER, dataDir, runId, String(IMPORT_ROWS)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let buffered = '';
    let errors = '';
    let armed = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      acknowledged.push(...lines);
      if (!armed) {
        armed = true;
        // Up to 2 s: the first import of a run takes about a second (its workbook reader thread starts).
        setTimeout(() => child.kill('SIGKILL'), 5 + Math.random() * 2000);
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve(acknowledged) : reject(new Error(`writer stopped by itself: ${errors}`))));
  });
}

describe.skipIf(!existsSync(WRITER))('crash safety (skipped when out/ is not built: run `npm run build` first)', () => {
  it(`keeps every acknowledged write and no half import after ${KILLS} kills at random moments`, async () => {
    const setup = createTestApp(dataDir);
    await setup.value('office-save', LEBAK_OFFICE);
    setup.close();

    const acknowledged: string[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) acknowledged.push(...(await writeUntilKilled(`r${kill}`)));

    const db = new Database(join(dataDir, DATABASE_FILE));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const names = new Set(db.prepare(`SELECT name FROM poktan`).pluck().all() as string[]);
      const written = acknowledged.filter((line) => line.startsWith('poktan ')).map((line) => line.slice('poktan '.length));
      expect(written.length).toBeGreaterThan(KILLS);
      expect(written.filter((name) => !names.has(name))).toEqual([]);
      // Each import is all of its rows or none of them, and an acknowledged one is all.
      const batches = db
        .prepare(`SELECT substr(name, 7, instr(substr(name, 7), ' ') - 1) AS batch, count(*) AS rows FROM poktan WHERE name LIKE 'Impor %' GROUP BY batch`)
        .all() as { batch: string; rows: number }[];
      expect(batches.filter((batch) => batch.rows !== IMPORT_ROWS)).toEqual([]);
      const imported = new Set(batches.map((batch) => batch.batch));
      const acknowledgedImports = acknowledged.filter((line) => line.startsWith('import ')).map((line) => line.slice('import '.length));
      expect(acknowledgedImports.length).toBeGreaterThan(0);
      expect(acknowledgedImports.filter((batch) => !imported.has(batch))).toEqual([]);
      // The change log was written in the same transactions: one insert entry per group.
      expect(db.prepare(`SELECT count(*) FROM change_log WHERE entity = 'poktan' AND op = 'insert'`).pluck().get()).toBe(names.size);
    } finally {
      db.close();
    }
  }, 120_000);
});
