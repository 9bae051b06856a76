import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type pdfmakeModule from 'pdfmake';
import { TABLE_LAYOUTS, toDocumentDefinition, type Printable } from './printable.js';

const require = createRequire(import.meta.url);
const fontDir = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
const font = (style: string) => join(fontDir, style, `NotoSans_${style}.ttf`);

let loaded: Promise<typeof pdfmakeModule> | undefined;

// Loaded on the first print, not at start-up (pdfmake and its font parser are heavy), and set up
// once: pdfmake keeps fonts and policies on its singleton. Noto Sans is a TTF (pdfmake's parser
// crashes on woff2) with every glyph Indonesian text needs.
function pdfmake(): Promise<typeof pdfmakeModule> {
  loaded ??= import('pdfmake').then(({ default: instance }) => {
    configure(instance);
    return instance;
  });
  return loaded;
}

function configure(pdfmake: typeof pdfmakeModule): void {
  pdfmake.setFonts({
    NotoSans: {
      normal: font('400Regular'),
      bold: font('700Bold'),
      italics: font('400Regular_Italic'),
      bolditalics: font('700Bold_Italic'),
    },
  });
  pdfmake.addTableLayouts(TABLE_LAYOUTS);
  // Documents are built from the app's own data; nothing may be fetched from the network
  // and only the bundled fonts may be read from disk.
  pdfmake.setUrlAccessPolicy(() => false);
  (pdfmake as unknown as { setLocalAccessPolicy(check: (path: string) => boolean): void }).setLocalAccessPolicy(
    (path) => path.startsWith(fontDir),
  );
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
