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

/** The one function of fontkit (a pdfkit dependency without types) that is wrapped here. */
interface Fontkit {
  create(buffer: Uint8Array, postscriptName?: string): object;
}

/**
 * pdfkit parses every font again for each document (`fontkit.create`), a tenth of the Rakorda
 * report's render time. A parsed font holds no state of a document (pdfkit embeds a subset of
 * its own per document), so it is kept: before pdfkit is loaded, the fontkit module it will
 * require is swapped for one that parses each of the (once read) font buffers only once.
 */
function keepParsedFonts(): void {
  const requireFromPdfkit = createRequire(require.resolve('pdfkit'));
  const fontkit = requireFromPdfkit('fontkit') as Fontkit;
  const parsed = new WeakMap<Uint8Array, object>();
  const create: Fontkit['create'] = (buffer, postscriptName) => {
    if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
    let font = parsed.get(buffer);
    if (!font) parsed.set(buffer, (font = fontkit.create(buffer)));
    return font;
  };
  requireFromPdfkit.cache[requireFromPdfkit.resolve('fontkit')]!.exports = { ...fontkit, create };
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
