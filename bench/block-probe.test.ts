import { describe, expect, it } from 'vitest';
import { BlockProbe } from './block-probe.js';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('BlockProbe', () => {
  it('charges a block to the call in flight, and a block outside calls to none', async () => {
    const probe = new BlockProbe();
    probe.start();
    await probe.tick();
    busy(60); // the benchmark's own work: nobody's
    await probe.tick();
    probe.enter('rakorda-report-pdf');
    busy(120);
    probe.leave('rakorda-report-pdf');
    await probe.tick();
    probe.stop();
    expect([...probe.longest.keys()]).toEqual(['rakorda-report-pdf']);
    expect(probe.longest.get('rakorda-report-pdf')).toBeGreaterThanOrEqual(120);
  });
});
