import { useRef, useState, type FormEvent } from 'react';
import type { PoktanType } from '../../../../electron/contract/poktan.js';
import { POKTAN_TYPE_LABELS } from '../../../../electron/contract/poktan.js';
import { formatNumber, localIsoDate } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section, FormActions } from '../../ui/layout.js';
import { CountField } from '../../ui/numbers.js';
import { useReference } from '../reference/useReference.js';
import { DateField } from '../../ui/dates.js';
import { useConfirm } from '../../ui/confirm.js';
import { cancelOnEscape } from '../../ui/escape.js';
import { useFocusOnOpen } from '../../ui/focus.js';

/** One delivery to many selected groups in one step, with one confirmation and one undo. */
export function BulkDeliveryPanel({ poktanIds, types, onClose, onUndone }: { poktanIds: string[]; types: PoktanType[]; onClose(done: boolean): void; onUndone(): void }) {
  const items = useLoad('facility-item-list', {});
  const reference = useReference();
  const flash = useFlash();
  const confirm = useConfirm();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnOpen(heading);
  const [itemId, setItemId] = useState('');
  const [quantityEach, setQuantityEach] = useState<number | string>(1);
  const [happenedOn, setHappenedOn] = useState(localIsoDate());
  const [fundingSource, setFundingSource] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const choices = (items.data ?? []).filter((item) => item.active && types.includes(item.poktanType));
  const item = choices.find((i) => i.id === itemId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Said before the confirmation, not after: one delivery is one item for one poktan type.
    if (item && types.some((t) => t !== item.poktanType)) {
      return setFormError(`${item.name} hanya untuk ${POKTAN_TYPE_LABELS[item.poktanType]}, sedangkan kelompok terpilih juga berjenis ${types.filter((t) => t !== item.poktanType).map((t) => POKTAN_TYPE_LABELS[t]).join(', ')}. Pilih kelompok satu jenis saja.`);
    }
    const amount = typeof quantityEach === 'number' ? quantityEach : 0;
    if (item && !(await confirm({ message: `Catat penyaluran ${formatNumber(amount * poktanIds.length)} ${item.unit} ${item.name} kepada ${formatNumber(poktanIds.length)} kelompok?`, confirmLabel: 'Catat penyaluran' }))) return;
    const result = await call('need-bulk-deliver', { poktanIds, itemId, quantityEach: quantityEach as number, happenedOn, fundingSource, note });
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setFormError(result.error.fields?.poktanIds ?? result.error.message);
      return;
    }
    onClose(true);
    const { batchId, groups, quantity, unit, itemName } = result.value;
    flash({
      message: `Penyaluran ${formatNumber(quantity)} ${unit} ${itemName} kepada ${formatNumber(groups)} kelompok dicatat.`,
      action: {
        label: 'Urungkan',
        run: async () => {
          const undo = await call('need-bulk-undo', { batchId });
          flash({ message: undo.ok ? 'Penyaluran dibatalkan; status kebutuhan dikembalikan.' : undo.error.message });
          onUndone();
        },
      },
    });
  }

  return (
    <form onSubmit={submit} onKeyDown={cancelOnEscape(() => onClose(false))} noValidate aria-label="Penyaluran sarana">
      <Section headingRef={heading} title={`Penyaluran sarana untuk ${formatNumber(poktanIds.length)} kelompok`} description={`Jenis kelompok terpilih: ${types.map((t) => POKTAN_TYPE_LABELS[t]).join(', ')}. Kebutuhan terbuka untuk barang ini dipenuhi; kelompok yang belum mencatatnya dibuatkan catatan kebutuhan.`}>
        <div className="form-grid">
          <SelectField name="bulk.itemId" label="Barang" required value={itemId} placeholder="— Pilih barang dari katalog —" options={choices.map((i) => ({ value: i.id, label: `${POKTAN_TYPE_LABELS[i.poktanType]}: ${i.name}` }))} onChange={setItemId} error={errors.itemId} />
          <CountField name="bulk.quantityEach" label={`Jumlah per kelompok${item ? ` (${item.unit})` : ''}`} value={quantityEach} onChange={setQuantityEach} error={errors.quantityEach} />
          <DateField name="bulk.happenedOn" label="Tanggal diterima" required value={happenedOn} onChange={setHappenedOn} error={errors.happenedOn} />
          <SelectField name="bulk.fundingSource" label="Sumber dana" required value={fundingSource} placeholder="— Pilih sumber dana —" options={(reference.options?.['sumber-dana-sarana'] ?? []).filter((o) => o.active).map((o) => ({ value: o.code, label: o.label }))} onChange={setFundingSource} error={errors.fundingSource} />
          <TextField name="bulk.note" label="Keterangan" value={note} onChange={setNote} error={errors.note} hint="Misalnya: DAK BOKB 2025, BAST nomor ..." />
        </div>
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <FormActions submit="Catat penyaluran" onCancel={() => onClose(false)} />
      </Section>
    </form>
  );
}
