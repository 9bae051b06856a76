import type { TrashItem } from '../../electron/contract/trash.js';
import type { Db } from '../open.js';
import { prepared } from '../statements.js';

const deletedBy = (entity: string, alias: string) =>
  `(SELECT operator FROM change_log c WHERE c.entity = '${entity}' AND c.record_id = ${alias}.id ORDER BY c.seq DESC LIMIT 1)`;

/** Every soft-deleted record the Sampah view offers, newest deletion first. */
export function listTrash(db: Db): TrashItem[] {
  return prepared(
    db,
    `SELECT 'kampung_kb' AS entity, k.id, k.name AS label, kec.name AS context, k.deleted_at AS deletedAt, ${deletedBy('kampung_kb', 'k')} AS deletedBy
       FROM kampung_kb k JOIN place kec ON kec.code = k.kecamatan_code WHERE k.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'kampung_kb_activity', a.id, a.title, k.name, a.deleted_at, ${deletedBy('kampung_kb_activity', 'a')}
       FROM kampung_kb_activity a JOIN kampung_kb k ON k.id = a.kampung_kb_id WHERE a.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'poktan', p.id, p.name, desa.name || ', ' || kec.name, p.deleted_at, ${deletedBy('poktan', 'p')}
       FROM poktan p JOIN place kec ON kec.code = p.kecamatan_code JOIN place desa ON desa.code = p.desa_code
      WHERE p.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'facility_need', n.id, n.item_name || ' – usulan ' || n.year_proposed, p.name, n.deleted_at, ${deletedBy('facility_need', 'n')}
       FROM facility_need n JOIN poktan p ON p.id = n.poktan_id WHERE n.deleted_at IS NOT NULL
     UNION ALL
     SELECT 'rakorda_resolution', r.id, 'No. ' || r.number || ': ' || r.text, 'Rakorda ' || r.year, r.deleted_at, ${deletedBy('rakorda_resolution', 'r')}
       FROM rakorda_resolution r WHERE r.deleted_at IS NOT NULL
     ORDER BY deletedAt DESC`,
  )
    .all()
    .map((row) => ({ ...(row as TrashItem), deletedBy: (row as { deletedBy: string | null }).deletedBy ?? '' }));
}

/** The live parent a trashed record needs before it can come back, or null when it has none. */
export function deletedParent(db: Db, entity: TrashItem['entity'], id: string): { kind: string; name: string } | null {
  const sql: Partial<Record<TrashItem['entity'], string>> = {
    facility_need: `SELECT 'poktan' AS kind, p.name FROM facility_need n JOIN poktan p ON p.id = n.poktan_id WHERE n.id = ? AND p.deleted_at IS NOT NULL`,
    kampung_kb_activity: `SELECT 'Kampung KB' AS kind, k.name FROM kampung_kb_activity a JOIN kampung_kb k ON k.id = a.kampung_kb_id WHERE a.id = ? AND k.deleted_at IS NOT NULL`,
  };
  const query = sql[entity];
  return query ? ((prepared(db, query).get(id) as { kind: string; name: string } | undefined) ?? null) : null;
}
