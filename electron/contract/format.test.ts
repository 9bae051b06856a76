import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatIndicatorValue, formatMonthYear, formatNip, formatNumber, formatPercent, formatShare } from './format.js';

describe('Indonesian formatting', () => {
  it('groups thousands with dots and uses a decimal comma', () => {
    expect(formatNumber(10813)).toBe('10.813');
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(0)).toBe('0');
    expect(formatNumber(7.4, 2)).toBe('7,40');
  });

  it('prints percentages with two decimals', () => {
    expect(formatPercent((10813 / 10686) * 100)).toBe('101,19%');
    expect(formatPercent(63.41)).toBe('63,41%');
    expect(formatPercent(100)).toBe('100,00%');
  });

  it('prints a figure not filled in as a dash, where a 0 is a 0', () => {
    expect(formatCount(null)).toBe('–');
    expect(formatCount(undefined)).toBe('–');
    expect(formatCount(0)).toBe('0');
    expect(formatCount(10813)).toBe('10.813');
    expect(formatShare(10813, 10686)).toBe('101,19%');
    expect(formatShare(0, 200)).toBe('0,00%');
    expect(formatShare(null, 200)).toBe('–');
    expect(formatShare(50, null)).toBe('–');
    expect(formatShare(50, 0)).toBe('–');
  });

  it('writes dates as "23 Maret 2017", whatever the machine’s time zone', () => {
    expect(formatDate('2017-03-23')).toBe('23 Maret 2017');
    expect(formatDate('2024-12-01')).toBe('1 Desember 2024');
    expect(formatMonthYear(2023, 8)).toBe('Agustus 2023');
  });

  it('prints a NIP in its 8-6-1-3 groups', () => {
    expect(formatNip('197503122000032004')).toBe('19750312 200003 2 004');
    expect(formatNip('123')).toBe('123');
  });
});

describe('indicator values', () => {
  it('print as the evaluation table shows them', () => {
    expect([formatIndicatorValue(null, 'orang'), formatIndicatorValue(10813, 'orang'), formatIndicatorValue(12.5, 'orang'), formatIndicatorValue(65, '%'), formatIndicatorValue(101.194, '%')]).toEqual(['–', '10.813', '12,50', '65,00', '101,19']);
  });
});
