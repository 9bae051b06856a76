import { beginAction, DIRECT_ACTION } from '../../../db/change-tracking.js';
import { UPGRADE_ACTION } from '../../../db/queries/change-log.js';
import { countPartners } from '../../../db/queries/kampung-kb-activities.js';
import { allSnapshotIds, getSnapshot, listSnapshots, updateSnapshotScores, type SnapshotRow } from '../../../db/queries/kampung-kb-snapshots.js';
import { getSetting, putSetting } from '../../../db/queries/settings.js';
import type { Db } from '../../../db/open.js';
import type { LevelResult } from '../../contract/kampung-kb.js';
import { computeLevel, filledSum } from './level.js';
import { DEFAULT_LEVEL_RULES, levelRulesSchema, type LevelRules } from './level-rules.js';
import { snapshotFiguresSchema, snapshotProfileSchema } from './snapshot-schema.js';

const RULES_KEY = 'kampungKb.levelRules';
/** Which revision of the method's code (not its editable bands) computed the stored levels. */
const METHOD_KEY = 'kampungKb.levelMethod';
/**
 * 2: a rate without its denominator scores the lowest band (an unmet need without PUS scored 4).
 * 3: MKJP and unmet need are not computable while all their methods or reasons are blank.
 */
const LEVEL_METHOD = 3;

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

/**
 * Recomputes, once, the stored levels the method's code now computes differently, and only those:
 * since method 2 periods without PUS (their unmet need scored as 0%; every other rate's 0% was
 * already the lowest band); since method 3 periods whose long-acting methods, or IAT and TIAL,
 * were all left blank (scored as 0%, now not computable).
 */
export function upgradeStoredLevels(db: Db): void {
  const stored = (getSetting(db, METHOD_KEY) as number | undefined) ?? 1;
  if (stored >= LEVEL_METHOD) return;
  db.transaction(() => {
    beginAction(db, { operator: '', action: UPGRADE_ACTION });
    const rules = loadLevelRules(db);
    for (const { id } of allSnapshotIds(db)) {
      const row = getSnapshot(db, id)!;
      const { figures } = parseSnapshot(row);
      const changed =
        (stored < 2 && !figures.pus) || filledSum(figures.kbUsers, rules.longActingMethods) === null || filledSum(figures.nonUsers, rules.unmetNeedReasons) === null;
      if (changed) refreshSnapshotLevel(db, row, rules);
    }
    putSetting(db, METHOD_KEY, LEVEL_METHOD);
  })();
  beginAction(db, { operator: '', action: DIRECT_ACTION });
}

/** Activities feed the process index: after one changes, the unit's stored levels are refreshed. */
export function refreshUnitLevels(db: Db, kampungKbId: string): void {
  const rules = loadLevelRules(db);
  for (const row of listSnapshots(db, kampungKbId)) refreshSnapshotLevel(db, row, rules);
}
