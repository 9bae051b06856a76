import { parentPort } from 'node:worker_threads';
import { serveJobs } from '../electron/core/worker-client.js';
import { inspectDatabaseFile } from './backup.js';

// Checks a backup copy (integrity_check reads every page: seconds at province scale) off the main thread.

serveJobs<string, ReturnType<typeof inspectDatabaseFile>>(parentPort!, async (file) => ({ output: inspectDatabaseFile(file) }));
