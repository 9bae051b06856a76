import { strFromU8, unzipSync, type Unzipped } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';

// The parts of an .xlsx package an import reads, straight from its XML: which sheet is where,
// the shared strings, the cell formats that make a number a date or a percentage, and a sheet's rows as they are
// parsed. exceljs, which writes the app's workbooks, reads a sheet by building its whole object
// model first (every cell with its style), three times the time of these few parts on a 10.000-row
// file; an import needs the values only, and gets its first rows while the rest is still parsed.

export type CellValue = string | number | boolean | Date | null;

/** Element and attribute names without a namespace prefix ("x:row" from some generators). */
const local = (name: string) => name.slice(name.indexOf(':') + 1);
/**
 * An attribute of the package's parts, prefixed or not (a sheet's `r:id`). A sheet's own cells and
 * rows have unprefixed attributes only: read directly there, on its hot path.
 */
const attribute = (tag: SaxesTagPlain, name: string): string | undefined => tag.attributes[name] ?? Object.entries(tag.attributes).find(([key]) => local(key) === name)?.[1];
const isTrue = (value: string | undefined) => value === '1' || value === 'true';

/** Runs `open`/`close`/`text` over an XML text, element names without prefix. */
function parseXml(xml: string, handlers: { open?(name: string, tag: SaxesTagPlain): void; close?(name: string): void; text?(text: string): void }): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  if (handlers.open) parser.on('opentag', (tag) => handlers.open!(local(tag.name), tag));
  if (handlers.close) parser.on('closetag', (tag) => handlers.close!(local(tag.name)));
  if (handlers.text) parser.on('text', handlers.text);
  parser.write(xml).close();
}

export interface SheetEntry {
  name: string;
  /** Path of the sheet's XML inside the package. */
  path: string;
  hidden: boolean;
}

export interface XlsxPackage {
  sheets: SheetEntry[];
  sharedStrings: string[];
  /** Per cell format (a cell's `s`): whether it shows a number as a date or as a percentage. */
  numberShapes: NumberShape[];
  date1904: boolean;
  sheetXml(path: string): string;
}

/** Relationship targets by id, resolved against the folder of the part they belong to. */
function relationships(files: Unzipped, part: string): Map<string, { type: string; path: string }> {
  const folder = part.slice(0, part.lastIndexOf('/') + 1);
  const relsPath = `${folder}_rels/${part.slice(folder.length)}.rels`;
  const found = new Map<string, { type: string; path: string }>();
  const xml = files[relsPath];
  if (!xml) return found;
  parseXml(strFromU8(xml), {
    open(name, tag) {
      if (name !== 'Relationship') return;
      const target = attribute(tag, 'Target') ?? '';
      const path = target.startsWith('/') ? target.slice(1) : normalise(folder + target);
      found.set(attribute(tag, 'Id') ?? '', { type: (attribute(tag, 'Type') ?? '').split('/').pop() ?? '', path });
    },
  });
  return found;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** Shared strings; a rich-text string is its runs' text joined, phonetic guides left out. */
function sharedStrings(xml: Uint8Array | undefined): string[] {
  const strings: string[] = [];
  if (!xml) return strings;
  let current = '';
  let inText = false;
  let inPhonetic = false;
  parseXml(strFromU8(xml), {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 't') inText = !inPhonetic;
      else if (name === 'rPh') inPhonetic = true;
    },
    close(name) {
      if (name === 'si') strings.push(current);
      else if (name === 't') inText = false;
      else if (name === 'rPh') inPhonetic = false;
    },
    text(text) {
      if (inText) current += text;
    },
  });
  return strings;
}

type NumberShape = 'date' | 'percent' | null;

/** Built-in number formats that show dates or times (ECMA-376 18.8.30, with the East Asian ones). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);
/** Built-in "0%" and "0.00%". */
const BUILT_IN_PERCENT_FORMATS = new Set([9, 10]);
/**
 * What a format code shows a number as, judged outside quoted text and [brackets]: a date when it
 * has a date or time part (as exceljs decides), a percentage when it has a % sign (Excel shows
 * 0,27 as 27%, and an office typing a rate into such a cell means 27).
 */
function shapeOfCode(code: string): NumberShape {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  if (/[ymdhMsb]/.test(bare)) return 'date';
  return bare.includes('%') ? 'percent' : null;
}

function numberShapes(xml: Uint8Array | undefined): NumberShape[] {
  const shapes: NumberShape[] = [];
  if (!xml) return shapes;
  const codes = new Map<number, string>();
  let inCellFormats = false;
  parseXml(strFromU8(xml), {
    open(name, tag) {
      if (name === 'numFmt') codes.set(Number(attribute(tag, 'numFmtId')), attribute(tag, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) {
        const id = Number(attribute(tag, 'numFmtId') ?? 0);
        const code = codes.get(id);
        shapes.push(code !== undefined ? shapeOfCode(code) : BUILT_IN_DATE_FORMATS.has(id) ? 'date' : BUILT_IN_PERCENT_FORMATS.has(id) ? 'percent' : null);
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return shapes;
}

/** Opens the package: its workbook, sheet list, shared strings and formats. Throws on a damaged zip. */
export function openXlsx(bytes: Uint8Array): XlsxPackage {
  const files = unzipSync(bytes, { filter: (file) => file.name.endsWith('.xml') || file.name.endsWith('.rels') });
  const workbookPath = [...relationships(files, '').values()].find((r) => r.type === 'officeDocument')?.path ?? 'xl/workbook.xml';
  const workbookXml = files[workbookPath];
  if (!workbookXml) throw new Error('No workbook part');
  const parts = relationships(files, workbookPath);
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  parseXml(strFromU8(workbookXml), {
    open(name, tag) {
      if (name === 'workbookPr') date1904 = isTrue(attribute(tag, 'date1904'));
      if (name !== 'sheet') return;
      const part = parts.get(attribute(tag, 'id') ?? '');
      const state = attribute(tag, 'state');
      if (part) sheets.push({ name: attribute(tag, 'name') ?? '', path: part.path, hidden: state === 'hidden' || state === 'veryHidden' });
    },
  });
  const partOfType = (type: string) => [...parts.values()].find((r) => r.type === type)?.path;
  return {
    sheets,
    sharedStrings: sharedStrings(files[partOfType('sharedStrings') ?? 'xl/sharedStrings.xml']),
    numberShapes: numberShapes(files[partOfType('styles') ?? 'xl/styles.xml']),
    date1904,
    sheetXml: (path) => {
      const xml = files[path];
      if (!xml) throw new Error(`No sheet part ${path}`);
      return strFromU8(xml);
    },
  };
}

/** "BC12" → column 55 (1-based) and row 12. */
function cellPosition(reference: string): { column: number; row: number } {
  let column = 0;
  let i = 0;
  for (; i < reference.length; i += 1) {
    const code = reference.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return { column, row: Number(reference.slice(i)) };
}

const excelToDate = (serial: number, date1904: boolean) => new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));

export interface ParsedRow {
  rowNumber: number;
  hidden: boolean;
  /** Cells by column, 0-based; a cell not in the file is undefined. */
  cells: CellValue[];
}

/** The first cell of a row that lies in a merged range and is not its top-left cell (whose value the range shows): its column, 1-based, or null. */
export type MergedCellIn = (row: number) => number | null;

/**
 * Parses a sheet's XML, handing each row with a value to `onRow` as it is read (a cell's value as
 * Excel shows it: a formula's last result, a date for a number formatted as one), after the last
 * row the sheet states it uses to `onSize`, when it does. Returns where cells are merged, which the
 * XML lists after the rows.
 */
export function parseSheetRows(xlsx: XlsxPackage, path: string, onSize: (lastRow: number) => void, onRow: (row: ParsedRow) => void): MergedCellIn {
  let row: ParsedRow | null = null;
  let rowNumber = 0;
  let column = 0;
  let type = '';
  let style = 0;
  let text = '';
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  let hasValue = false;
  const merged: { top: number; left: number; bottom: number; right: number }[] = [];

  const open = (name: string, { attributes }: SaxesTagPlain) => {
    switch (name) {
      case 'row': {
        rowNumber = attributes.r ? Number(attributes.r) : rowNumber + 1;
        row = { rowNumber, hidden: isTrue(attributes.hidden), cells: [] };
        column = 0;
        hasValue = false;
        break;
      }
      case 'c': {
        column = attributes.r ? cellPosition(attributes.r).column : column + 1;
        type = attributes.t ?? 'n';
        style = Number(attributes.s ?? 0);
        text = '';
        inInline = false;
        break;
      }
      case 'v':
        inValue = true;
        text = '';
        break;
      case 'is':
        inInline = true;
        text = '';
        break;
      case 't':
        if (inInline && !inPhonetic) inValue = true;
        break;
      case 'rPh':
        inPhonetic = true;
        break;
      case 'dimension': {
        const last = (attributes.ref ?? '').split(':').pop();
        if (last) onSize(cellPosition(last).row);
        break;
      }
      case 'mergeCell': {
        const [from, to] = (attributes.ref ?? '').split(':');
        if (from && to) {
          const start = cellPosition(from);
          const end = cellPosition(to);
          merged.push({ top: start.row, left: start.column, bottom: end.row, right: end.column });
        }
        break;
      }
    }
  };
  const close = (name: string) => {
    switch (name) {
      case 'v':
      case 't':
        inValue = false;
        break;
      case 'rPh':
        inPhonetic = false;
        break;
      case 'is':
        inInline = false;
        break;
      case 'c':
        if (row && text !== '') {
          row.cells[column - 1] = cellValue(xlsx, type, style, text);
          hasValue = true;
        }
        text = '';
        break;
      case 'row':
        if (row && hasValue) onRow(row);
        row = null;
        break;
    }
  };
  parseXml(xlsx.sheetXml(path), {
    open,
    close,
    text(chunk) {
      if (inValue) text += chunk;
    },
  });
  return (r) => {
    const columns = merged.filter((m) => r >= m.top && r <= m.bottom && (r !== m.top || m.right > m.left)).map((m) => (r === m.top ? m.left + 1 : m.left));
    return columns.length > 0 ? Math.min(...columns) : null;
  };
}

function cellValue(xlsx: XlsxPackage, type: string, style: number, text: string): CellValue {
  switch (type) {
    case 's':
      return xlsx.sharedStrings[Number(text)] ?? null;
    case 'str':
    case 'inlineStr':
      return text;
    case 'b':
      return text === '1' || text === 'true';
    case 'e':
      return null;
    case 'd': {
      const date = new Date(text);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      const number = Number(text);
      if (Number.isNaN(number)) return text;
      const shape = xlsx.numberShapes[style];
      // The percentage as shown, without the binary fraction's tail (0,27 × 100 is 27,000000000000004).
      return shape === 'date' ? excelToDate(number, xlsx.date1904) : shape === 'percent' ? Number((number * 100).toPrecision(15)) : number;
    }
  }
}
