import { closeDatabase } from '../db/open.js';
import { createAppContext } from './app-context.js';
import { appVersion } from './app-version.js';
import { createDispatch, type Dispatch } from './core/dispatch.js';
import type { AppContext } from './core/handler.js';
import { handlerTable } from './handler-table.js';

export interface Core {
  app: AppContext;
  dispatch: Dispatch;
  close(): void;
}

/** What both hosts (Electron and the web host) start from: the data folder's database and the handler table. */
export function bootCore(dataDir: string): Core {
  const app = createAppContext({ dataDir, appVersion: appVersion() });
  return {
    app,
    dispatch: createDispatch(handlerTable, app),
    close: () => {
      if (app.database) closeDatabase(app.database);
    },
  };
}
