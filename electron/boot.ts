import { closeDatabase } from '../db/open.js';
import { createAppContext } from './app-context.js';
import { rememberCleanClose } from './clean-close.js';
import { appVersion } from './app-version.js';
import { automaticBackup, dailyBackupIfDue } from './areas/backup/service.js';
import { createDispatch, type Dispatch } from './core/dispatch.js';
import { mergeHandlerTables, type AppContext, type HandlerTable } from './core/handler.js';
import { handlerTable, LARGE_CHANGE_CHANNELS } from './handler-table.js';

export interface Core {
  app: AppContext;
  dispatch: Dispatch;
  /** Makes the closing backup, then closes the database. */
  close(): Promise<void>;
}

const DAILY_BACKUP_DELAY_MS = 10_000;

/**
 * What both hosts (Electron and the web host) start from: the data folder's database and the
 * handler table, plus the host's own channels (Electron's file dialogs).
 */
export function bootCore(dataDir: string, hostHandlers: HandlerTable = {}): Core {
  const app = createAppContext({ dataDir, appVersion: appVersion() });
  // The first start of a day makes the daily backup a little later, so it does not compete with
  // the first screen for the disk and the CPU (a district database takes about a second to copy).
  setTimeout(() => void dailyBackupIfDue(app), DAILY_BACKUP_DELAY_MS).unref();
  // A large change that wrote nothing (a file of rows stored as they are, or all skipped) needs no copy.
  const afterSuccess = (channel: string, wrote: boolean) => {
    if (wrote && LARGE_CHANGE_CHANNELS.has(channel)) void automaticBackup(app, 'perubahan-besar');
  };
  return {
    app,
    dispatch: createDispatch(mergeHandlerTables(handlerTable, hostHandlers), app, console.error, afterSuccess),
    close: () => closeApp(app),
  };
}

/** The closing backup, then the database closed; a verified closing backup lets the next start skip its full check. */
export async function closeApp(app: AppContext): Promise<void> {
  if (!app.database) return;
  const backup = await automaticBackup(app, 'tutup');
  closeDatabase(app.database);
  app.database = null;
  if (backup?.ok && app.databaseStatus.state === 'open') rememberCleanClose(app.dataDir, app.databaseStatus.file);
}
