import { describe, expect, it } from 'vitest';
import { isAppUrl, isSafeExternalUrl } from './security.js';

describe('isSafeExternalUrl', () => {
  it.each(['https://www.bkkbn.go.id/', 'http://kampungkb.bkkbn.go.id/profil?id=1', 'https://opendatacommons.org/licenses/odbl/1-0/'])(
    'lets %s open in the system browser',
    (url) => expect(isSafeExternalUrl(url)).toBe(true),
  );

  it.each([
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:sandi@bkkbn.go.id/',
    'app://sinergi/index.html',
    'not a url https://bkkbn.go.id',
    ' https://',
    '',
  ])('refuses %s', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('isAppUrl', () => {
  it('accepts the app’s own pages', () => {
    expect(isAppUrl('app://sinergi/index.html')).toBe(true);
    expect(isAppUrl('app://sinergi/#/pengaturan')).toBe(true);
  });

  it.each([
    'app://sinergi.evil.example/index.html',
    'app://evil.example/sinergi/index.html',
    'app://sinergi@evil.example/',
    'https://sinergi/index.html',
    'http://127.0.0.1:5173/?app://sinergi/',
    'https://evil.example/app://sinergi',
    'file:///app/sinergi/index.html',
    undefined,
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});
