// The "Sampah" view: soft-deleted records that can be brought back.

export const TRASH_ENTITIES = ['kampung_kb', 'kampung_kb_activity', 'poktan', 'facility_need', 'rakorda_resolution'] as const;
export type TrashEntity = (typeof TRASH_ENTITIES)[number];

export interface TrashItem {
  entity: TrashEntity;
  id: string;
  label: string;
  /** Where it belongs: the desa and kecamatan, the group, the Kampung KB or the Rakorda year. */
  context: string;
  deletedAt: string;
  deletedBy: string;
}
