import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { rememberShapes } from './pdfmake.js';

interface Run {
  glyphs: { id: number }[];
  positions: { xAdvance: number; xOffset: number }[];
  advanceWidth: number;
}
interface Font {
  layout(text: string, ...options: unknown[]): Run;
}

const require = createRequire(import.meta.url);
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(buffer: Buffer): Font };
const fontFile = join(dirname(require.resolve('@expo-google-fonts/noto-sans/package.json')), '400Regular', 'NotoSans_400Regular.ttf');
const parse = () => fontkit.create(readFileSync(fontFile));

describe('a font that remembers how it shaped each word', () => {
  it('gives every caller the shape a fresh font gives, with positions of its own', () => {
    const font = rememberShapes(parse());
    const fresh = parse();
    const first = font.layout('Kecamatan');
    // pdfkit scales the positions it gets in place; the next document must not see that.
    for (const position of first.positions) position.xAdvance *= 2;
    for (const word of ['Kecamatan', 'Cibinong', 'Kecamatan']) {
      const run = font.layout(word);
      const expected = fresh.layout(word);
      expect(run.glyphs.map((glyph) => glyph.id)).toEqual(expected.glyphs.map((glyph) => glyph.id));
      expect(run.positions.map((position) => position.xAdvance)).toEqual(expected.positions.map((position) => position.xAdvance));
      expect(run.advanceWidth).toBe(expected.advanceWidth);
    }
    expect(font.layout('Kecamatan').advanceWidth).toBeGreaterThan(3000);
  });

  it('shapes a word once, however many documents lay it out', () => {
    const parsed = parse();
    const shape = vi.spyOn(parsed, 'layout');
    const font = rememberShapes(parsed);
    for (let document = 0; document < 3; document += 1) for (const word of ['Kecamatan', 'Bayah']) font.layout(word);
    expect(shape.mock.calls.map(([word]) => word)).toEqual(['Kecamatan', 'Bayah']);
  });

  it('shapes again whatever is laid out with features of its own', () => {
    const font = rememberShapes(parse());
    const plain = font.layout('office');
    // Without ligatures "ffi" stays three glyphs; with them (the default) it is one.
    expect(font.layout('office', { liga: false }).glyphs.length).toBeGreaterThan(plain.glyphs.length);
  });
});
