import { getNeed, listNeedsOfYear, setNeedDeleted, type NeedRow } from '../../../db/queries/facility.js';
import type { Db } from '../../../db/open.js';
import { isOpenNeed, NEED_STATUS_LABELS } from '../../contract/poktan.js';
import { DomainError } from '../../core/errors.js';
import { foldLabel } from '../../core/names.js';

// One open need per item, group and year: a second one would split the approvals and deliveries
// between two rows, and the import and the recap could not tell them apart. Once one is
// delivered or refused, a new one may follow (more members, a lost kit).

/** What identifies a need's item: the catalogue item where there is one, else its name. */
export interface NeedItem {
  id: string | null;
  poktanId: string;
  yearProposed: number;
  itemId: string | null;
  itemName: string;
}

/** Another open need of the group for the same item and year, if any. */
export function openTwinOf(db: Db, need: NeedItem): NeedRow | undefined {
  const sameItem = (other: NeedRow) => (need.itemId && other.itemId ? other.itemId === need.itemId : foldLabel(other.itemName) === foldLabel(need.itemName));
  return listNeedsOfYear(db, need.poktanId, need.yearProposed).find((other) => other.id !== need.id && isOpenNeed(other.status) && sameItem(other));
}

/** Brings a need back from the Sampah (its page or the Sampah view), unless it would stand beside an open one for the same item and year. */
export function restoreNeed(db: Db, id: string): void {
  setNeedDeleted(db, id, false);
  const need = getNeed(db, id);
  const twin = need && isOpenNeed(need.status) ? openTwinOf(db, need) : undefined;
  if (twin) {
    throw new DomainError(
      'conflict',
      `Kelompok ini sudah mempunyai kebutuhan "${twin.itemName}" tahun ${twin.yearProposed} yang belum selesai (${NEED_STATUS_LABELS[twin.status].toLowerCase()}). Selesaikan atau hapus kebutuhan itu lebih dulu, lalu pulihkan lagi.`,
    );
  }
}
