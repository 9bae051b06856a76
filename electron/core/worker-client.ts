import { Worker, type MessagePort, type Transferable } from 'node:worker_threads';

// One worker thread per job kind, for long synchronous work that would otherwise freeze every
// other call (PDF layout, checking a backup copy, reading or writing a workbook). Started on first
// use, kept for the jobs that follow at once (the slices of one workbook, prints in a row), and
// stopped after an idle second: a stopped thread gives its memory back (the PDF worker's ≈ 100 MB),
// and threads left idle side by side were most of the app's peak memory. Nor do they keep the
// process alive. The entry module answers each `{ id, input }` message with `{ id, output }` or
// `{ id, error }`.

const IDLE_MS = 1_000;

export interface WorkerClient<I, O> {
  run(input: I, transfer?: Transferable[]): Promise<O>;
}

/** `entry` is the worker module's URL without its extension (`new URL('./x-worker', import.meta.url)`). */
export function workerClient<I, O>(entry: URL, idleMs = IDLE_MS): WorkerClient<I, O> {
  let worker: Worker | undefined;
  const pending = new Map<number, { resolve: (output: O) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  function start(): Worker {
    // Run from the TypeScript sources (unit tests, from the project folder), the worker loads its .ts file through tsx.
    const started = import.meta.url.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(`${entry.href}.ts`)}); })`, { eval: true })
      : new Worker(new URL(`${entry.href}.js`));
    started.on('message', ({ id, output, error }: { id: number; output?: O; error?: string }) => {
      const job = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) {
        started.unref();
        idleTimer = setTimeout(() => {
          if (worker !== started || pending.size > 0) return;
          worker = undefined;
          void started.terminate();
        }, idleMs).unref();
      }
      if (error === undefined) job?.resolve(output as O);
      else job?.reject(new Error(error));
    });
    const fail = (error: Error) => {
      if (worker === started) worker = undefined;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    };
    started.on('error', fail);
    started.on('exit', (code) => fail(new Error(`Worker ${entry.pathname} exited with code ${code}`)));
    // Unref'd after the listeners are attached (a 'message' listener refs the worker again).
    started.unref();
    return started;
  }

  return {
    run(input, transfer = []) {
      clearTimeout(idleTimer);
      worker ??= start();
      worker.ref();
      const id = nextId++;
      return new Promise<O>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker!.postMessage({ id, input }, transfer);
      });
    },
  };
}

/** The worker side: answers each job with `handle`'s result (its transfer list too) or the error's text. */
export function serveJobs<I, O>(port: MessagePort, handle: (input: I) => Promise<{ output: O; transfer?: Transferable[] }>): void {
  port.on('message', async ({ id, input }: { id: number; input: I }) => {
    try {
      const { output, transfer = [] } = await handle(input);
      port.postMessage({ id, output }, transfer);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
