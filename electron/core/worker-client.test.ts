import { describe, expect, it } from 'vitest';
import { workerClient } from './worker-client.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('worker client', () => {
  it('keeps its thread for jobs that follow soon, and stops it after the idle time', async () => {
    const client = workerClient<null, number>(new URL('../testing/thread-id-worker', import.meta.url), 300);
    const first = await client.run(null);
    expect(await client.run(null)).toBe(first);
    await pause(1_000);
    const second = await client.run(null);
    expect(second).not.toBe(first);
    expect(second).toBeGreaterThan(0);
  });

  it('answers a job sent while its idle thread is stopping: the stopped thread’s exit fails only its own jobs', async () => {
    const client = workerClient<null, number>(new URL('../testing/thread-id-worker', import.meta.url), 50);
    for (const delay of [50, 52, 55, 60, 70]) {
      await client.run(null);
      await pause(delay); // the idle stop fires about now; its thread exits a little later
      expect(await client.run(null)).toBeGreaterThan(0);
    }
  });

  it('keeps a held thread past its idle time, and stops it once released', async () => {
    const client = workerClient<null, number>(new URL('../testing/thread-id-worker', import.meta.url), 100);
    client.hold();
    const held = await client.run(null);
    await pause(400);
    expect(await client.run(null)).toBe(held);
    client.release();
    await pause(400);
    expect(await client.run(null)).not.toBe(held);
  });

  it('stops an idle thread of another kind when a thread starts, and never a busy or held one', async () => {
    const worker = new URL('../testing/thread-id-worker', import.meta.url);
    const prints = workerClient<null, number>(worker, 60_000);
    const imports = workerClient<null, number>(worker, 60_000);
    const exports = workerClient<null, number>(worker, 60_000);
    const idlePrinter = await prints.run(null);
    imports.hold();
    const heldReader = await imports.run(null);
    await exports.run(null); // starts a thread: the idle printer stops, the held reader stays
    expect(await imports.run(null)).toBe(heldReader);
    expect(await prints.run(null)).not.toBe(idlePrinter);
    imports.release();
  });
});
