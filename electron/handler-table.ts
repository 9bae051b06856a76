import { auditHandlers } from './areas/audit/handlers.js';
import { backupHandlers } from './areas/backup/handlers.js';
import { exchangeHandlers } from './areas/exchange/handlers.js';
import { excelHandlers } from './areas/excel/handlers.js';
import { homeHandlers } from './areas/home/handlers.js';
import { kampungKbHandlers } from './areas/kampung-kb/handlers.js';
import { officeHandlers } from './areas/office/handlers.js';
import { poktanHandlers } from './areas/poktan/handlers.js';
import { rakordaHandlers } from './areas/rakorda/handlers.js';
import { referenceHandlers } from './areas/reference/handlers.js';
import { trashHandlers } from './areas/trash/handlers.js';
import { systemHandlers } from './areas/system/handlers.js';
import { mergeHandlerTables } from './core/handler.js';

/** Every channel the renderer may call, under Electron IPC and the loopback web host alike. */
export const handlerTable = mergeHandlerTables(systemHandlers, officeHandlers, referenceHandlers, kampungKbHandlers, poktanHandlers, rakordaHandlers, homeHandlers, excelHandlers, backupHandlers, auditHandlers, trashHandlers, exchangeHandlers);

/** Channels after which an automatic backup is made: they change many records at once. */
export const LARGE_CHANGE_CHANNELS: ReadonlySet<string> = new Set(['excel-import', 'need-bulk-deliver', 'kampung-kb-rules-save', 'exchange-apply']);

export type Handlers = typeof handlerTable;
