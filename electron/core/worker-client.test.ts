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
});
