import Database from 'better-sqlite3';
import { readFileSync, writeFileSync } from 'node:fs';

/** Overwrites one leaf page in the middle of the poktan table with garbage, as a failing disk would. */
export function damagePoktanLeafPage(file: string): void {
  const inspect = new Database(file);
  const pageSize = inspect.pragma('page_size', { simple: true }) as number;
  const leaves = inspect.prepare(`SELECT pageno FROM dbstat WHERE name = 'poktan' AND pagetype = 'leaf' ORDER BY pageno`).pluck().all() as number[];
  inspect.close();
  const bytes = readFileSync(file);
  const page = leaves[Math.floor(leaves.length / 2)]!;
  bytes.fill(0x5a, (page - 1) * pageSize, page * pageSize);
  writeFileSync(file, bytes);
}
