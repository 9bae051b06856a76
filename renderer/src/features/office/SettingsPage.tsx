import { useState, type FormEvent } from 'react';
import type { Office } from '../../../../electron/areas/office/handlers.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { saveFile } from '../../api/files.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { Notice, PageHeader, Section } from '../../ui/layout.js';
import { ReferenceListsSection } from '../reference/ReferenceListsSection.js';
import { AboutSection } from './AboutSection.js';
import { draftFromOffice } from './office-draft.js';
import { HeadFields, IdentityFields, LogoField, RegionFields } from './OfficeFields.js';
import { focusFirstInvalid, useOfficeDraft } from './useOfficeDraft.js';
import { officeAndRegency } from '../../../../electron/contract/office.js';
import { useConfirm } from '../../ui/confirm.js';

export function SettingsPage({ office, onSaved }: { office: Office; onSaved(): void }) {
  const form = useOfficeDraft(draftFromOffice(office));
  const places = useLoad('places-summary', {}, office.updatedAt);
  const confirm = useConfirm();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const regencyChanged = form.draft.regencyCode !== office.regencyCode;
  const [saved, setSaved] = useState(() => draftFromOffice(office));
  const dirty = JSON.stringify(form.draft) !== JSON.stringify(saved);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    if (regencyChanged && !(await confirm({ message: 'Kabupaten/kota diganti. Daftar kecamatan dan desa akan dimuat ulang. Lanjutkan?', confirmLabel: 'Ganti kabupaten/kota' }))) return;
    const saved = await form.save();
    if (!saved.ok) return focusFirstInvalid();
    setSaved(form.draft);
    setMessage({ tone: 'success', text: 'Perubahan pengaturan kantor telah disimpan.' });
    onSaved();
  }

  async function printLetterhead() {
    setMessage(null);
    // The PDF is made from the stored office; printing unsaved edits would mislead.
    if (dirty) return setMessage({ tone: 'error', text: 'Ada perubahan yang belum disimpan. Simpan perubahan terlebih dahulu, lalu cetak uji kop surat.' });
    const result = await call('office-letterhead-pdf', {});
    if (!result.ok) return setMessage({ tone: 'error', text: result.error.message });
    const saved = await saveFile(result.value);
    if (saved.saved) setMessage({ tone: 'success', text: `Uji cetak kop surat disimpan: ${saved.path}` });
  }

  const props = { draft: form.draft, set: form.set, errors: form.errors };
  return (
    <>
      <PageHeader
        title="Pengaturan"
        subtitle={officeAndRegency(office)}
        actions={
          <button type="button" className="button" onClick={printLetterhead}>
            Cetak uji kop surat (PDF)
          </button>
        }
      />
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <form onSubmit={submit} noValidate aria-label="Pengaturan kantor" className="stack">
        <Section
          title="Wilayah kerja"
          description={
            places.data
              ? `Data wilayah: ${formatNumber(places.data.kecamatan)} kecamatan dan ${formatNumber(places.data.desa)} desa/kelurahan.`
              : undefined
          }
        >
          <RegionFields {...props} />
          {regencyChanged ? <Notice tone="warning">Mengganti kabupaten/kota akan memuat ulang daftar kecamatan dan desa/kelurahan.</Notice> : null}
        </Section>
        <Section title="Identitas kantor">
          <IdentityFields {...props} />
        </Section>
        <Section title="Pimpinan dan tanda tangan">
          <HeadFields {...props} />
        </Section>
        <Section title="Logo">
          <LogoField {...props} />
        </Section>
        {form.formError ? <Notice tone="error">{form.formError}</Notice> : null}
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy ? 'Menyimpan…' : 'Simpan perubahan'}
          </button>
        </div>
      </form>
      <ReferenceListsSection />
      <AboutSection />
    </>
  );
}
