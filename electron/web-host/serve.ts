import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot } from '../app-version.js';
import { bootCore } from '../boot.js';
import { defaultUserDataDir, resolveDataDir } from '../data-dir.js';
import { openInBrowser } from './open-browser.js';
import { startWebHost } from './server.js';

// `npm run serve -- --data DIR --port N [--open]`: the app without Electron, in a local browser.

const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string', default: '0' }, open: { type: 'boolean', default: false } },
});
const dataDir = resolveDataDir(values.data ? ['--data', values.data] : [], process.env, defaultUserDataDir());
const core = bootCore(dataDir);
const host = await startWebHost({
  dispatch: core.dispatch,
  rendererDir: join(projectRoot(), 'out', 'renderer'),
  port: Number(values.port),
});

// Ready for Ctrl+C (or a test's SIGTERM) before the address is announced: a stop that came
// before its handler would skip the closing backup, and the next start would check the whole file.
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  void core
    .close()
    .then(() => host.close())
    .then(() => process.exit(0));
  // A last resort should the closing backup hang (e.g. a full disk).
  setTimeout(() => process.exit(1), 15_000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

console.log(`Sinergi KB (mode peramban) berjalan di: ${host.launchUrl}`);
console.log(`Folder data: ${dataDir}`);
if (core.app.databaseStatus.state === 'failed') console.log(`Peringatan: ${core.app.databaseStatus.message}`);
console.log('Tekan Ctrl+C untuk berhenti.');
if (values.open) openInBrowser(host.launchUrl);
