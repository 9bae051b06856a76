import type { ChannelOutput } from '../../../../electron/contract/channels.js';

type Preview = ChannelOutput<'excel-preview'>;

/**
 * What the user should know about the columns chosen: the file's columns with a header that
 * feed no field (data an office typed that would not be imported), and a column that feeds two
 * fields (a slip in the mapping, which otherwise shows only as odd problems in every row).
 */
export function mappingNotes(preview: Pick<Preview, 'headers' | 'fields' | 'mapping'>) {
  const fieldsOf = new Map<number, string[]>();
  for (const field of preview.fields) {
    const column = preview.mapping[field.key];
    if (column !== undefined) fieldsOf.set(column, [...(fieldsOf.get(column) ?? []), field.header]);
  }
  const unused = preview.headers.filter((header, column) => header.trim() !== '' && !fieldsOf.has(column));
  const doubled = [...fieldsOf].filter(([, fields]) => fields.length > 1).map(([column, fields]) => ({ header: preview.headers[column] || `Kolom ${column + 1}`, fields }));
  return { unused, doubled };
}
