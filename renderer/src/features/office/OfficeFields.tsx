import { useRef, useState } from 'react';
import { formatNumber } from '../../../../electron/contract/format.js';
import { readFileBase64 } from '../../api/files.js';
import { useLoad } from '../../api/useLoad.js';
import { SelectField, TextField } from '../../ui/fields.js';
import type { DraftProps } from './office-draft.js';

// The office form in groups, shared by the set-up wizard and the settings page.

export function RegionFields({ draft, set, errors }: DraftProps) {
  const provinces = useLoad('region-provinces', {});
  const regencies = useLoad('region-regencies', { provinceCode: draft.provinceCode || '00' }, draft.provinceCode);
  return (
    <div className="form-grid">
      <SelectField
        name="provinceCode"
        label="Provinsi"
        required
        value={draft.provinceCode}
        placeholder={provinces.loading ? 'Memuat…' : '— Pilih provinsi —'}
        options={(provinces.data ?? []).map((p) => ({ value: p.code, label: p.name }))}
        onChange={(value) => {
          set('provinceCode', value);
          set('regencyCode', '');
        }}
        error={errors.provinceCode ?? provinces.error ?? undefined}
      />
      <SelectField
        name="regencyCode"
        label="Kabupaten/Kota"
        required
        disabled={!draft.provinceCode}
        value={draft.regencyCode}
        placeholder={draft.provinceCode ? '— Pilih kabupaten/kota —' : 'Pilih provinsi terlebih dahulu'}
        options={draft.provinceCode ? (regencies.data ?? []).map((r) => ({ value: r.code, label: r.name })) : []}
        onChange={(value) => set('regencyCode', value)}
        error={errors.regencyCode}
        hint="Daftar kecamatan dan desa/kelurahan kabupaten/kota ini dimuat otomatis."
      />
    </div>
  );
}

export function IdentityFields({ draft, set, errors }: DraftProps) {
  return (
    <div className="form-grid">
      <TextField
        name="officeName"
        label="Nama kantor (OPD)"
        required
        className="wide"
        value={draft.officeName}
        onChange={(v) => set('officeName', v)}
        error={errors.officeName}
        hint="Contoh: Dinas Pengendalian Penduduk, Keluarga Berencana, Pemberdayaan Perempuan dan Perlindungan Anak"
      />
      <TextField
        name="address"
        label="Alamat kantor"
        required
        value={draft.address}
        onChange={(v) => set('address', v)}
        error={errors.address}
        hint="Ditulis di kop surat, misalnya: Jl. Siliwangi No. 5, Rangkasbitung 42312"
      />
      <TextField name="phone" label="Telepon" value={draft.phone} onChange={(v) => set('phone', v)} error={errors.phone} inputMode="tel" />
      <TextField name="email" label="Pos-el (e-mail)" value={draft.email} onChange={(v) => set('email', v)} error={errors.email} type="email" />
    </div>
  );
}

export function HeadFields({ draft, set, errors }: DraftProps) {
  return (
    <div className="form-grid">
      <TextField name="headName" label="Nama pimpinan" required value={draft.headName} onChange={(v) => set('headName', v)} error={errors.headName} hint="Lengkap dengan gelar, seperti pada tanda tangan." />
      <TextField name="headRank" label="Pangkat/golongan" required value={draft.headRank} onChange={(v) => set('headRank', v)} error={errors.headRank} hint="Contoh: Pembina Utama Muda (IV/c)" />
      <TextField name="headPosition" label="Jabatan" required value={draft.headPosition} onChange={(v) => set('headPosition', v)} error={errors.headPosition} />
      <TextField
        name="headNip"
        label="NIP"
        required
        inputMode="numeric"
        autoComplete="off"
        value={draft.headNip}
        onChange={(v) => set('headNip', v)}
        error={errors.headNip}
        hint="18 angka, boleh dengan spasi: 19750312 200003 1 004"
      />
      <TextField
        name="signaturePlace"
        label="Tempat penandatanganan"
        required
        value={draft.signaturePlace}
        onChange={(v) => set('signaturePlace', v)}
        error={errors.signaturePlace}
        hint="Nama kota di atas tanda tangan, misalnya: Rangkasbitung"
      />
    </div>
  );
}

const LOGO_LIMIT_BYTES = 512 * 1024;

export function LogoField({ draft, set, errors }: DraftProps) {
  const input = useRef<HTMLInputElement>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const error = localError ?? errors.logo;

  function choose(file: File | undefined) {
    setLocalError(null);
    if (!file) return;
    if (file.type !== 'image/png' && file.type !== 'image/jpeg') {
      setLocalError('Logo harus berkas PNG atau JPEG.');
      return;
    }
    if (file.size > LOGO_LIMIT_BYTES) {
      setLocalError(`Ukuran logo maksimal 512 KB (berkas ini ${formatNumber(Math.ceil(file.size / 1024))} KB).`);
      return;
    }
    void readFileBase64(file).then((base64) => {
      set('logo', { action: 'set', mimeType: file.type as 'image/png' | 'image/jpeg', base64 });
      set('logoPreview', `data:${file.type};base64,${base64}`);
    });
  }

  return (
    <div className={`field logo-field${error ? ' field--invalid' : ''}`}>
      <label htmlFor="field-logo">Logo pemerintah daerah (opsional)</label>
      <div className="logo-field__row">
        <div className="logo-field__preview" aria-label="Pratinjau logo">
          {draft.logoPreview ? <img src={draft.logoPreview} alt="Logo" /> : <span>Tanpa logo</span>}
        </div>
        <div className="logo-field__actions">
          {/* The native file button speaks the browser's language, not the app's: it stays hidden
              and a labelled button of our own opens it. */}
          <input
            ref={input}
            id="field-logo"
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            accept="image/png,image/jpeg"
            aria-describedby={error ? 'field-logo-error' : 'field-logo-hint'}
            aria-invalid={error ? true : undefined}
            onChange={(event) => choose(event.target.files?.[0])}
          />
          <button type="button" className="button" onClick={() => input.current?.click()}>
            Pilih berkas logo…
          </button>
          {draft.logoPreview ? (
            <button
              type="button"
              className="button button--ghost"
              onClick={() => {
                set('logo', { action: 'remove' });
                set('logoPreview', null);
                if (input.current) input.current.value = '';
              }}
            >
              Hapus logo
            </button>
          ) : null}
        </div>
      </div>
      {error ? (
        <p className="field__error" id="field-logo-error">
          {error}
        </p>
      ) : (
        <p className="field__hint" id="field-logo-hint">
          PNG atau JPEG, paling besar 512 KB. Dicetak di kiri kop surat.
        </p>
      )}
    </div>
  );
}
