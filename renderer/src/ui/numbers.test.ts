import { describe, expect, it } from 'vitest';
import { parseCount, parseOptionalCount } from './numbers.js';

describe('parseCount', () => {
  it('reads whole numbers as office staff type them', () => {
    expect(parseCount('1.000')).toBe(1000);
    expect(parseCount('1 250')).toBe(1250);
    expect(parseCount('12.345.678')).toBe(12345678);
    expect(parseCount('42')).toBe(42);
    expect(parseCount('')).toBe(0);
  });

  it('passes on what is not a whole number, for the main process to name the problem', () => {
    expect(parseCount('10,5')).toBe('10,5');
    expect(parseCount('1.5')).toBe('1.5');
    expect(parseCount('dua')).toBe('dua');
    expect(parseCount('-3')).toBe(-3);
  });
});

describe('parseOptionalCount', () => {
  it('reads a blank figure as not filled in, and a typed 0 as 0', () => {
    expect(parseOptionalCount('')).toBeNull();
    expect(parseOptionalCount('   ')).toBeNull();
    expect(parseOptionalCount('0')).toBe(0);
    expect(parseOptionalCount('1.250')).toBe(1250);
    expect(parseOptionalCount('dua')).toBe('dua');
  });
});
