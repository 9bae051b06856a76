import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handlerTable } from './handler-table.js';
import { mergeHandlerTables, read } from './core/handler.js';
import { noInput } from './core/fields.js';
import { createTestApp, type TestApp } from './testing/test-app.js';

// Every channel must refuse a payload of the wrong shape, say so in Indonesian, and write nothing.

let app: TestApp;
const totalChanges = () => (app.app.database!.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

beforeAll(() => {
  app = createTestApp();
});
afterAll(() => app.dispose());

describe('the handler table', () => {
  const channels = Object.keys(handlerTable);

  it('names every channel area-verb', () => {
    for (const channel of channels) expect(channel).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it.each(channels)('%s rejects a payload of the wrong type and writes nothing', async (channel) => {
    const before = totalChanges();
    for (const payload of [42, 'teks', null, [1, 2]]) {
      const result = await app.dispatch(channel, payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation', message: 'Periksa kembali isian yang ditandai.' } });
    }
    expect(totalChanges()).toBe(before);
  });

  it.each(channels.filter((c) => c !== 'office-check'))('%s rejects unknown fields', async (channel) => {
    const result = await app.dispatch(channel, { kolomAsing: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fields).toMatchObject({ kolomAsing: 'Kolom tidak dikenal.' });
  });

  it('answers an unknown channel with a clear message', async () => {
    expect(await app.dispatch('tidak-ada', {})).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'Perintah tidak dikenal: tidak-ada.' },
    });
  });

  it('refuses to start with a channel defined twice', () => {
    const one = { 'app-status': read(noInput, () => 1) };
    expect(() => mergeHandlerTables(handlerTable, one)).toThrow('Channel app-status is defined twice');
  });
});
