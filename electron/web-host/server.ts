import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pipeline } from 'node:stream/promises';
import { TOKEN_HEADER } from '../contract/channels.js';
import { storedFileUrl } from '../contract/result.js';
import type { Dispatch } from '../core/dispatch.js';
import { takeFile } from '../core/outbox.js';
import { readStatic } from './static-files.js';

export interface WebHost {
  url: string;
  /** The URL to open: carries the token in the fragment, which browsers never send to a server. */
  launchUrl: string;
  token: string;
  close(): Promise<void>;
}

export interface WebHostOptions {
  dispatch: Dispatch;
  rendererDir: string;
  port?: number;
  token?: string;
  /** Largest request body, in bytes (imports carry whole files). */
  maxBodyBytes?: number;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Serves the built renderer and the handler table on 127.0.0.1 only. Each launch has a random
 * token; an API request without it gets 401, and one from another Origin or Host gets 403, so
 * other web pages open in the same browser cannot reach the office's data.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const maxBody = options.maxBodyBytes ?? 64 * 1024 * 1024;
  let origin = '';
  let allowedHosts: string[] = [];

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error('Web host request failed', error);
      if (!response.headersSent) send(response, 500, { error: 'Kesalahan server.' });
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.includes(request.headers.host ?? '')) return send(response, 403, { error: 'Host tidak diizinkan.' });
    const path = (request.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) return handleApi(request, response, path.slice('/api/'.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { error: 'Metode tidak diizinkan.' });
    if (path.startsWith(STORED_FILES)) return sendStoredFile(response, decodeURIComponent(path.slice(STORED_FILES.length)));
    const file = await readStatic(options.rendererDir, path);
    if (!file) return send(response, 404, { error: 'Tidak ditemukan.' });
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache', ...SECURITY_HEADERS });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, { error: 'Metode tidak diizinkan.' });
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) return send(response, 403, { error: 'Asal permintaan tidak diizinkan.' });
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) return send(response, 401, { error: 'Token tidak valid.' });
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(response, 415, { error: 'Isi permintaan harus JSON.' });
    }
    const body = await readBody(request, maxBody);
    if (body === null) return send(response, 413, { error: 'Isi permintaan terlalu besar.' });
    let payload: unknown;
    try {
      payload = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return send(response, 400, { error: 'Isi permintaan bukan JSON yang valid.' });
    }
    send(response, 200, await options.dispatch(decodeURIComponent(channel), payload));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `${origin}/`,
    launchUrl: `${origin}/#token=${token}`,
    token,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections alive; without this, close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

/** Where stored files are fetched, as `storedFileUrl` in the contract makes their addresses. */
const STORED_FILES = storedFileUrl('');

/**
 * Streams a file the app kept for saving, once, as a download. A browser download cannot carry
 * the token header: the file's random id, which only an authenticated call has returned, stands
 * for it, and is spent by this request.
 */
async function sendStoredFile(response: ServerResponse, fileId: string): Promise<void> {
  const stored = takeFile(fileId);
  if (!stored) return send(response, 404, { error: 'Berkas sudah tidak tersedia; buat ulang lalu simpan.' });
  try {
    response.writeHead(200, {
      'content-type': stored.mimeType,
      'content-length': (await stat(stored.path)).size,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(stored.fileName)}`,
      'cache-control': 'no-store',
      ...SECURITY_HEADERS,
    });
    await pipeline(createReadStream(stored.path), response);
  } finally {
    stored.done();
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...SECURITY_HEADERS });
  response.end(JSON.stringify(body));
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
