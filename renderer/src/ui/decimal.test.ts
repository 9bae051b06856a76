import { describe, expect, it } from 'vitest';
import { editDecimal, parseDecimal, showFigure } from './decimal.js';

describe('parseDecimal', () => {
  it('reads Indonesian figures', () => {
    expect(parseDecimal('10.813')).toBe(10813);
    expect(parseDecimal('9,5')).toBe(9.5);
    expect(parseDecimal('1.234,5')).toBe(1234.5);
    expect(parseDecimal(' 63,41% ')).toBe(63.41);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('–')).toBeNull();
    // A minus is read, so the cell is refused as negative rather than as not a number.
    expect(parseDecimal('-20')).toBe(-20);
    expect(parseDecimal('−1.234,5')).toBe(-1234.5);
  });

  it('passes text on as typed', () => {
    expect(parseDecimal('sepuluh')).toBe('sepuluh');
    expect(parseDecimal('10.81')).toBe('10.81');
  });

  it('writes a figure for editing', () => {
    expect(editDecimal(9.5)).toBe('9,5');
    expect(editDecimal(10813)).toBe('10813');
    expect(editDecimal(null)).toBe('');
  });

  it('shows a stored figure as the office reads it, and reads it back unchanged', () => {
    expect(showFigure(10813)).toBe('10.813');
    expect(showFigure(1234567.25)).toBe('1.234.567,25');
    expect(showFigure(2.75)).toBe('2,75');
    expect(showFigure(null)).toBe('');
    for (const value of [0, 7, 999, 1000, 15000, 12.5, 0.125, 1234.5678, 33.333333333333336]) expect(parseDecimal(showFigure(value))).toBe(value);
  });
});
