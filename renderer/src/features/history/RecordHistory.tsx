import { AUDIT_PAGE_SIZE } from '../../../../electron/contract/audit.js';
import { useLoad } from '../../api/useLoad.js';
import { Notice, Section } from '../../ui/layout.js';
import { ChangeTable } from './ChangeTable.js';

/** The audit trail of one record, shown on its detail page. */
export function RecordHistory({ entity, recordId }: { entity: string; recordId: string }) {
  const history = useLoad('audit-list', { entity, recordId });
  return (
    <Section title="Riwayat perubahan" description={`Siapa mengubah data ini, kapan, dan apa yang berubah (${AUDIT_PAGE_SIZE} perubahan terakhir).`}>
      {history.error ? <Notice tone="error">{history.error}</Notice> : null}
      <ChangeTable entries={history.data?.entries ?? []} showRecord={false} label="Riwayat perubahan data ini" />
    </Section>
  );
}
