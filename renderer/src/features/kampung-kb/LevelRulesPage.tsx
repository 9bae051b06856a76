import { useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';
import { useLoad } from '../../api/useLoad.js';
import { TextField } from '../../ui/fields.js';
import { useFlash } from '../../ui/flash.js';
import { Notice, PageHeader, Section } from '../../ui/layout.js';
import { useConfirm } from '../../ui/confirm.js';

type Rules = ChannelOutput<'kampung-kb-rules-get'>['rules'];
type Group = 'input' | 'process' | 'output';

const ITEMS: { group: Group; key: string; label: string; unit: string }[] = [
  { group: 'input', key: 'pokja', label: 'Pokja (0 tidak ada, 1 ada, 2 ada dengan anggota atau terlatih, 3 keduanya)', unit: 'tingkat' },
  { group: 'input', key: 'fundingSources', label: 'Jumlah sumber dana', unit: 'jumlah' },
  { group: 'input', key: 'programmes', label: 'Jumlah program (selain sekretariat dan Rumah DataKu)', unit: 'jumlah' },
  { group: 'input', key: 'supportUnits', label: 'Sekretariat dan Rumah DataKu', unit: 'jumlah' },
  { group: 'input', key: 'plkbAndRegulation', label: 'PLKB pendamping dan regulasi', unit: 'jumlah' },
  { group: 'process', key: 'dataSources', label: 'Jumlah sumber data', unit: 'jumlah' },
  { group: 'process', key: 'mechanisms', label: 'Jumlah mekanisme operasional', unit: 'jumlah' },
  { group: 'process', key: 'partners', label: 'Jumlah mitra/OPD dalam kegiatan setahun', unit: 'jumlah' },
  { group: 'output', key: 'poktanParticipation', label: 'Partisipasi keluarga dalam poktan', unit: '%' },
  { group: 'output', key: 'cpr', label: 'Kesertaan ber-KB (CPR)', unit: '%' },
  { group: 'output', key: 'mkjp', label: 'Pemakaian MKJP', unit: '%' },
  { group: 'output', key: 'unmetNeed', label: 'Kebutuhan ber-KB tidak terpenuhi (makin kecil makin baik)', unit: '%' },
];

const GROUP_TITLES: Record<Group, string> = { input: 'Indeks input', process: 'Indeks proses', output: 'Indeks output' };

type Bands = { from: number | string; score: number }[];

/** The classification thresholds as the office may adjust them; saving recomputes every level. */
export function LevelRulesPage() {
  const loaded = useLoad('kampung-kb-rules-get', {});
  if (!loaded.data) return <p>{loaded.error ?? 'Memuat…'}</p>;
  return <RulesForm key={JSON.stringify(loaded.data.rules)} rules={loaded.data.rules} defaults={loaded.data.defaults} onSaved={loaded.reload} />;
}

function RulesForm({ rules, defaults, onSaved }: { rules: Rules; defaults: Rules; onSaved(): void }) {
  const [draft, setDraft] = useState<Rules>(rules);
  const confirm = useConfirm();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const flash = useFlash();
  // Messages come for the row ("rules.output.cpr") or one of its boxes ("rules.output.cpr.1.from").
  const rowError = (group: Group, key: string) => {
    const entry = Object.entries(errors).find(([path]) => path === `rules.${group}.${key}` || path.startsWith(`rules.${group}.${key}.`));
    if (!entry) return undefined;
    const box = /\.(\d+)\.from$/.exec(entry[0]);
    return box ? `Batas skor ${bands(group, key)[Number(box[1])]?.score}: ${entry[1]}` : entry[1];
  };
  const bands = (group: Group, key: string) => (draft[group] as Record<string, Bands>)[key]!;
  const setFrom = (group: Group, key: string, index: number, raw: string) => {
    const value: number | string = /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
    setDraft((d) => ({ ...d, [group]: { ...d[group], [key]: bands(group, key).map((b, i) => (i === index ? { ...b, from: value } : b)) } }));
  };

  async function save(next: Rules) {
    setFormError(null);
    const result = await call('kampung-kb-rules-save', { rules: next as never });
    if (!result.ok) {
      setErrors(result.error.fields ?? {});
      setFormError(result.error.message);
      return;
    }
    setErrors({});
    flash({ message: `Aturan klasifikasi disimpan; ${formatNumber(result.value.recomputed)} data periode dihitung ulang.` });
    onSaved();
  }

  return (
    <>
      <PageHeader
        title="Aturan klasifikasi Kampung KB"
        subtitle="Batas nilai untuk setiap skor, seperti pada portal Kampung KB. Perubahan langsung menghitung ulang tingkat semua Kampung KB."
        actions={
          <a className="button" href="#/kampung-kb">
            ← Daftar
          </a>
        }
      />
      <Notice tone="info">
        Aturan batas: persentase dibulatkan ke bilangan bulat terdekat (0,5 ke atas) lebih dahulu, lalu nilai mendapat skor dari pita
        dengan batas bawah tertinggi yang tidak melebihi nilai itu. Contoh: CPR 40,4% dihitung 40; CPR 40,5% dihitung 41.
      </Notice>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void save(draft);
        }}
        noValidate
        aria-label="Aturan klasifikasi"
        className="stack"
      >
        <Section title="Kelulusan indeks">
          <div className="form-grid form-grid--3">
            <TextField
              name="passMark"
              label="Rata-rata skor minimal agar indeks lulus"
              inputMode="decimal"
              value={String(draft.passMark).replace('.', ',')}
              onChange={(v) => setDraft((d) => ({ ...d, passMark: (Number(v.replace(',', '.')) || v) as number }))}
              error={errors['rules.passMark']}
            />
          </div>
        </Section>
        {(['input', 'process', 'output'] as const).map((group) => (
          <Section key={group} title={GROUP_TITLES[group]}>
            <table className="table table--compact rules">
              <thead>
                <tr>
                  <th>Butir</th>
                  <th>Batas bawah untuk setiap skor</th>
                </tr>
              </thead>
              <tbody>
                {ITEMS.filter((item) => item.group === group).map((item) => (
                  <tr key={item.key}>
                    <th scope="row">{item.label}</th>
                    <td>
                      <div className="bands">
                        {bands(group, item.key).map((band, index) => (
                          <label key={index} className="band">
                            <span>skor {band.score} bila ≥</span>
                            <input
                              aria-label={`${item.label}: skor ${band.score} mulai dari`}
                              aria-invalid={errors[`rules.${group}.${item.key}.${index}.from`] ? true : undefined}
                              inputMode="numeric"
                              value={String(band.from)}
                              onChange={(event) => setFrom(group, item.key, index, event.target.value)}
                            />
                            <span>{item.unit === '%' ? '%' : ''}</span>
                          </label>
                        ))}
                      </div>
                      {rowError(group, item.key) ? <p className="field__error">{rowError(group, item.key)}</p> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Section>
        ))}
        {formError ? <Notice tone="error">{formError}</Notice> : null}
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void confirm({ message: 'Kembalikan semua batas ke aturan portal Kampung KB?', confirmLabel: 'Kembalikan' }).then((yes) => (yes ? save(defaults) : undefined))}>
            Kembalikan ke aturan portal
          </button>
          <button type="submit" className="button button--primary">
            Simpan aturan
          </button>
        </div>
      </form>
    </>
  );
}
