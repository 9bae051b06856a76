// Long work on the main thread, cut into turns so the process keeps answering other calls.

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

/** Lets other calls through between the reads of a long job (a report's or a recap's queries). */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
