/** A name as a list tells two entries apart: case and runs of spaces do not count ("Dasar" and " dasar "). */
export const foldName = (name: string): string => name.toLowerCase().replace(/\s+/g, ' ').trim();

/** For comparing labels and item names (stages, statuses, catalogue items): case, spacing and punctuation ignored. */
export const foldLabel = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
