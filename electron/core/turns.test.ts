import { readFile } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nextTurn, slicer } from './turns.js';

const resumedByIo = () => new Promise<void>((resolve) => readFile(import.meta.filename, () => resolve()));
const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('turns of a long job', () => {
  it('let due timers run, even for a job resumed by I/O (in the poll phase of the event loop)', async () => {
    await resumedByIo();
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    busy(3);
    await nextTurn();
    expect(timerRan).toBe(true);
  });

  it('yield only once a slice has used its budget', async () => {
    await resumedByIo();
    const pause = slicer(20);
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    await pause(); // 0 ms into the slice: goes on at once
    expect(ticks).toBe(0);
    busy(25);
    await pause();
    expect(ticks).toBeGreaterThan(0);
    clearInterval(timer);
  });
});
