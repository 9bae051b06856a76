import { getOffice } from '../../../db/queries/office.js';
import { knownOperators } from '../../../db/queries/operators.js';
import type { AppStatus } from '../../contract/status.js';
import { noInput } from '../../core/fields.js';
import { read } from '../../core/handler.js';

export const systemHandlers = {
  /** Answers even when the database failed to open, so the renderer can explain why. */
  'app-status': read(noInput, ({ app }): AppStatus => ({
    appVersion: app.appVersion,
    dataDir: app.dataDir,
    database: app.databaseStatus,
    officeConfigured: app.database ? getOffice(app.database) !== null : false,
    operator: app.operator,
    operators: app.database ? knownOperators(app.database) : [],
  })),
};
