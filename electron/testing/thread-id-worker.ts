import { parentPort, threadId } from 'node:worker_threads';
import { serveJobs } from '../core/worker-client.js';

// A worker for testing the worker client: answers every job with the id of its thread.

serveJobs<null, number>(parentPort!, async () => ({ output: threadId }));
