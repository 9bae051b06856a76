import { TabLinks } from '../../ui/tabs.js';
import { ChangeLogPage } from './ChangeLogPage.js';
import { TrashPage } from './TrashPage.js';

const SECTIONS = [
  { id: 'perubahan', label: 'Riwayat perubahan', href: '#/riwayat' },
  { id: 'sampah', label: 'Sampah', href: '#/riwayat/sampah' },
];

/** #/riwayat, #/riwayat/sampah */
export function HistoryArea({ path }: { path: string[] }) {
  const section = path[0] === 'sampah' ? 'sampah' : 'perubahan';
  const nav = <TabLinks label="Bagian riwayat" current={section} tabs={SECTIONS} />;
  return section === 'sampah' ? <TrashPage nav={nav} /> : <ChangeLogPage nav={nav} />;
}
