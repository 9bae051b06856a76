import { useCallback, useState } from 'react';
import { call } from '../../api/transport.js';
import { byField, toPayload, type FieldErrors, type OfficeDraft } from './office-draft.js';

/** Form state for the office, checked and saved through the main process's single schema. */
export function useOfficeDraft(initial: OfficeDraft) {
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);

  const set = useCallback(<K extends keyof OfficeDraft>(field: K, value: OfficeDraft[K]) => {
    setDraft((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  }, []);

  /** Checks the draft and shows the problems of `fields` only; true when those fields are fine. */
  async function check(fields: readonly string[]): Promise<boolean> {
    setFormError(null);
    const result = await call('office-check', toPayload(draft));
    if (!result.ok) {
      setFormError(result.error.message);
      return false;
    }
    const problems = byField(result.value);
    const relevant = Object.fromEntries(fields.filter((f) => problems[f]).map((f) => [f, problems[f]]));
    setErrors(relevant);
    return Object.keys(relevant).length === 0;
  }

  /** Saves; on failure shows every field's message and returns the fields that failed. */
  async function save(): Promise<{ ok: true } | { ok: false; fields: string[] }> {
    setBusy(true);
    setFormError(null);
    try {
      const result = await call('office-save', toPayload(draft));
      if (result.ok) return { ok: true };
      const problems = byField(result.error.fields);
      setErrors(problems);
      setFormError(result.error.message);
      return { ok: false, fields: Object.keys(problems) };
    } finally {
      setBusy(false);
    }
  }

  return { draft, set, errors, busy, formError, check, save, setDraft };
}

/** Moves keyboard focus to the first field that has a message, once React has drawn the messages. */
export function focusFirstInvalid(framesLeft = 10): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (field) field.focus();
    else if (framesLeft > 0) focusFirstInvalid(framesLeft - 1);
  });
}
