import { existsSync, mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFileUrl } from '../contract/result.js';
import type { Dispatch } from '../core/dispatch.js';
import { keepFile } from '../core/outbox.js';
import { resolveInside } from './static-files.js';
import { startWebHost, type WebHost } from './server.js';

let host: WebHost;
const calls: [string, unknown][] = [];
const root = mkdtempSync(join(tmpdir(), 'renderer-'));

beforeAll(async () => {
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Sinergi KB</title>');
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'secret.txt'), 'rahasia');
  const dispatch: Dispatch = async (channel, payload) => {
    calls.push([channel, payload]);
    return { ok: true, value: { echoed: payload } };
  };
  host = await startWebHost({ dispatch, rendererDir: root, token: 'token-uji-123', maxBodyBytes: 1024 });
});
afterAll(() => host.close());

const api = (channel: string, init: RequestInit = {}, headers: Record<string, string> = {}) =>
  fetch(`${host.url}api/${channel}`, {
    method: 'POST',
    body: '{"a":1}',
    ...init,
    headers: { 'content-type': 'application/json', 'x-sinergi-token': 'token-uji-123', ...headers },
  });

describe('web host API', () => {
  it('binds to 127.0.0.1 and puts the token in the fragment of the launch URL', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(host.launchUrl).toBe(`${host.url}#token=token-uji-123`);
  });

  it('passes a request with the token to the dispatch and returns its Result', async () => {
    const response = await api('app-status');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, value: { echoed: { a: 1 } } });
    expect(calls.at(-1)).toEqual(['app-status', { a: 1 }]);
  });

  it('refuses a request without the token, or with a wrong one, with 401', async () => {
    const before = calls.length;
    expect((await api('app-status', {}, { 'x-sinergi-token': '' })).status).toBe(401);
    expect((await api('app-status', {}, { 'x-sinergi-token': 'token-uji-124' })).status).toBe(401);
    expect((await api('app-status', {}, { 'x-sinergi-token': 'token-uji-123-panjang' })).status).toBe(401);
    expect(calls.length).toBe(before);
  });

  it('refuses another Origin even with the token', async () => {
    expect((await api('app-status', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('app-status', {}, { origin: 'http://127.0.0.1:1' })).status).toBe(403);
  });

  it('refuses non-JSON, malformed JSON, oversized bodies and GET', async () => {
    expect((await api('app-status', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api('app-status', { body: '{' })).status).toBe(400);
    expect((await api('app-status', { body: JSON.stringify({ x: 'a'.repeat(2000) }) })).status).toBe(413);
    expect((await fetch(`${host.url}api/app-status`)).status).toBe(405);
  });
});

describe('web host static files', () => {
  it('serves the renderer with security headers and falls back to index.html', async () => {
    const index = await fetch(host.url);
    expect(index.status).toBe(200);
    expect(index.headers.get('x-frame-options')).toBe('DENY');
    expect(await index.text()).toContain('<title>Sinergi KB</title>');
    expect(await (await fetch(`${host.url}assets/app.js`)).text()).toBe('console.log(1)');
    expect((await fetch(`${host.url}pengaturan`)).status).toBe(200);
    expect((await fetch(`${host.url}assets/missing.js`)).status).toBe(404);
  });

  it('never serves a file outside the renderer folder', async () => {
    expect((await fetch(`${host.url}..%2fsecret.txt`)).status).toBe(404);
    expect((await fetch(`${host.url}%2e%2e/secret.txt`)).status).toBe(404);
    expect(resolveInside(root, '/../secret.txt')).toBeNull();
    expect(resolveInside(root, '/..%2fsecret.txt')).toBeNull();
    expect(resolveInside(root, '/%2e%2e%5csecret.txt')).toBeNull();
    expect(resolveInside(root, '/%00index.html')).toBeNull();
    expect(resolveInside(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });
});

describe('web host stored files', () => {
  it('streams a kept file once as a download, to whoever holds its id', async () => {
    const made = join(mkdtempSync(join(tmpdir(), 'arsip-')), 'arsip.xlsx');
    writeFileSync(made, 'isi arsip');
    const file = keepFile(made, 'Arsip Sinergi KB 2026-11-26.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(existsSync(made)).toBe(false);

    const first = await fetch(`${host.url.slice(0, -1)}${storedFileUrl(file.fileId)}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''Arsip%20Sinergi%20KB%202026-11-26.xlsx`);
    expect(first.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(await first.text()).toBe('isi arsip');
    // Spent: a second fetch, or a guessed id, finds nothing.
    expect((await fetch(`${host.url.slice(0, -1)}${storedFileUrl(file.fileId)}`)).status).toBe(404);
    expect((await fetch(`${host.url}berkas/tebakan`)).status).toBe(404);
  });
});
