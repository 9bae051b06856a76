import { closeDatabase } from '../db/open.js';
import { createAppContext } from '../electron/app-context.js';
import { createDispatch } from '../electron/core/dispatch.js';
import { handlerTable } from '../electron/handler-table.js';
import { generate, SCALES, type ScaleName } from './generate.js';

// `node out/tools/generate-data.js <district|province> <data folder>`: writes one scale's data
// through the handlers into a data folder, then closes the database cleanly (WAL checkpointed).

const [scaleName, dataDir] = process.argv.slice(2) as [ScaleName, string];
if (!(scaleName in SCALES) || !dataDir) throw new Error('usage: generate-data.js <district|province> <data folder>');
const app = createAppContext({ dataDir, appVersion: 'bench' });
const dispatch = createDispatch(handlerTable, app, console.error);
await generate(dispatch, SCALES[scaleName], 42, (line) => console.log(`  ${line}`));
closeDatabase(app.database!);
