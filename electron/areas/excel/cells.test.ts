import { describe, expect, it } from 'vitest';
import { foldPlace, toDecimal, toIsoDate, toSignedDecimal, toWholeNumber, toYesNo } from './cells.js';

describe('reading cells', () => {
  it('reads dates as offices type them, and only real calendar dates', () => {
    expect(toIsoDate('23/03/2017')).toBe('2017-03-23');
    expect(toIsoDate('3-4-2018')).toBe('2018-04-03');
    expect(toIsoDate('2018-04-03')).toBe('2018-04-03');
    expect(toIsoDate(new Date(Date.UTC(2017, 2, 23)))).toBe('2017-03-23');
    expect(toIsoDate('30/02/2024')).toBe('invalid');
    expect(toIsoDate('Maret 2017')).toBe('invalid');
    expect(toIsoDate(null)).toBeNull();
  });

  it('reads numbers with Indonesian separators and refuses text and negatives', () => {
    expect(toWholeNumber('1.250')).toBe(1250);
    expect(toWholeNumber(25)).toBe(25);
    expect(toWholeNumber(2.5)).toBe('invalid');
    expect(toWholeNumber(-3)).toBe('invalid');
    expect(toDecimal('1.234,5')).toBe(1234.5);
    expect(toDecimal('12,5%')).toBe(12.5);
    expect(toDecimal('7686')).toBe(7686);
    // "1,234.5" is the English way; read as Indonesian it is no number at all.
    expect(toDecimal('1,234.5')).toBe('invalid');
    expect(toDecimal('seribu')).toBe('invalid');
    expect(toSignedDecimal('-6,35')).toBe(-6.35);
    expect(toSignedDecimal(106.25)).toBe(106.25);
    expect(toSignedDecimal('6°21′')).toBe('invalid');
  });

  it('reads Ya/Tidak and place names in their common variants', () => {
    expect([toYesNo('Ya'), toYesNo('tidak aktif'), toYesNo('1'), toYesNo(null), toYesNo('mungkin')]).toEqual([true, false, true, null, 'invalid']);
    expect(foldPlace('KECAMATAN  Bayah')).toBe('bayah');
    expect(foldPlace('Kel. Cijoro Lebak')).toBe('cijoro lebak');
    expect(foldPlace('Nagari Situjuah')).toBe('situjuah');
  });
});
