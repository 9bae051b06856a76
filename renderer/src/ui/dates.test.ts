import { describe, expect, it } from 'vitest';
import { parseDate, showDate } from './dates.js';

describe('typed dates', () => {
  it('reads the ways Indonesian offices write a date', () => {
    expect(parseDate('23/03/2017')).toBe('2017-03-23');
    expect(parseDate('23-3-2017')).toBe('2017-03-23');
    expect(parseDate(' 1.12.2024 ')).toBe('2024-12-01');
    expect(parseDate('2017-03-23')).toBe('2017-03-23');
  });

  it('passes anything else on as typed, for the main process to refuse', () => {
    expect(parseDate('23 Maret 2017')).toBe('23 Maret 2017');
    expect(parseDate('03/23')).toBe('03/23');
  });

  it('shows a stored date as dd/mm/yyyy', () => {
    expect(showDate('2017-03-23')).toBe('23/03/2017');
    expect(showDate('')).toBe('');
  });
});
