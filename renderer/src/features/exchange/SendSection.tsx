import { useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { saveFile } from '../../api/files.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { SelectField, TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, Section } from '../../ui/layout.js';

type Overview = ChannelOutput<'exchange-overview'>;

/** This PC's name, and "Kirim Data": a package for one partner (or everything), optionally one kecamatan. */
export function SendSection({ overview, openConflicts, onChanged }: { overview: Overview; openConflicts: number; onChanged(): void }) {
  const flash = useFlash();
  const kecamatan = useLoad('places-kecamatan', {});
  const [deviceName, setDeviceName] = useState(overview.device.name);
  const [partner, setPartner] = useState('');
  const [kecamatanCode, setKecamatanCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);

  /** Saves this PC's name; false when it was refused (the reason shows beside the field). */
  async function saveName(): Promise<boolean> {
    const result = await call('exchange-device-save', { name: deviceName });
    setErrors(result.ok ? {} : { deviceName: result.error.fields?.name ?? result.error.message });
    if (result.ok) {
      flash({ message: 'Nama perangkat disimpan.' });
      onChanged();
    }
    return result.ok;
  }

  async function send() {
    // A name typed but not yet saved is the one meant: saved first, rather than refused as missing.
    if (deviceName.trim() !== overview.device.name && !(await saveName())) return;
    setBusy(true);
    const result = await call('exchange-export', { partnerDeviceId: partner || null, kecamatanCode: kecamatanCode || null });
    setBusy(false);
    if (!result.ok) return setErrors(result.error.fields ?? { send: result.error.message });
    setErrors({});
    const saved = await saveFile(result.value);
    const contents = result.value.records > 0 ? ` (${result.value.contents})` : '';
    flash({ message: `Paket berisi ${formatNumber(result.value.records)} catatan${contents}${saved.saved ? ` disimpan: ${saved.path}` : ' dibuat'}.` });
    onChanged();
  }

  return (
    <Section title="Kirim Data" description="Paket berisi data yang berubah sejak paket terakhir ke tujuan yang dipilih. Bawa dengan flashdisk, surel, atau folder bersama.">
      <div className="form-grid">
        {/* A form: Enter in the name saves it. */}
        <form
          className="inline-save"
          onSubmit={(event) => {
            event.preventDefault();
            void saveName();
          }}
        >
          <TextField name="deviceName" label="Nama perangkat ini" value={deviceName} onChange={setDeviceName} error={errors.deviceName} hint="Misalnya nama UPT KB kecamatan atau bidang yang memakai komputer ini. Nama ini terlihat oleh penerima paket." maxLength={80} />
          <button type="submit" className="button">
            Simpan nama
          </button>
        </form>
      </div>
      <div className="form-grid">
        <SelectField
          name="partner"
          label="Kirim kepada"
          value={partner}
          error={errors.partnerDeviceId}
          options={[
            { value: '', label: 'Semua data (komputer baru, atau kirim ulang)' },
            ...overview.partners.map((known) => ({ value: known.deviceId, label: `${known.name} — perubahan sejak paket terakhir` })),
          ]}
          onChange={setPartner}
        />
        <SelectField
          name="kecamatanScope"
          label="Batasi pada kecamatan"
          value={kecamatanCode}
          error={errors.kecamatanCode}
          placeholder="Semua kecamatan"
          options={(kecamatan.data ?? []).map((k) => ({ value: k.code, label: k.name }))}
          onChange={setKecamatanCode}
        />
      </div>
      {errors.send ? <p className="field__error">{errors.send}</p> : null}
      {openConflicts > 0 ? (
        // A conflict's decision is a new version of the record: sent before it, the package carries this PC's version as it was.
        <Notice tone="warning">
          {formatNumber(openConflicts)} konflik di atas belum diputuskan. Paket yang dibuat sekarang membawa data komputer ini apa adanya; putuskan konfliknya lebih dulu agar keputusan Anda ikut terkirim.
        </Notice>
      ) : null}
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void send()}>
        {busy ? 'Membuat paket…' : 'Buat paket data'}
      </button>
    </Section>
  );
}
