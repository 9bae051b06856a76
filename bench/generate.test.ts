import { afterEach, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../electron/testing/test-app.js';
import { generate, type Scale } from './generate.js';

// The generator writes through the handlers, so a rule added to a form can refuse its data: this
// small run finds that here rather than twenty minutes into `npm run bench`.

let app: TestApp | undefined;
afterEach(() => app?.dispose());

it('writes a small office through the handlers, every record accepted', async () => {
  app = createTestApp();
  // Two units in the first two desa, as the province's ten per desa (Bogor has 435 desa).
  const small: Scale = { kampungKb: 437, snapshotsEach: 1, poktan: 10, needs: 50, evaluationYears: 2 };
  const { kecamatan, groups } = await generate(app.dispatch, small);
  expect(kecamatan).toHaveLength(40);
  expect((await app.value('kampung-kb-list', {})).summary.total).toBe(437);
  expect((await app.value('poktan-list', {})).total).toBe(10);
  const needs = await Promise.all(groups.map(async (group) => (await app!.value('poktan-get', { id: group.id })).needs.length));
  expect(needs.reduce((sum, n) => sum + n, 0)).toBe(50);
  const lastYear = new Date().getFullYear() - 1;
  const withTarget = (await app.value('rakorda-indicators', {})).filter((indicator) => indicator.hasTarget);
  const targets = (await app.value('rakorda-grid', { year: lastYear, layer: 'target' })).cells;
  expect(Object.keys(targets)).toHaveLength(40 * withTarget.length);
});
