import { z } from 'zod';
import { getActivity, setActivityDeleted } from '../../../db/queries/kampung-kb-activities.js';
import { setKampungKbDeleted } from '../../../db/queries/kampung-kb.js';
import { setPoktanDeleted } from '../../../db/queries/poktan.js';
import { setResolutionDeleted } from '../../../db/queries/rakorda.js';
import { deletedParent, listTrash } from '../../../db/queries/trash.js';
import type { Db } from '../../../db/open.js';
import { ENTITY_LABELS } from '../../contract/audit.js';
import { TRASH_ENTITIES, type TrashEntity } from '../../contract/trash.js';
import { DomainError } from '../../core/errors.js';
import { noInput } from '../../core/fields.js';
import { read, write } from '../../core/handler.js';
import { refreshUnitLevels } from '../kampung-kb/level-service.js';
import { restoreNeed } from '../poktan/need-twins.js';

const RESTORERS: Record<TrashEntity, (db: Db, id: string) => void> = {
  kampung_kb: (db, id) => setKampungKbDeleted(db, id, false),
  kampung_kb_activity: (db, id) => {
    setActivityDeleted(db, id, false);
    refreshUnitLevels(db, getActivity(db, id)!.kampungKbId);
  },
  poktan: (db, id) => setPoktanDeleted(db, id, false),
  facility_need: restoreNeed,
  rakorda_resolution: (db, id) => {
    try {
      setResolutionDeleted(db, id, false);
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_CONSTRAINT_UNIQUE') throw error;
      throw new DomainError('conflict', 'Sudah ada rumusan dengan nomor yang sama untuk tahun itu. Ubah nomor rumusan yang ada lebih dulu, lalu pulihkan lagi.');
    }
  },
};

export const trashHandlers = {
  'trash-list': read(noInput, (ctx) => listTrash(ctx.db)),

  /** Brings a record back into every list, unless what it belongs to is itself in the Sampah. */
  'trash-restore': write(z.strictObject({ entity: z.enum(TRASH_ENTITIES), id: z.string().min(1).max(64) }), (ctx, { entity, id }) => {
    const item = listTrash(ctx.db).find((candidate) => candidate.entity === entity && candidate.id === id);
    if (!item) throw new DomainError('not-found', `${ENTITY_LABELS[entity]} ini tidak ada di Sampah (mungkin sudah dipulihkan).`);
    const parent = deletedParent(ctx.db, entity, id);
    if (parent) throw new DomainError('conflict', `Pulihkan dulu ${parent.kind} "${parent.name}" dari Sampah; ${item.label} termasuk di dalamnya.`);
    RESTORERS[entity](ctx.db, id);
    return { entity, id, label: item.label };
  }),
};
