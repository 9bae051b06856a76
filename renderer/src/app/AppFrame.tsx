import type { Office } from '../../../electron/areas/office/handlers.js';
import { KampungKbArea } from '../features/kampung-kb/KampungKbArea.js';
import { PoktanArea } from '../features/poktan/PoktanArea.js';
import { RakordaArea } from '../features/rakorda/RakordaArea.js';
import { ImportExportPage } from '../features/excel/ImportExportPage.js';
import { BackupPage } from '../features/backup/BackupPage.js';
import { ExchangePage } from '../features/exchange/ExchangePage.js';
import { HistoryArea } from '../features/history/HistoryArea.js';
import { HomePage } from '../features/home/HomePage.js';
import { SettingsPage } from '../features/office/SettingsPage.js';
import { ROUTES, useRoute } from './routes.js';

interface AppFrameProps {
  office: Office;
  operator: string;
  onChangeOperator(): void;
  onOfficeSaved(): void;
}

export function AppFrame({ office, operator, onChangeOperator, onOfficeSaved }: AppFrameProps) {
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
        <div className="sidebar__operator">
          <span>Operator</span>
          <strong>{operator}</strong>
          <button type="button" className="button" onClick={onChangeOperator}>
            Ganti operator
          </button>
        </div>
      </nav>
      <main className="content" aria-label={label}>
        {route === 'beranda' ? <HomePage office={office} /> : null}
        {route === 'kampung-kb' ? <KampungKbArea path={path} /> : null}
        {route === 'poktan' ? <PoktanArea path={path} /> : null}
        {route === 'rakorda' ? <RakordaArea path={path} /> : null}
        {route === 'impor-ekspor' ? <ImportExportPage path={path} /> : null}
        {route === 'pertukaran' ? <ExchangePage /> : null}
        {route === 'cadangan' ? <BackupPage /> : null}
        {route === 'riwayat' ? <HistoryArea path={path} /> : null}
        {route === 'pengaturan' ? <SettingsPage office={office} onSaved={onOfficeSaved} /> : null}
      </main>
    </div>
  );
}
