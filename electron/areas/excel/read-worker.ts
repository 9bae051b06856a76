import { parentPort } from 'node:worker_threads';
import { DomainError } from '../../core/errors.js';
import { installValidationMessages } from '../../core/messages.js';
import { serveJobs } from '../../core/worker-client.js';
import { readSheet, type SheetRow } from '../../xlsx/read.js';
import { chooseMapping, missingFields, rowPrechecker, type PrecheckedRow } from './import-rows.js';
import { CELL_CHECKS } from './row-checks.js';
import type { SheetJob, SheetPart, SheetReply } from './sheet-reader.js';

// The import's reader thread: unzips and parses an uploaded .xlsx, handing the main thread the
// sheet's header, then its rows in slices as they are parsed. For a table in row-checks.ts it
// also chooses the columns and checks each row's cells, so the main thread only matches and
// writes. A file's problem (not an xlsx, a merged header, …) comes back as its message.

// zod's messages are set per thread: the form's Indonesian ones, as on the main thread.
installValidationMessages();

serveJobs<SheetJob, SheetReply, SheetPart>(parentPort!, async ({ base64, sheet, cells }, send) => {
  try {
    if (!cells) {
      readSheet(base64, sheet, (head) => send({ head }), (rows) => send({ rows }));
      return { output: { ok: true } };
    }
    let precheck: ((row: SheetRow) => PrecheckedRow<unknown>) | undefined;
    readSheet(
      base64,
      sheet,
      (head) => {
        const mapping = chooseMapping(cells.fields, head.headers, cells.requested, cells.remembered);
        send({ head, mapping });
        // A required column not mapped: the rows are read to the end all the same (a problem of the file shows), not checked.
        if (missingFields(cells.fields, mapping).length > 0) return;
        const { check, label } = CELL_CHECKS[cells.check];
        precheck = rowPrechecker({ fields: cells.fields, mapping, example: cells.example }, check(cells.context as never), label);
      },
      (rows) => send({ checked: precheck ? rows.map(precheck) : [] }),
    );
    return { output: { ok: true } };
  } catch (error) {
    if (error instanceof DomainError) return { output: { ok: false, message: error.message } };
    throw error;
  }
});
