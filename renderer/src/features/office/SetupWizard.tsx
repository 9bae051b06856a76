import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useFocusWhenLost } from '../../ui/focus.js';
import { Notice } from '../../ui/layout.js';
import { emptyDraft, type DraftProps, type OfficeDraft } from './office-draft.js';
import { HeadFields, IdentityFields, LogoField, RegionFields } from './OfficeFields.js';
import { focusFirstInvalid, useOfficeDraft } from './useOfficeDraft.js';

const STEPS: { title: string; description: string; fields: string[]; Body(props: DraftProps): React.JSX.Element }[] = [
  {
    title: 'Wilayah kerja',
    description: 'Pilih kabupaten/kota tempat kantor Anda bertugas.',
    fields: ['provinceCode', 'regencyCode'],
    Body: RegionFields,
  },
  {
    title: 'Identitas kantor',
    description: 'Nama dan alamat kantor dicetak pada kop surat setiap laporan.',
    fields: ['officeName', 'address', 'phone', 'email'],
    Body: IdentityFields,
  },
  {
    title: 'Pimpinan dan tanda tangan',
    description: 'Dipakai pada blok tanda tangan laporan.',
    fields: ['headName', 'headRank', 'headPosition', 'headNip', 'signaturePlace'],
    Body: HeadFields,
  },
  {
    title: 'Logo',
    description: 'Logo pemerintah daerah untuk kop surat. Dapat ditambahkan nanti di Pengaturan.',
    fields: ['logo'],
    Body: LogoField,
  },
];

/**
 * What was typed in the wizard, kept for the window's session: a reload (F5, the app restarted
 * under an open browser tab) does not send the office back to step 1 with nothing filled in.
 */
const KEPT = 'sinergi-kb.setup-wizard';

function keptWizard(): { step: number; draft: OfficeDraft } | null {
  try {
    return JSON.parse(sessionStorage.getItem(KEPT) ?? 'null') as { step: number; draft: OfficeDraft } | null;
  } catch {
    return null;
  }
}

function keepWizard(step: number, draft: OfficeDraft): void {
  try {
    sessionStorage.setItem(KEPT, JSON.stringify({ step, draft }));
  } catch {
    // A logo too large for the session's storage: the rest is kept, the logo is chosen again.
    sessionStorage.setItem(KEPT, JSON.stringify({ step, draft: { ...draft, logo: { action: 'keep' }, logoPreview: null } }));
  }
}

/** First start: a short wizard that sets up the office and loads its kabupaten's places. */
export function SetupWizard({ onDone }: { onDone(): void }) {
  const [kept] = useState(keptWizard);
  const form = useOfficeDraft(kept?.draft ?? emptyDraft());
  const [step, setStep] = useState(kept?.step ?? 0);
  useEffect(() => keepWizard(step, form.draft), [step, form.draft]);
  const current = STEPS[step]!;
  const stepHeading = useRef<HTMLHeadingElement>(null);
  // The Lanjut button is disabled while a step is checked: the keyboard goes on from the new step's title.
  useFocusWhenLost(stepHeading, step);
  const last = step === STEPS.length - 1;

  async function next(event: FormEvent) {
    event.preventDefault();
    if (!(await form.check(current.fields))) return focusFirstInvalid();
    if (!last) return setStep(step + 1);
    const saved = await form.save();
    if (saved.ok) {
      sessionStorage.removeItem(KEPT);
      return onDone();
    }
    const firstStepWithError = STEPS.findIndex((s) => s.fields.some((f) => saved.fields.includes(f)));
    if (firstStepWithError >= 0) setStep(firstStepWithError);
    focusFirstInvalid();
  }

  return (
    <main className="wizard">
      <div className="wizard__panel">
        <p className="wizard__brand">Sinergi KB</p>
        <h1>Pengaturan Kantor</h1>
        <p className="wizard__lead">Selamat datang. Lengkapi data kantor Anda sekali saja; semuanya dapat diubah kemudian di menu Pengaturan.</p>
        <ol className="stepper" aria-label="Langkah pengaturan">
          {STEPS.map((s, index) => (
            <li key={s.title} className={index === step ? 'is-current' : index < step ? 'is-done' : ''} aria-current={index === step ? 'step' : undefined}>
              <span className="stepper__number">{index + 1}</span>
              {s.title}
            </li>
          ))}
        </ol>
        <form onSubmit={next} noValidate aria-label={current.title}>
          <h2 ref={stepHeading} tabIndex={-1}>
            Langkah {step + 1} dari {STEPS.length}: {current.title}
          </h2>
          <p className="card__description">{current.description}</p>
          <current.Body draft={form.draft} set={form.set} errors={form.errors} />
          {form.formError && Object.keys(form.errors).length === 0 ? <Notice tone="error">{form.formError}</Notice> : null}
          <div className="wizard__actions">
            <button type="button" className="button button--ghost" disabled={step === 0 || form.busy} onClick={() => setStep(step - 1)}>
              Kembali
            </button>
            <button type="submit" className="button button--primary" disabled={form.busy}>
              {form.busy ? 'Menyimpan dan memuat data wilayah…' : last ? 'Simpan dan mulai' : 'Lanjut'}
            </button>
          </div>
        </form>
      </div>
    </main>
  );
}
