import { useRef, type ReactNode, type Ref } from 'react';
import { useFocusWhenLost } from './focus.js';

export function PageHeader({ title, subtitle, actions }: { title: string; subtitle?: string; actions?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving on a screen, the keyboard starts from its title.
  useFocusWhenLost(heading, title);
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {subtitle ? <p className="page-header__subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="page-header__actions">{actions}</div> : null}
    </header>
  );
}

/** A card with a title; `headingRef` makes the title focusable, for a panel that takes the keyboard as it opens. */
export function Section({ title, description, headingRef, children }: { title: string; description?: string; headingRef?: Ref<HTMLHeadingElement>; children: ReactNode }) {
  return (
    <section className="card" aria-label={title}>
      <h2 className="card__title" ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
        {title}
      </h2>
      {description ? <p className="card__description">{description}</p> : null}
      {children}
    </section>
  );
}

type NoticeTone = 'info' | 'success' | 'error' | 'warning';

export function Notice({ tone, children }: { tone: NoticeTone; children: ReactNode }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** The foot of a form: an optional "Batal" and the submit button, right-aligned. */
export function FormActions({ submit, onCancel, busy }: { submit: string; onCancel?: (() => void) | undefined; busy?: boolean }) {
  return (
    <div className="form-actions">
      {onCancel ? (
        <button type="button" className="button button--ghost" onClick={onCancel}>
          Batal
        </button>
      ) : null}
      <button type="submit" className="button button--primary" disabled={busy}>
        {submit}
      </button>
    </div>
  );
}
