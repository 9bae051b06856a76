import type { Db } from '../open.js';
import { getSetting, putSetting } from './settings.js';

// The operator is remembered between launches (the last person who worked), and every name
// used before is offered again, so a shared office PC switches people in one click.

export function currentOperator(db: Db): string {
  const name = getSetting(db, 'operator');
  return typeof name === 'string' ? name : '';
}

export function knownOperators(db: Db): string[] {
  const names = getSetting(db, 'operators');
  return Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
}

export function setOperator(db: Db, name: string): void {
  putSetting(db, 'operator', name);
  const others = knownOperators(db).filter((known) => known.toLocaleLowerCase('id') !== name.toLocaleLowerCase('id'));
  putSetting(db, 'operators', [name, ...others].slice(0, 20));
}
