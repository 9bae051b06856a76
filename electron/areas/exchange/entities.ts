// Which tables travel between PCs, in an order where every record comes after what it refers to,
// and how a package limited to one kecamatan selects each table's rows.
// Not exchanged: the office profile and app settings (each PC has its own), places (loaded from
// idn-area-data on every PC), and the change log itself.

interface SyncEntity {
  table: string;
  /** SQL condition on alias `r` for rows of kecamatan `@kecamatan`; null: not sent in a kecamatan package. */
  kecamatanScope: string | null;
}

export const SYNC_ENTITIES: readonly SyncEntity[] = [
  { table: 'ref_option', kecamatanScope: '1' },
  { table: 'facility_item', kecamatanScope: '1' },
  { table: 'indicator', kecamatanScope: '1' },
  { table: 'kampung_kb', kecamatanScope: 'r.kecamatan_code = @kecamatan' },
  {
    table: 'kampung_kb_snapshot',
    kecamatanScope: 'r.kampung_kb_id IN (SELECT id FROM kampung_kb WHERE kecamatan_code = @kecamatan)',
  },
  { table: 'kampung_kb_activity', kecamatanScope: 'r.kampung_kb_id IN (SELECT id FROM kampung_kb WHERE kecamatan_code = @kecamatan)' },
  { table: 'poktan', kecamatanScope: 'r.kecamatan_code = @kecamatan' },
  { table: 'facility_need', kecamatanScope: 'r.poktan_id IN (SELECT id FROM poktan WHERE kecamatan_code = @kecamatan)' },
  {
    table: 'facility_need_event',
    kecamatanScope: 'r.need_id IN (SELECT n.id FROM facility_need n JOIN poktan p ON p.id = n.poktan_id WHERE p.kecamatan_code = @kecamatan)',
  },
  { table: 'evaluation_value', kecamatanScope: 'r.area = @kecamatan' },
  { table: 'rakorda_meeting', kecamatanScope: null },
  { table: 'rakorda_resolution', kecamatanScope: null },
  { table: 'rakorda_followup', kecamatanScope: null },
];

export const SYNC_TABLES: ReadonlySet<string> = new Set(SYNC_ENTITIES.map((entity) => entity.table));

export const entityOrder = (table: string): number => SYNC_ENTITIES.findIndex((entity) => entity.table === table);
