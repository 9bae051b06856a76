import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const PRODUCT_NAME = 'Sinergi KB';

/**
 * Where the database lives: `--data DIR`, else SINERGI_DATA_DIR, else the user's app-data folder
 * (never the install folder, which a per-user update replaces).
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const flag = argv.findIndex((arg) => arg === '--data' || arg.startsWith('--data='));
  if (flag >= 0) {
    const value = argv[flag]!.includes('=') ? argv[flag]!.slice('--data='.length) : argv[flag + 1];
    if (!value) throw new Error('--data needs a folder');
    return resolve(value);
  }
  if (env.SINERGI_DATA_DIR) return resolve(env.SINERGI_DATA_DIR);
  return fallback;
}

/** The same folder Electron's app.getPath('userData') gives, for when the web host runs alone. */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
