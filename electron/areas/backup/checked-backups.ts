import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../db/backup.js';

// Checking a backup's integrity reads the whole file (about a second per 100 MB on an office PC),
// and a folder holds twenty or more backups. So each check's result is kept beside the backups and
// reused while the file is unchanged (same size and modification time); a file that changed, or
// was copied in by hand, is checked again.

export const CHECKS_FILE = 'pemeriksaan.json';

interface Check {
  sizeBytes: number;
  mtimeMs: number;
  info: BackupInfo;
}

type Checks = Record<string, Check>;

function readChecks(dir: string): Checks {
  try {
    return JSON.parse(readFileSync(join(dir, CHECKS_FILE), 'utf8')) as Checks;
  } catch {
    return {};
  }
}

const stamp = (dir: string, fileName: string) => {
  const stat = statSync(join(dir, fileName));
  return { sizeBytes: stat.size, mtimeMs: stat.mtimeMs };
};

/** Remembers the result of the check made when the backup was written. */
export function rememberCheck(dir: string, info: BackupInfo): void {
  const checks = readChecks(dir);
  checks[info.fileName] = { ...stamp(dir, info.fileName), info };
  writeFileSync(join(dir, CHECKS_FILE), JSON.stringify(checks));
}

/** Each listed backup's check: the remembered one if the file is unchanged, else `check` runs again. */
export function checkedBackups(dir: string, fileNames: string[], check: (fileName: string) => BackupInfo): BackupInfo[] {
  const remembered = readChecks(dir);
  const current: Checks = {};
  const infos = fileNames.map((fileName) => {
    const now = stamp(dir, fileName);
    const known = remembered[fileName];
    current[fileName] = known && known.sizeBytes === now.sizeBytes && known.mtimeMs === now.mtimeMs ? known : { ...now, info: check(fileName) };
    return current[fileName].info;
  });
  // Rewritten only when something was checked again or a backup was rotated away.
  if (existsSync(dir) && JSON.stringify(current) !== JSON.stringify(remembered)) writeFileSync(join(dir, CHECKS_FILE), JSON.stringify(current));
  return infos;
}
