import { useState } from 'react';
import { useLoad } from '../api/useLoad.js';
import { SetupWizard } from '../features/office/SetupWizard.js';
import { OperatorScreen } from '../features/operator/OperatorScreen.js';
import { DatabaseProblemScreen } from '../features/startup/DatabaseProblemScreen.js';
import { StartupMessage } from '../features/startup/StartupMessage.js';
import { AppFrame } from './AppFrame.js';

/** Decides what the user sees first: a database problem, who is working, the set-up wizard, or the app. */
export function App() {
  const [version, setVersion] = useState(0);
  const [changingOperator, setChangingOperator] = useState(false);
  const reload = () => setVersion((v) => v + 1);
  const operatorChosen = () => {
    setChangingOperator(false);
    reload();
  };
  const status = useLoad('app-status', {}, String(version));
  const office = useLoad('office-get', {}, String(version));

  if (status.error) return <StartupMessage title="Sinergi KB tidak dapat dihubungi" message={status.error} />;
  if (!status.data) return <StartupMessage title="Memuat Sinergi KB…" />;
  if (status.data.database.state === 'failed') return <DatabaseProblemScreen status={status.data.database} dataDir={status.data.dataDir} />;
  // Who is working comes first, also on the first start: the office's set-up is a change recorded with their name.
  if (!status.data.operator || changingOperator) {
    const cancel = status.data.operator ? () => setChangingOperator(false) : undefined;
    return <OperatorScreen known={status.data.operators} onChosen={operatorChosen} onCancel={cancel} />;
  }
  if (!status.data.officeConfigured) return <SetupWizard onDone={reload} />;
  if (!office.data) return <StartupMessage title="Memuat Sinergi KB…" message={office.error ?? undefined} />;
  return <AppFrame office={office.data} operator={status.data.operator} onChangeOperator={() => setChangingOperator(true)} onOfficeSaved={reload} />;
}
