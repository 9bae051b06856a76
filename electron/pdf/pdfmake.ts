import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type pdfmakeModule from 'pdfmake';
import { TABLE_LAYOUTS, toDocumentDefinition, type Printable } from './printable.js';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const FONT_STYLES = { normal: '400Regular', bold: '700Bold', italics: '400Regular_Italic', bolditalics: '700Bold_Italic' } as const;

let loaded: Promise<typeof pdfmakeModule> | undefined;

// Loaded on the first print, not at start-up (pdfmake and its font parser are heavy), and set up
// once: pdfmake keeps fonts and policies on its singleton. Noto Sans is a TTF (pdfmake's parser
// crashes on woff2) with every glyph Indonesian text needs.
function pdfmake(): Promise<typeof pdfmakeModule> {
  loaded ??= Promise.resolve(keepParsedFonts()).then(() => import('pdfmake')).then(({ default: instance }) => {
    configure(instance);
    return instance;
  });
  return loaded;
}

function configure(pdfmake: typeof pdfmakeModule): void {
  // Read once into pdfmake's in-memory file system, so every document is handed the same buffers.
  const files = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }).virtualfs;
  const fonts: Record<string, string> = {};
  for (const [variant, style] of Object.entries(FONT_STYLES)) {
    fonts[variant] = `NotoSans_${style}.ttf`;
    files.writeFileSync(fonts[variant], readFileSync(join(fontDir, style, fonts[variant])));
  }
  pdfmake.setFonts({ NotoSans: fonts });
  pdfmake.addTableLayouts(TABLE_LAYOUTS);
  // Documents are built from the app's own data; nothing may be fetched from the network, and
  // the fonts are handed over already read: no file may be read from disk either.
  pdfmake.setUrlAccessPolicy(() => false);
  (pdfmake as unknown as { setLocalAccessPolicy(check: (path: string) => boolean): void }).setLocalAccessPolicy(() => false);
}

/** What fontkit (a pdfkit dependency without types) is used for here. */
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
interface FontkitFont {
  layout(text: string, ...options: unknown[]): GlyphRun;
}
/** fontkit's laid-out run; pdfkit scales its positions in place and reads `advanceWidth` (a getter over them). */
interface GlyphRun {
  positions: object[];
}

/**
 * Words kept per font (four fonts) before its memo starts again: a Rakorda report has ≈ 5.000
 * distinct words; 50.000 shaped words held ≈ 73 MB of the PDF thread's heap.
 */
const SHAPED_WORDS_KEPT = 10_000;

/**
 * pdfkit parses every font again for each document (`fontkit.create`), a tenth of the Rakorda
 * report's render time, and shapes every distinct word again in each document (OpenType lookups,
 * a fifth of it). A parsed font holds no state of a document (pdfkit embeds a subset of its own
 * per document), and a word's shape depends on the font alone, so both are kept: before pdfkit
 * is loaded, the fontkit module it will require is swapped for one that parses each of the (once
 * read) font buffers only once, and whose fonts remember how they laid out each word.
 */
function keepParsedFonts(): void {
  const requireFromPdfkit = createRequire(require.resolve('pdfkit'));
  const fontkit = requireFromPdfkit('fontkit') as Fontkit;
  const parsed = new WeakMap<Uint8Array, FontkitFont>();
  const create: Fontkit['create'] = (buffer, postscriptName) => {
    if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
    let font = parsed.get(buffer);
    if (!font) parsed.set(buffer, (font = rememberShapes(fontkit.create(buffer))));
    return font;
  };
  requireFromPdfkit.cache[requireFromPdfkit.resolve('fontkit')]!.exports = { ...fontkit, create };
}

/**
 * The font's `layout` of a plain word (pdfkit lays text out a word at a time, with no features
 * given) answered from a memo. Each caller gets positions of its own, as pdfkit scales them.
 */
export function rememberShapes<Font extends FontkitFont>(font: Font): Font {
  const shapes = new Map<string, GlyphRun>();
  const layout = font.layout.bind(font);
  font.layout = (text, ...options) => {
    if (options.some((option) => option !== undefined)) return layout(text, ...options);
    let run = shapes.get(text);
    if (!run) {
      if (shapes.size >= SHAPED_WORDS_KEPT) shapes.clear();
      shapes.set(text, (run = layout(text)));
    }
    const copy = Object.create(Object.getPrototypeOf(run) as object) as GlyphRun;
    return Object.assign(copy, run, { positions: run.positions.map((position) => ({ ...position })) });
  };
  return font;
}

/**
 * Lays out and renders a document on the calling thread: a long, synchronous job (about a
 * second for the Rakorda report). The app calls it in the PDF worker (render.ts), never on
 * the main thread.
 */
export async function renderOnThisThread(doc: Printable): Promise<Buffer> {
  const definition = toDocumentDefinition(doc);
  const output = (await pdfmake()).createPdf({
    ...definition,
    defaultStyle: { fontSize: 10, lineHeight: 1.15, ...definition.defaultStyle, font: 'NotoSans' },
  });
  return (await output.getBuffer()) as Buffer;
}
