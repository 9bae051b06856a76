/**
 * The order of writes on the app's one database connection. Most writes are a single synchronous
 * transaction and could not interleave anyway; a long write (a 10.000-row import) runs its
 * transaction in slices with pauses so the process keeps answering, and every other write waits
 * here instead of landing inside that open transaction. Backups run beside ordinary writes
 * (SQLite's online backup takes in what the same connection writes meanwhile), but never while a
 * long write's transaction is open: the copy would hold half of it. Backups take turns among
 * themselves: two copies at once only compete for the disk, and two started in the same
 * millisecond (both waiting for one import) would be written to the same file name.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();
  private long: Promise<unknown> | null = null;
  /** The backup running now: one at a time (see runBeside). */
  private backup: Promise<unknown> | null = null;
  private besideTail: Promise<unknown> = Promise.resolve();

  /** An ordinary write, in its turn. */
  run<R>(job: () => R | Promise<R>): Promise<R> {
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** A long write (or a restore): in its turn, after the backups already running, with new ones waiting for it. */
  runLong<R>(job: () => Promise<R>): Promise<R> {
    return this.run(async () => {
      const done = (async () => {
        await this.backup?.catch(() => undefined);
        return job();
      })();
      this.long = done;
      try {
        return await done;
      } finally {
        this.long = null;
      }
    });
  }

  /** A backup: beside ordinary writes, never inside a long write, after the backups before it. */
  async runBeside<R>(job: () => Promise<R>): Promise<R> {
    const previous = this.besideTail;
    let done!: () => void;
    this.besideTail = new Promise<void>((resolve) => (done = resolve));
    try {
      await previous;
      while (this.long) await this.long.catch(() => undefined);
      // Counted as running only from here: a long write waits for running backups, and a backup
      // still waiting for its turn must not hold up the long write it is waiting behind.
      const running = job();
      this.backup = running;
      try {
        return await running;
      } finally {
        this.backup = null;
      }
    } finally {
      done();
    }
  }
}
