/**
 * "Rina Marlina" → "rina-marlina": a stable code made from the first label of a new choice or
 * indicator. A label longer than the code may be is cut at a word's end: a code ending in half a
 * word reads as a typo on every list and in every exchange package.
 */
export function codeFromLabel(label: string, maxLength = 60): string {
  const code = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (code.length <= maxLength) return code;
  // One character more: a word that ends exactly at the limit is kept whole.
  const wordEnd = code.slice(0, maxLength + 1).lastIndexOf('-');
  return wordEnd > 0 ? code.slice(0, wordEnd) : code.slice(0, maxLength);
}
