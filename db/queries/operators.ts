import type { Db } from '../open.js';
import { prepared } from '../statements.js';

// The operator belongs to this PC (device_identity), not to the office's data: switching people
// is not a change to the records, and it does not travel to other PCs.
// The last person is remembered between launches and every name used before is offered again,
// so a shared office PC switches people in one click.

export function currentOperator(db: Db): string {
  return prepared(db, `SELECT operator FROM device_identity`).pluck().get() as string;
}

export function knownOperators(db: Db): string[] {
  return JSON.parse(prepared(db, `SELECT operators FROM device_identity`).pluck().get() as string) as string[];
}

export function setOperator(db: Db, name: string): void {
  const others = knownOperators(db).filter((known) => known.toLocaleLowerCase('id') !== name.toLocaleLowerCase('id'));
  prepared(db, `UPDATE device_identity SET operator = ?, operators = ?`).run(name, JSON.stringify([name, ...others].slice(0, 20)));
}
