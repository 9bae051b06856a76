// What the renderer learns at start: whether the database opened, and if not, why.

export type DatabaseProblem = 'corrupt' | 'locked' | 'read-only' | 'cannot-open' | 'newer-version' | 'unknown';

export type DatabaseStatus =
  | { state: 'open'; file: string; schemaVersion: number }
  | { state: 'failed'; file: string; problem: DatabaseProblem; message: string; detail: string };

export interface AppStatus {
  appVersion: string;
  dataDir: string;
  database: DatabaseStatus;
  officeConfigured: boolean;
  /** Who is working (empty until someone is chosen) and the names used before on this PC. */
  operator: string;
  operators: string[];
}
