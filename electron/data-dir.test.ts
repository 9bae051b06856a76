import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultUserDataDir, resolveDataDir } from './data-dir.js';

describe('resolveDataDir', () => {
  it('prefers --data, then SINERGI_DATA_DIR, then the app-data folder', () => {
    expect(resolveDataDir(['node', 'serve.js', '--data', 'D:/data'], { SINERGI_DATA_DIR: '/env' }, '/fallback')).toBe(resolve('D:/data'));
    expect(resolveDataDir(['--data=/tmp/x'], {}, '/fallback')).toBe('/tmp/x');
    expect(resolveDataDir([], { SINERGI_DATA_DIR: '/env' }, '/fallback')).toBe('/env');
    expect(resolveDataDir([], {}, '/fallback')).toBe('/fallback');
    expect(() => resolveDataDir(['--data'], {}, '/fallback')).toThrow('--data needs a folder');
  });

  it('matches Electron’s userData folder for "Sinergi KB"', () => {
    expect(defaultUserDataDir({ APPDATA: 'C:\\Users\\op\\AppData\\Roaming' }, 'win32')).toBe(join('C:\\Users\\op\\AppData\\Roaming', 'Sinergi KB'));
    expect(defaultUserDataDir({ XDG_CONFIG_HOME: '/home/op/.config' }, 'linux')).toBe('/home/op/.config/Sinergi KB');
  });
});
