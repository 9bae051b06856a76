import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SERVE = join(import.meta.dirname, '..', 'out', 'app', 'serve.js');

/** A running web host on its own data folder, as `npm run serve` starts it. */
export class Host {
  private child: ChildProcess | null = null;
  launchUrl = '';
  output = '';

  constructor(readonly dataDir: string) {}

  static async start(dataDir = mkdtempSync(join(tmpdir(), 'sinergi-e2e-'))): Promise<Host> {
    const host = new Host(dataDir);
    await host.boot();
    return host;
  }

  private boot(): Promise<void> {
    // The office PC's clock: the same zone for the app as for the browser (playwright.config.ts).
    const child = spawn(process.execPath, [SERVE, '--data', this.dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TZ: 'Asia/Jakarta' } });
    this.child = child;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`Host did not start:\n${this.output}`)), 15_000);
      const read = (chunk: Buffer) => {
        this.output += chunk.toString();
        const match = /http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]+/.exec(this.output);
        if (match && !this.launchUrl.startsWith(match[0])) {
          this.launchUrl = match[0];
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', read);
      child.stderr!.on('data', read);
      child.on('exit', (code) => reject(new Error(`Host exited with ${code}:\n${this.output}`)));
    });
  }

  /** Calls a channel over HTTP as the renderer does; for setting up data a test is not about. */
  async call(channel: string, payload: unknown): Promise<unknown> {
    const url = new URL(this.launchUrl);
    const response = await fetch(`${url.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-sinergi-token': url.hash.replace('#token=', '') },
      body: JSON.stringify(payload),
    });
    const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
    if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
    return result.value;
  }

  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
    this.child = null;
  }

  /** Stops and starts again on the same data folder (a new port and token). */
  async restart(): Promise<void> {
    await this.stop();
    this.launchUrl = '';
    this.output = '';
    await this.boot();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
