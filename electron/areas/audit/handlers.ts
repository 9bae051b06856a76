import { z } from 'zod';
import { thisDevice } from '../../../db/change-tracking.js';
import { changeOperators, countChanges, listChanges } from '../../../db/queries/change-log.js';
import { listPartners } from '../../../db/queries/exchange.js';
import { setOperator } from '../../../db/queries/operators.js';
import { AUDIT_PAGE_SIZE, ENTITY_LABELS, type AuditPage } from '../../contract/audit.js';
import { fieldError } from '../../core/errors.js';
import { isoDate, requiredText } from '../../core/fields.js';
import { read, write, type HandlerContext } from '../../core/handler.js';
import { ChangeDescriber } from './describe.js';

const auditListSchema = z.strictObject({
  from: isoDate().nullable().default(null),
  to: isoDate().nullable().default(null),
  operator: z.string().max(80).default(''),
  entity: z.string().max(40).default(''),
  recordId: z.string().max(64).default(''),
  search: z.string().trim().max(100).default(''),
  page: z.number().int().min(0).max(100_000).default(0),
});

/** Device ids as people know them: this PC, and partners named in exchange packages. */
export function deviceNames(ctx: HandlerContext): Map<string, string> {
  return new Map([...listPartners(ctx.db).map((partner): [string, string] => [partner.deviceId, partner.name]), [thisDevice(ctx.db).id, 'Perangkat ini']]);
}

export const auditHandlers = {
  'audit-list': read(auditListSchema, (ctx, { page, ...filter }): AuditPage => {
    if (filter.from && filter.to && filter.to < filter.from) throw fieldError({ to: 'Tanggal akhir tidak boleh sebelum tanggal awal.' });
    const describer = new ChangeDescriber(ctx.db, deviceNames(ctx));
    return {
      entries: listChanges(ctx.db, filter, AUDIT_PAGE_SIZE, page * AUDIT_PAGE_SIZE).map((change) => describer.describe(change)),
      total: countChanges(ctx.db, filter),
      operators: changeOperators(ctx.db),
      entities: Object.entries(ENTITY_LABELS).map(([code, label]) => ({ code, label })),
    };
  }),

  /** Who works from now on; remembered for the next start. */
  'operator-set': write(z.strictObject({ name: requiredText(80) }), (ctx, { name }) => {
    setOperator(ctx.db, name);
    ctx.app.operator = name;
    return { operator: name };
  }),
};
