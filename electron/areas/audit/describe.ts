import { thisDevice } from '../../../db/change-tracking.js';
import type { ChangeRow } from '../../../db/queries/change-log.js';
import type { Db } from '../../../db/open.js';
import { prepared } from '../../../db/statements.js';
import { entityLabel, type AuditEntry, type ChangeKind, type FieldChange } from '../../contract/audit.js';
import { formatDate, formatDateTime, formatFigure, formatNip, formatNumber } from '../../contract/format.js';
import { INDICATOR_AGGREGATIONS, INDICATOR_DIRECTIONS } from '../../contract/rakorda.js';
import { CONDITION_LABELS, NEED_STATUS_LABELS, POKTAN_TYPE_LABELS, PRIORITY_LABELS, type PoktanType } from '../../contract/poktan.js';
import { REFERENCE_LISTS } from '../../contract/reference.js';
import { fieldLabel, HIDDEN_FIELDS, settingLabel } from './labels.js';

type Row = Record<string, unknown>;

const NAME_QUERIES = {
  place: `SELECT name FROM place WHERE code = ?`,
  indicator: `SELECT name FROM indicator WHERE id = ?`,
  kampungKb: `SELECT name FROM kampung_kb WHERE id = ?`,
  poktan: `SELECT name FROM poktan WHERE id = ?`,
  need: `SELECT item_name FROM facility_need WHERE id = ?`,
  item: `SELECT name FROM facility_item WHERE id = ?`,
  resolution: `SELECT 'No. ' || number || ' (' || year || ')' FROM rakorda_resolution WHERE id = ?`,
  // A stage's code means the same stage in every poktan type's list ("berkembang": Berkembang).
  stage: `SELECT label FROM ref_option WHERE list LIKE 'tahapan-%' AND code = ? ORDER BY list LIMIT 1`,
  fundingSource: `SELECT label FROM ref_option WHERE list = 'sumber-dana-sarana' AND code = ?`,
} as const;

/** Tables whose records other records name, with the name lookup and column each is named by. */
const NAMED_ENTITIES: Record<string, { kind: keyof typeof NAME_QUERIES; column: string } | undefined> = {
  indicator: { kind: 'indicator', column: 'name' },
  kampung_kb: { kind: 'kampungKb', column: 'name' },
  poktan: { kind: 'poktan', column: 'name' },
  facility_need: { kind: 'need', column: 'item_name' },
};

/** Turns logged rows into what a person reads: names instead of codes and ids, Indonesian values. */
export class ChangeDescriber {
  private readonly cache = new Map<string, string>();
  private readonly thisDeviceId: string;

  constructor(
    private readonly db: Db,
    private readonly deviceNames: ReadonlyMap<string, string>,
  ) {
    this.thisDeviceId = thisDevice(db).id;
  }

  describe(change: ChangeRow): AuditEntry {
    const before = change.before ? (JSON.parse(change.before) as Row) : null;
    const after = change.after ? (JSON.parse(change.after) as Row) : null;
    const row = (after ?? before)!;
    return {
      seq: change.seq,
      changedAt: change.changedAt,
      operator: change.operator,
      device: this.deviceNames.get(change.deviceId) ?? `Perangkat lain (${change.deviceId.slice(0, 8)})`,
      entity: change.entity,
      entityLabel: entityLabel(change.entity),
      recordId: change.recordId,
      recordLabel: this.recordLabel(change.entity, row),
      kind: this.kindOf(change, before, after),
      changes: this.fieldChanges(change.entity, before, after),
    };
  }

  private kindOf(change: ChangeRow, before: Row | null, after: Row | null): ChangeKind {
    if (change.op === 'update') {
      // Settling a conflict writes a new revision even where this PC's data stays as it was.
      if (change.action === 'exchange-resolve') return 'konflik-diselesaikan';
      // Received records are logged as the sending PC's changes; one logged as this PC's during
      // Terima Data is ours completed with a package's figures, which the operator did not type.
      if (change.action === 'exchange-apply' && change.deviceId === this.thisDeviceId) return 'dilengkapi-dari-paket';
    }
    return changeKind(change.op, before, after);
  }

  private fieldChanges(entity: string, before: Row | null, after: Row | null): FieldChange[] {
    // A setting's key is what the entry's title names ("Pemetaan kolom impor Poktan").
    const shown = (column: string) => !HIDDEN_FIELDS.has(column) && column !== 'deleted_at' && !(entity === 'app_setting' && column === 'key');
    const columns = Object.keys(after ?? before ?? {}).filter(shown);
    const changes: FieldChange[] = [];
    for (const column of columns) {
      const old = before?.[column] ?? null;
      const now = after?.[column] ?? null;
      if (before && after && old === now) continue;
      if (!before && (now === null || now === '')) continue;
      changes.push({ label: fieldLabel(column), before: this.value(column, old), after: this.value(column, now) });
    }
    return changes;
  }

  value(column: string, value: unknown): string {
    if (value === null || value === '') return '—';
    if (column === 'kecamatan_code' || column === 'desa_code' || column === 'area') {
      return value === 'kabupaten' ? 'Kabupaten' : this.name('place', value as string);
    }
    if (column === 'indicator_id') return this.name('indicator', value as string);
    if (column === 'kampung_kb_id') return this.name('kampungKb', value as string);
    if (column === 'poktan_id') return this.name('poktan', value as string);
    if (column === 'need_id') return this.name('need', value as string);
    if (column === 'resolution_id') return this.name('resolution', value as string);
    if (column === 'stage_code') return this.name('stage', value as string);
    if (column === 'funding_source') return this.name('fundingSource', value as string);
    if (column === 'item_id') return this.name('item', value as string);
    if (column === 'list') return REFERENCE_LISTS[value as keyof typeof REFERENCE_LISTS] ?? String(value);
    // A need's or a resolution's status, a need's priority and condition: as their lists show them.
    if (column === 'status' || column === 'priority' || column === 'condition') return CHOICE_LABELS[value as string] ?? sentenceCase(String(value));
    if (column === 'type' || column === 'poktan_type') return POKTAN_TYPE_LABELS[value as PoktanType] ?? String(value);
    if (column === 'head_nip') return formatNip(String(value));
    if (column === 'logo') return `berkas ${formatNumber(value as number)} bita`;
    if (column === 'direction') return INDICATOR_DIRECTIONS.find((d) => d.value === value)?.label ?? String(value);
    if (column === 'aggregation') return INDICATOR_AGGREGATIONS.find((a) => a.value === value)?.label ?? String(value);
    if (/^(is_|has_)|^active$|^whole_number$/.test(column)) return value === 1 ? 'Ya' : 'Tidak';
    // A year is not a quantity: 2026, not "2.026" (year, founded_year, year_proposed).
    if (typeof value === 'number') return /(^|_)year(_|$)/.test(column) ? String(value) : formatFigure(value);
    const text = String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return formatDate(text);
    // A moment the app stamped (moved to the Sampah): in the office's time, as the lists show it.
    if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text)) return formatDateTime(text);
    if (/^[[{]/.test(text)) return jsonSummary(text) ?? text;
    return text.length > 120 ? `${text.slice(0, 117)}…` : text;
  }

  recordLabel(entity: string, row: Row): string {
    const text = (column: string) => (row[column] === null || row[column] === undefined ? '' : String(row[column]));
    switch (entity) {
      case 'kampung_kb_snapshot':
        return `${this.name('kampungKb', text('kampung_kb_id'))} · ${text('year')}${row.month ? `/${text('month')}` : ''}`;
      case 'evaluation_value':
        return `${text('year')} · ${this.name('indicator', text('indicator_id'))} · ${this.value('area', row.area)}`;
      case 'facility_need_event':
        return `${this.name('need', text('need_id'))}: ${(NEED_STATUS_LABELS as Record<string, string>)[text('status')] ?? text('status')}`;
      case 'rakorda_followup':
        return `${this.name('resolution', text('resolution_id'))}: ${formatDate(text('noted_on'))}`;
      case 'rakorda_meeting':
        return `Rakorda ${text('year')}`;
      case 'rakorda_resolution':
        return `No. ${text('number')} (${text('year')}): ${this.value('text', row.text)}`;
      case 'ref_option':
        return `${this.value('list', row.list)}: ${text('label')}`;
      case 'office':
        return text('office_name');
      case 'app_setting':
        return settingLabel(text('key'));
      default:
        return text('name') || text('item_name') || text('title') || text('id');
    }
  }

  /**
   * Names records that are not stored here yet (a package's new indicator, group or unit), so
   * that the package's other records name them and not their ids.
   */
  remember(entity: string, row: Row): void {
    const kind = NAMED_ENTITIES[entity];
    const name = kind && row[kind.column];
    if (kind && typeof name === 'string') this.cache.set(`${kind.kind}:${String(row.id)}`, name);
  }

  private name(kind: keyof typeof NAME_QUERIES, key: string): string {
    const cacheKey = `${kind}:${key}`;
    let name = this.cache.get(cacheKey);
    if (name === undefined) {
      name = (prepared(this.db, NAME_QUERIES[kind]).pluck().get(key) as string | undefined) ?? key;
      this.cache.set(cacheKey, name);
    }
    return name;
  }
}

/**
 * A column holding structured data (a Kampung KB period's profile, a meeting's participants) in
 * a few words: its screen shows the details, the history that it changed.
 */
function jsonSummary(text: string): string | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return null;
  }
  if (Array.isArray(parsed)) return parsed.length === 0 ? '—' : `${formatNumber(parsed.length)} entri`;
  const filled = (node: unknown): number =>
    node !== null && typeof node === 'object' ? Object.values(node).reduce((sum: number, child) => sum + filled(child), 0) : node === null || node === '' || node === 0 || node === false ? 0 : 1;
  const count = filled(parsed);
  return count === 0 ? '—' : `${formatNumber(count)} isian terisi`;
}

function changeKind(op: ChangeRow['op'], before: Row | null, after: Row | null): ChangeKind {
  // A record received already deleted on the PC it came from goes straight to the Sampah.
  if (op === 'insert') return after?.deleted_at != null ? 'dihapus' : 'dibuat';
  if (op === 'delete') return 'dihapus-permanen';
  const wasDeleted = before?.deleted_at != null;
  const isDeleted = after?.deleted_at != null;
  if (!wasDeleted && isDeleted) return 'dihapus';
  if (wasDeleted && !isDeleted) return 'dipulihkan';
  return 'diubah';
}

const CHOICE_LABELS: Record<string, string> = { ...NEED_STATUS_LABELS, ...PRIORITY_LABELS, ...CONDITION_LABELS };
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1).replaceAll('-', ' ');
