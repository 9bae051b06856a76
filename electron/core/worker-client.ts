import { Worker, type MessagePort, type Transferable } from 'node:worker_threads';

// One worker thread per job kind, for long synchronous work that would otherwise freeze every
// other call (PDF layout, checking a backup copy, reading or writing a workbook). Started on first
// use, kept for the jobs that follow (the slices of one workbook, prints in a row), and stopped
// after its kind's idle time (a second unless the kind keeps it longer) or as soon as another kind
// starts a thread: a stopped thread gives its memory back (the PDF worker's ≈ 100 MB), and threads
// left idle side by side were most of the app's peak memory. Nor do they keep the process alive.
// The entry module answers each `{ id, input }` message with `{ id, output }` or `{ id, error }`,
// and may send `{ id, partial }` messages before it (the rows of a sheet as it is parsed).

const IDLE_MS = 1_000;

/**
 * Each client's "stop your thread now if it has nothing to do". A thread kept warm for jobs of
 * its kind (prints in a row) is stopped as soon as another kind of job starts a thread: idle
 * threads never pile up beside working ones.
 */
const idleStoppers = new Set<() => void>();

export interface WorkerClient<I, O, P = never> {
  /** `onPartial` receives what the job sends before its answer, in order, while the thread works on. */
  run(input: I, transfer?: Transferable[], onPartial?: (partial: P) => void): Promise<O>;
  /**
   * Keeps the thread from its idle stop until `release`: for work that spans several jobs with
   * state kept in the thread between them (a workbook being written, a sheet being fetched).
   */
  hold(): void;
  release(): void;
}

/** `entry` is the worker module's URL without its extension (`new URL('./x-worker', import.meta.url)`). */
export function workerClient<I, O, P = never>(entry: URL, idleMs = IDLE_MS): WorkerClient<I, O, P> {
  type Running = { thread: Worker; pending: Map<number, { resolve: (output: O) => void; reject: (error: Error) => void; onPartial?: (partial: P) => void }> };
  let worker: Running | undefined;
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let holds = 0;

  function stopIfIdle(running: Running | undefined): void {
    if (!running || worker !== running || running.pending.size > 0 || holds > 0) return;
    clearTimeout(idleTimer);
    worker = undefined;
    void running.thread.terminate();
  }
  const stopOwnIfIdle = () => stopIfIdle(worker);
  idleStoppers.add(stopOwnIfIdle);

  function stopWhenIdle(running: Running): void {
    if (running.pending.size > 0 || holds > 0) return;
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => stopIfIdle(running), idleMs).unref();
  }

  function start(): Running {
    for (const stop of idleStoppers) if (stop !== stopOwnIfIdle) stop();
    // Run from the TypeScript sources (unit tests, from the project folder), the worker loads its .ts file through tsx.
    const thread = import.meta.url.endsWith('.ts')
      ? new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(`${entry.href}.ts`)}); })`, { eval: true })
      : new Worker(new URL(`${entry.href}.js`));
    // Each thread has its own jobs: a thread stopped when idle exits while its successor may
    // already be working, and its exit must not fail the successor's jobs.
    const started: Running = { thread, pending: new Map() };
    const { pending } = started;
    thread.on('message', (message: { id: number; output?: O; error?: string } | { id: number; partial: P }) => {
      if ('partial' in message) {
        pending.get(message.id)?.onPartial?.(message.partial);
        return;
      }
      const { id, output, error } = message;
      const job = pending.get(id);
      pending.delete(id);
      if (pending.size === 0) thread.unref();
      stopWhenIdle(started);
      if (error === undefined) job?.resolve(output as O);
      else job?.reject(new Error(error));
    });
    const fail = (error: Error) => {
      if (worker === started) worker = undefined;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    };
    thread.on('error', fail);
    thread.on('exit', (code) => fail(new Error(`Worker ${entry.pathname} exited with code ${code}`)));
    // Unref'd after the listeners are attached (a 'message' listener refs the worker again).
    thread.unref();
    return started;
  }

  return {
    run(input, transfer = [], onPartial) {
      clearTimeout(idleTimer);
      const running = (worker ??= start());
      running.thread.ref();
      const id = nextId++;
      return new Promise<O>((resolve, reject) => {
        running.pending.set(id, { resolve, reject, onPartial });
        running.thread.postMessage({ id, input }, transfer);
      });
    },
    hold() {
      holds += 1;
      clearTimeout(idleTimer);
    },
    release() {
      holds -= 1;
      if (worker) stopWhenIdle(worker);
    },
  };
}

/**
 * The worker side: answers each job with `handle`'s result (its transfer list too) or the error's
 * text; `send` hands the caller a part of the result before it (see `run`'s `onPartial`).
 */
export function serveJobs<I, O, P = never>(port: MessagePort, handle: (input: I, send: (partial: P) => void) => Promise<{ output: O; transfer?: Transferable[] }>): void {
  port.on('message', async ({ id, input }: { id: number; input: I }) => {
    try {
      const { output, transfer = [] } = await handle(input, (partial) => port.postMessage({ id, partial }));
      port.postMessage({ id, output }, transfer);
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
