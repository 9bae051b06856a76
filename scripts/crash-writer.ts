import ExcelJS from 'exceljs';
import { createAppContext } from '../electron/app-context.js';
import type { Channel, ChannelInput } from '../electron/contract/channels.js';
import { createDispatch } from '../electron/core/dispatch.js';
import { handlerTable } from '../electron/handler-table.js';

// The process the crash-safety test (electron/crash-safety.test.ts) kills with SIGKILL: it writes through the real handlers as
// fast as it can and reports on stdout every write the app acknowledged. On Linux, writes to a
// pipe are synchronous, so a reported write was committed before the line left the process.

async function importWorkbook(round: string, rows: number): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Poktan');
  sheet.addRow(['Jenis poktan', 'Nama kelompok', 'Kecamatan', 'Desa/kelurahan', 'Jumlah anggota']);
  for (let row = 0; row < rows; row += 1) sheet.addRow(['BKR', `Impor ${round} baris ${row}`, 'Bayah', 'Sawarna', row]);
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
}

async function main(dataDir: string, runId: string, importRows: number): Promise<void> {
  const dispatch = createDispatch(handlerTable, createAppContext({ dataDir, appVersion: 'crash-test' }));
  const app = {
    async value<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<void> {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
    },
  };
  for (let n = 0; ; n += 1) {
    if (n % 10 === 5) {
      // "r1n15" and "r11n5" stay apart when names are folded for duplicates ("r1.15" and "r11.5" did not).
      const batch = `${runId}n${n}`;
      await app.value('excel-import', { table: 'poktan', base64: await importWorkbook(batch, importRows), existing: 'skip' });
      process.stdout.write(`import ${batch}\n`);
    } else {
      const name = `Tulis ${runId} nomor ${n}`;
      await app.value('poktan-create', { type: 'bkb', name, kecamatanCode: '36.02.03', desaCode: '36.02.03.2002', members: n });
      process.stdout.write(`poktan ${name}\n`);
    }
  }
}

const [dataDir, runId, importRows] = process.argv.slice(2);
if (!dataDir || !runId || !importRows) throw new Error('usage: crash-writer <dataDir> <runId> <importRows>');
await main(dataDir, runId, Number(importRows));
