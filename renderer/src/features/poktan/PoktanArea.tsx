import { navigate } from '../../app/routes.js';
import { useFlash } from '../../ui/flash.js';
import { PageHeader } from '../../ui/layout.js';
import { TabLinks } from '../../ui/tabs.js';
import { FacilityCatalogPage } from './FacilityCatalogPage.js';
import { FacilityRecapPage } from './FacilityRecapPage.js';
import { PoktanDetailPage } from './PoktanDetailPage.js';
import { PoktanForm } from './PoktanForm.js';
import { PoktanListPage } from './PoktanListPage.js';

const SECTIONS = [
  { id: 'register', label: 'Register poktan', href: '#/poktan' },
  { id: 'rekap', label: 'Rekap sarana', href: '#/poktan/rekap' },
  { id: 'katalog', label: 'Katalog sarana', href: '#/poktan/katalog' },
];

/** #/poktan, #/poktan/baru, #/poktan/rekap, #/poktan/katalog, #/poktan/<id> */
export function PoktanArea({ path }: { path: string[] }) {
  const flash = useFlash();
  const [first] = path;
  const section = first === 'rekap' || first === 'katalog' ? first : 'register';
  const nav = <TabLinks label="Bagian poktan dan sarana" current={section} tabs={SECTIONS} />;
  if (first === 'rekap') return <FacilityRecapPage nav={nav} />;
  if (first === 'katalog') return <FacilityCatalogPage nav={nav} />;
  if (first === 'baru') {
    return (
      <>
        <PageHeader title="Tambah poktan" subtitle="Kelompok kegiatan BKB, BKR, BKL, UPPKA (dahulu UPPKS) atau PIK-R." />
        <PoktanForm
          poktan={null}
          onSaved={(saved) => {
            flash({ message: `${saved.name} disimpan.` });
            navigate(`/poktan/${saved.id}`);
          }}
        />
      </>
    );
  }
  if (first) return <PoktanDetailPage key={first} id={first} />;
  return <PoktanListPage nav={nav} />;
}
