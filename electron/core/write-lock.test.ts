import { describe, expect, it } from 'vitest';
import { WriteLock } from './write-lock.js';

/** A job that ends when the test says so, noting its start and end. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    job: async () => {
      log.push(`${name} start`);
      await opened;
      log.push(`${name} end`);
    },
    open,
  };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('write lock', () => {
  it('lets ordinary writes run beside a backup', async () => {
    const lock = new WriteLock();
    const log: string[] = [];
    const backup = gate(log, 'backup');
    const backingUp = lock.runBeside(backup.job);
    await lock.run(() => log.push('write'));
    backup.open();
    await backingUp;
    expect(log).toEqual(['backup start', 'write', 'backup end']);
  });

  it('starts a long write after the running backup, and holds a new backup and the next write until it ends', async () => {
    const lock = new WriteLock();
    const log: string[] = [];
    const first = gate(log, 'backup 1');
    const importing = gate(log, 'import');
    const backingUp = lock.runBeside(first.job);
    const longWrite = lock.runLong(importing.job);
    await settle();
    expect(log).toEqual(['backup 1 start']);
    first.open();
    await backingUp;
    await settle();
    const second = lock.runBeside(async () => void log.push('backup 2'));
    const write = lock.run(() => void log.push('write'));
    await settle();
    expect(log).toEqual(['backup 1 start', 'backup 1 end', 'import start']);
    importing.open();
    await Promise.all([longWrite, second, write]);
    expect(log).toEqual(['backup 1 start', 'backup 1 end', 'import start', 'import end', 'backup 2', 'write']);
  });

  it('runs backups one after another, also two that waited for the same long write', async () => {
    const lock = new WriteLock();
    const log: string[] = [];
    const importing = gate(log, 'import');
    const first = gate(log, 'backup 1');
    const longWrite = lock.runLong(importing.job);
    await settle();
    const backups = [lock.runBeside(first.job), lock.runBeside(async () => void log.push('backup 2'))];
    importing.open();
    await longWrite;
    await settle();
    expect(log).toEqual(['import start', 'import end', 'backup 1 start']);
    first.open();
    await Promise.all(backups);
    expect(log).toEqual(['import start', 'import end', 'backup 1 start', 'backup 1 end', 'backup 2']);
  });
});
