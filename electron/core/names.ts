/** A name as a list tells two entries apart: case and runs of spaces do not count ("Dasar" and " dasar "). */
export const foldName = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();
