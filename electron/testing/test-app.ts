import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { closeDatabase } from '../../db/open.js';
import { createAppContext } from '../app-context.js';
import type { Channel, ChannelInput, ChannelOutput } from '../contract/channels.js';
import type { Result, StoredFile } from '../contract/result.js';
import { createDispatch } from '../core/dispatch.js';
import { takeFile } from '../core/outbox.js';
import { handlerTable } from '../handler-table.js';

/** A real app on a fresh data folder with a real SQLite file, for integration tests. */
export function createTestApp(dataDir = mkdtempSync(join(tmpdir(), 'sinergi-test-'))) {
  const app = createAppContext({ dataDir, appVersion: '0.0.0-test' });
  const dispatch = createDispatch(handlerTable, app, (message, error) => process.env.SINERGI_TEST_LOG && console.error(message, error));
  return {
    app,
    dataDir,
    dispatch,
    call: <C extends Channel>(channel: C, input: ChannelInput<C>) => dispatch(channel, input) as Promise<Result<ChannelOutput<C>>>,
    /** Calls and unwraps, failing the test with the app's own message when the call fails. */
    async value<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
      const result = (await dispatch(channel, input)) as Result<ChannelOutput<C>>;
      if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
      return result.value;
    },
    close() {
      if (app.database) closeDatabase(app.database);
    },
    dispose() {
      this.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestApp = ReturnType<typeof createTestApp>;

/** The bytes of a file the app kept for saving (see core/outbox.ts), fetched once as the renderer does. */
export function takeStoredFile(file: StoredFile): Buffer {
  const stored = takeFile(file.fileId);
  if (!stored) throw new Error(`No stored file ${file.fileId}`);
  try {
    return readFileSync(stored.path);
  } finally {
    stored.done();
  }
}

export const LEBAK_OFFICE = {
  provinceCode: '36',
  regencyCode: '36.02',
  officeName: 'Dinas Pengendalian Penduduk dan Keluarga Berencana',
  address: 'Jl. Siliwangi No. 5, Rangkasbitung',
  phone: '(0252) 201234',
  email: 'dppkb@lebakkab.go.id',
  headName: 'Dra. Hj. Siti Aminah, M.Si.',
  headRank: 'Pembina Utama Muda (IV/c)',
  headPosition: 'Kepala Dinas',
  headNip: '19750312 200003 2 004',
  signaturePlace: 'Rangkasbitung',
} satisfies ChannelInput<'office-save'>;

/** Another PC of the Lebak office (a fresh database with the kabupaten set), disposed of after `run`: where an export is read back. */
export async function onAnotherLebakPc(run: (other: TestApp) => Promise<void>): Promise<void> {
  const other = createTestApp();
  try {
    await other.value('office-save', LEBAK_OFFICE);
    await run(other);
  } finally {
    other.dispose();
  }
}
