import { closeDatabase } from '../db/open.js';
import { createAppContext } from './app-context.js';
import { appVersion } from './app-version.js';
import { dailyBackupIfDue, makeBackup } from './areas/backup/service.js';
import { createDispatch, type Dispatch } from './core/dispatch.js';
import { mergeHandlerTables, type AppContext, type HandlerTable } from './core/handler.js';
import { handlerTable, LARGE_CHANGE_CHANNELS } from './handler-table.js';

export interface Core {
  app: AppContext;
  dispatch: Dispatch;
  /** Makes the closing backup, then closes the database. */
  close(): Promise<void>;
}

const logBackupFailure = (error: unknown) => console.error('Automatic backup failed', error);

/**
 * What both hosts (Electron and the web host) start from: the data folder's database and the
 * handler table, plus the host's own channels (Electron's file dialogs).
 */
export function bootCore(dataDir: string, hostHandlers: HandlerTable = {}): Core {
  const app = createAppContext({ dataDir, appVersion: appVersion() });
  void dailyBackupIfDue(app).catch(logBackupFailure);
  const afterSuccess = (channel: string) => {
    if (LARGE_CHANGE_CHANNELS.has(channel)) void makeBackup(app, 'perubahan-besar').catch(logBackupFailure);
  };
  return {
    app,
    dispatch: createDispatch(mergeHandlerTables(handlerTable, hostHandlers), app, console.error, afterSuccess),
    close: async () => {
      if (!app.database) return;
      await makeBackup(app, 'tutup').catch(logBackupFailure);
      closeDatabase(app.database);
    },
  };
}
