import { describe, expect, it } from 'vitest';
import { backupFileName, backupsToRemove, BACKUP_PATTERN, type BackupFile } from './backup.js';

const files = (dates: string[]): BackupFile[] => dates.map((date) => ({ fileName: `sinergi-kb-${date}T080000000-harian.db`, date })).sort((a, b) => b.fileName.localeCompare(a.fileName));

describe('backup rotation', () => {
  it('names backups so they sort by time and carry the reason', () => {
    const name = backupFileName(new Date('2026-03-05T07:08:09.123Z'), 'harian');
    expect(name).toBe('sinergi-kb-2026-03-05T070809123-harian.db');
    expect(BACKUP_PATTERN.exec(name)?.slice(1)).toEqual(['2026-03-05', '07', '08', '09', 'harian']);
  });

  it('keeps 7 daily, 4 weekly and 12 monthly backups', () => {
    // One backup a day for 400 days up to 2026-03-31.
    const dates = Array.from({ length: 400 }, (_, i) => new Date(Date.UTC(2026, 2, 31) - i * 86_400_000).toISOString().slice(0, 10));
    const all = files(dates);
    const removed = new Set(backupsToRemove(all));
    const kept = all.filter((f) => !removed.has(f.fileName)).map((f) => f.date);
    // The last 7 days; the newest of the 4 latest ISO weeks add none (they are covered by the days)
    // except the previous week's Sunday; the newest of each of 12 months.
    expect(kept.slice(0, 7)).toEqual(['2026-03-31', '2026-03-30', '2026-03-29', '2026-03-28', '2026-03-27', '2026-03-26', '2026-03-25']);
    expect(kept).toContain('2026-03-22');
    expect(kept).toContain('2026-02-28');
    expect(kept).toContain('2025-04-30');
    expect(kept).not.toContain('2025-03-31');
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(kept.length).toBeGreaterThanOrEqual(12);
  });

  it('removes nothing while there are few backups, keeps the latest day and every manual one', () => {
    expect(backupsToRemove(files(['2026-03-01', '2026-03-02']))).toEqual([]);
    const sameDay = [
      { fileName: 'sinergi-kb-2026-03-02T170000000-tutup.db', date: '2026-03-02' },
      { fileName: 'sinergi-kb-2026-03-02T080000000-harian.db', date: '2026-03-02' },
      { fileName: 'sinergi-kb-2026-03-01T170000000-tutup.db', date: '2026-03-01' },
      { fileName: 'sinergi-kb-2026-03-01T080000000-harian.db', date: '2026-03-01' },
      { fileName: 'sinergi-kb-2025-01-01T080000000-manual.db', date: '2025-01-01' },
    ];
    expect(backupsToRemove(sameDay)).toEqual(['sinergi-kb-2026-03-01T080000000-harian.db']);
  });

  it('keeps of the latest day (a day of imports) its first backup and its newest 5, and the manual ones', () => {
    const hours = ['16', '15', '14', '13', '12', '11', '10'];
    const today = hours.map((hour) => ({ fileName: `sinergi-kb-2026-03-02T${hour}0000000-perubahan-besar.db`, date: '2026-03-02' }));
    const manual = { fileName: 'sinergi-kb-2026-03-02T093000000-manual.db', date: '2026-03-02' };
    const daily = { fileName: 'sinergi-kb-2026-03-02T080000000-harian.db', date: '2026-03-02' };
    expect(backupsToRemove([...today, manual, daily])).toEqual(['sinergi-kb-2026-03-02T110000000-perubahan-besar.db', 'sinergi-kb-2026-03-02T100000000-perubahan-besar.db']);
  });
});
