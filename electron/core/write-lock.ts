/**
 * Writes to the app's one database connection, one after another. Most writes are a single
 * synchronous transaction and could not interleave anyway; a long write (a 10.000-row import)
 * runs its transaction in slices with pauses so the process keeps answering, and every other
 * write, backup and restore waits here instead of landing inside that open transaction.
 */
export class WriteLock {
  private tail: Promise<unknown> = Promise.resolve();

  run<R>(job: () => R | Promise<R>): Promise<R> {
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/**
 * A pause to call between units of a long job: it yields to the event loop once the current
 * slice has run for `budgetMs`, so no single slice holds the process longer than that.
 */
export function slicer(budgetMs = 25): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await new Promise((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
