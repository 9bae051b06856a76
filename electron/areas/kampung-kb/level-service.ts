import { countPartners } from '../../../db/queries/kampung-kb-activities.js';
import { allSnapshotIds, getSnapshot, listSnapshots, updateSnapshotScores, type SnapshotRow } from '../../../db/queries/kampung-kb-snapshots.js';
import { getSetting, putSetting } from '../../../db/queries/settings.js';
import type { Db } from '../../../db/open.js';
import type { LevelResult } from '../../contract/kampung-kb.js';
import { computeLevel } from './level.js';
import { DEFAULT_LEVEL_RULES, levelRulesSchema, type LevelRules } from './level-rules.js';
import { snapshotFiguresSchema, snapshotProfileSchema } from './snapshot-schema.js';

const RULES_KEY = 'kampungKb.levelRules';

export function loadLevelRules(db: Db): LevelRules {
  const stored = levelRulesSchema.safeParse(getSetting(db, RULES_KEY));
  return stored.success ? stored.data : DEFAULT_LEVEL_RULES;
}

/** Saves new rules and recomputes every stored level with them (call inside a transaction). */
export function saveLevelRules(db: Db, rules: LevelRules): number {
  putSetting(db, RULES_KEY, rules);
  const ids = allSnapshotIds(db);
  for (const { id } of ids) refreshSnapshotLevel(db, getSnapshot(db, id)!, rules);
  return ids.length;
}

export function parseSnapshot(row: Pick<SnapshotRow, 'profile' | 'figures'>) {
  return { profile: snapshotProfileSchema.parse(JSON.parse(row.profile)), figures: snapshotFiguresSchema.parse(JSON.parse(row.figures)) };
}

export function levelOfSnapshot(db: Db, row: SnapshotRow, rules = loadLevelRules(db)): LevelResult {
  return computeLevel({ ...parseSnapshot(row), partnerCount: countPartners(db, row.kampungKbId, row.year) }, rules);
}

export function scoresOf(result: LevelResult) {
  return {
    computedLevel: result.level,
    inputIndex: result.input.index,
    processIndex: result.process.index,
    outputIndex: result.output.index,
  };
}

function refreshSnapshotLevel(db: Db, row: SnapshotRow, rules: LevelRules): void {
  updateSnapshotScores(db, row.id, scoresOf(levelOfSnapshot(db, row, rules)));
}

/** Activities feed the process index: after one changes, the unit's stored levels are refreshed. */
export function refreshUnitLevels(db: Db, kampungKbId: string): void {
  const rules = loadLevelRules(db);
  for (const row of listSnapshots(db, kampungKbId)) refreshSnapshotLevel(db, row, rules);
}
