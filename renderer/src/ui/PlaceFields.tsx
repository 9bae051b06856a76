import { useLoad } from '../api/useLoad.js';
import { SelectField } from './fields.js';

interface PlaceFieldsProps {
  kecamatanCode: string;
  desaCode: string;
  onKecamatan(code: string): void;
  onDesa(code: string): void;
  errors: Record<string, string | undefined>;
}

/** Kecamatan, then the desa/kelurahan of that kecamatan only, from the kabupaten's place list. */
export function PlaceFields({ kecamatanCode, desaCode, onKecamatan, onDesa, errors }: PlaceFieldsProps) {
  const kecamatan = useLoad('places-kecamatan', {});
  const desa = useLoad('places-desa', { kecamatanCode: kecamatanCode || '-' }, kecamatanCode);
  return (
    <>
      <SelectField
        name="kecamatanCode"
        label="Kecamatan"
        required
        value={kecamatanCode}
        placeholder="— Pilih kecamatan —"
        options={(kecamatan.data ?? []).map((k) => ({ value: k.code, label: k.name }))}
        onChange={onKecamatan}
        error={errors.kecamatanCode}
      />
      <SelectField
        name="desaCode"
        label="Desa/kelurahan"
        required
        disabled={!kecamatanCode}
        value={desaCode}
        placeholder={kecamatanCode ? '— Pilih desa/kelurahan —' : 'Pilih kecamatan terlebih dahulu'}
        options={kecamatanCode ? (desa.data ?? []).map((d) => ({ value: d.code, label: d.name })) : []}
        onChange={onDesa}
        error={errors.desaCode}
      />
    </>
  );
}
