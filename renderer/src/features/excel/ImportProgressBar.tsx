import { useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../../electron/contract/channels.js';
import { formatNumber } from '../../../../electron/contract/format.js';
import { call } from '../../api/transport.js';

type Progress = NonNullable<ChannelOutput<'excel-progress'>>;

const POLL_MS = 250;

function describe(progress: Progress | null, fallback: string): string {
  if (progress === null) return fallback;
  if (progress.phase === 'reading') return 'Membaca berkas…';
  // A file that does not state its size: the check counts the rows as they are read.
  if (progress.total === 0) return progress.done === 0 ? 'Memeriksa berkas…' : `Memeriksa baris ${formatNumber(progress.done)}…`;
  const rows = `baris ${formatNumber(progress.done)} dari ${formatNumber(progress.total)}`;
  return progress.phase === 'writing' ? `Menyimpan ${rows}…` : `Memeriksa ${rows}…`;
}

/** The running check or import, asked for every quarter second: a bar with the phase and row it is at. */
export function ImportProgressBar({ fallback }: { fallback: string }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout>;
    const ask = async () => {
      const result = await call('excel-progress', {});
      if (stopped) return;
      if (result.ok) setProgress(result.value);
      timer = setTimeout(ask, POLL_MS);
    };
    timer = setTimeout(ask, POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, []);

  const measured = progress !== null && progress.total > 0;
  const label = describe(progress, fallback);
  return (
    <div className="import-progress" role="status">
      <progress aria-label="Kemajuan impor" aria-valuetext={label} max={measured ? progress.total : undefined} value={measured ? progress.done : undefined} />
      <span>{label}</span>
    </div>
  );
}
