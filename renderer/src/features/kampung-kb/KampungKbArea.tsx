import { navigate } from '../../app/routes.js';
import { useFlash } from '../../ui/flash.js';
import { PageHeader } from '../../ui/layout.js';
import { IdentityForm } from './IdentityForm.js';
import { KampungKbDetailPage } from './KampungKbDetailPage.js';
import { KampungKbListPage } from './KampungKbListPage.js';
import { KampungKbRecapPage } from './KampungKbRecapPage.js';
import { LevelRulesPage } from './LevelRulesPage.js';

/** #/kampung-kb, #/kampung-kb/baru, #/kampung-kb/rekap, #/kampung-kb/<id>/<tab>/... */
export function KampungKbArea({ path }: { path: string[] }) {
  const flash = useFlash();
  const [first, ...rest] = path;
  if (!first) return <KampungKbListPage />;
  if (first === 'rekap') return <KampungKbRecapPage />;
  if (first === 'aturan') return <LevelRulesPage />;
  if (first === 'baru') {
    return (
      <>
        <PageHeader title="Tambah Kampung KB" subtitle="Isi identitas; data profil dan angka per tahun diisi sesudahnya." />
        <IdentityForm
          unit={null}
          onSaved={(unit) => {
            flash({ message: `${unit.name} disimpan. Lengkapi data profil dan angka periode terakhir.` });
            navigate(`/kampung-kb/${unit.id}/data/baru`);
          }}
        />
      </>
    );
  }
  return <KampungKbDetailPage key={first} id={first} path={rest} />;
}
