import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type pdfmakeModule from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { FilePayload } from '../contract/result.js';

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
  // Documents are built from the app's own data; nothing may be fetched from the network
  // and only the bundled fonts may be read from disk.
  pdfmake.setUrlAccessPolicy(() => false);
  (pdfmake as unknown as { setLocalAccessPolicy(check: (path: string) => boolean): void }).setLocalAccessPolicy(
    (path) => path.startsWith(fontDir),
  );
}

export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const output = (await pdfmake()).createPdf({
    ...doc,
    defaultStyle: { fontSize: 10, lineHeight: 1.15, ...doc.defaultStyle, font: 'NotoSans' },
  });
  return (await output.getBuffer()) as Buffer;
}

/** Renders a document into the payload the renderer saves (dialog or download). */
export async function pdfFile(doc: TDocumentDefinitions, fileName: string): Promise<FilePayload> {
  return { fileName, mimeType: 'application/pdf', base64: (await renderPdf(doc)).toString('base64') };
}
