import { useLoad } from '../../api/useLoad.js';
import { Section } from '../../ui/layout.js';

/** "Tentang": version, where the data lives, and the credits the data licences require. */
export function AboutSection() {
  const status = useLoad('app-status', {});
  return (
    <Section title="Tentang Sinergi KB">
      <dl className="facts">
        <dt>Versi aplikasi</dt>
        <dd>{status.data?.appVersion ?? '…'}</dd>
        <dt>Folder data</dt>
        <dd>
          <code>{status.data?.dataDir ?? '…'}</code>
        </dd>
        <dt>Data wilayah</dt>
        <dd>
          Kode dan nama wilayah Kemendagri dari paket <em>idn-area-data</em> (Fityan Nugroho dan kontributor), dengan lisensi
          data Open Database License (ODbL) 1.0.
        </dd>
        <dt>Huruf dokumen</dt>
        <dd>Noto Sans, dengan lisensi SIL Open Font License 1.1.</dd>
      </dl>
      <p className="card__description">
        Folder data berisi nama dan nomor telepon pengurus kelompok. Lindungi komputer dengan akun Windows berkata sandi dan,
        bila tersedia, enkripsi BitLocker.
      </p>
    </Section>
  );
}
