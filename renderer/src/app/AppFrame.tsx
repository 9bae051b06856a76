import type { Office } from '../../../electron/areas/office/handlers.js';
import { KampungKbArea } from '../features/kampung-kb/KampungKbArea.js';
import { PoktanArea } from '../features/poktan/PoktanArea.js';
import { RakordaArea } from '../features/rakorda/RakordaArea.js';
import { ImportExportPage } from '../features/excel/ImportExportPage.js';
import { HomePage } from '../features/home/HomePage.js';
import { SettingsPage } from '../features/office/SettingsPage.js';
import { UpcomingArea } from '../features/upcoming/UpcomingArea.js';
import { ROUTES, useRoute, type RouteId } from './routes.js';

const UPCOMING: Partial<Record<RouteId, string>> = {
  cadangan: 'Cadangan otomatis, simpan cadangan ke flashdisk, dan pemulihan data.',
};

export function AppFrame({ office, onOfficeSaved }: { office: Office; onOfficeSaved(): void }) {
  const { area: route, path } = useRoute();
  const label = ROUTES.find((r) => r.id === route)!.label;
  return (
    <div className="frame">
      <nav className="sidebar" aria-label="Menu utama">
        <div className="sidebar__brand">
          {office.logoDataUrl ? <img src={office.logoDataUrl} alt="" /> : null}
          <div>
            <strong>Sinergi KB</strong>
            <span>{office.regencyName}</span>
          </div>
        </div>
        <ul>
          {ROUTES.map((r) => (
            <li key={r.id}>
              <a href={`#/${r.id}`} aria-current={r.id === route ? 'page' : undefined}>
                {r.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="content" aria-label={label}>
        {route === 'beranda' ? (
          <HomePage office={office} />
        ) : route === 'kampung-kb' ? (
          <KampungKbArea path={path} />
        ) : route === 'poktan' ? (
          <PoktanArea path={path} />
        ) : route === 'rakorda' ? (
          <RakordaArea path={path} />
        ) : route === 'impor-ekspor' ? (
          <ImportExportPage />
        ) : route === 'pengaturan' ? (
          <SettingsPage office={office} onSaved={onOfficeSaved} />
        ) : (
          <UpcomingArea title={label} description={UPCOMING[route] ?? ''} />
        )}
      </main>
    </div>
  );
}
