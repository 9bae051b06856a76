// Long work on the main thread, cut into turns so the process keeps answering other calls.

/**
 * A pause to call between units of a long job: it yields to the event loop once the current
 * slice has run for `budgetMs`, so no single slice holds the process longer than that.
 */
export function slicer(budgetMs = 25): () => Promise<void> {
  let sliceStart = performance.now();
  return async () => {
    if (performance.now() - sliceStart < budgetMs) return;
    await nextTurn();
    sliceStart = performance.now();
  };
}

const immediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Lets other calls through between the reads of a long job (a report's or a recap's queries).
 * Two immediates: a job resumed by I/O (a worker's answer, a request) runs in the event loop's
 * poll phase, and one immediate then comes back in the same loop turn, before timers and
 * before the next poll for I/O: nothing else would have run.
 */
export async function nextTurn(): Promise<void> {
  await immediate();
  await immediate();
}
