import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectRoot } from '../electron/app-version.js';

// `npm start`: the Electron window where the Electron runtime is installed, otherwise the same
// app in the local browser through the loopback web host.

const require = createRequire(import.meta.url);
const root = projectRoot();
const args = process.argv.slice(2);

function electronBinary(): string | null {
  try {
    // The electron package exports the path of its downloaded binary and throws when it has none.
    const binary = require('electron') as unknown;
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();
const child = binary
  ? spawn(binary, [root, ...args], { stdio: 'inherit' })
  : (console.log('Runtime Electron tidak terpasang di komputer ini, jadi Sinergi KB dibuka dalam mode peramban.'),
    spawn(process.execPath, [join(root, 'out', 'app', 'serve.js'), '--open', ...args], { stdio: 'inherit' }));

for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
