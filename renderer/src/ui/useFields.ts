import { useCallback, useState } from 'react';
import { useFlash } from './flash.js';

/** A form's values and the main process's messages for them; editing a field clears its message. */
export function useFields<T extends object>(initial: () => T) {
  const flash = useFlash();
  const [fields, setFields] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: '' }));
  }, []);
  // An earlier save's "… disimpan." still showing beside this form's problems reads as if this
  // entry had been saved too.
  const showErrors = useCallback(
    (next: Record<string, string>) => {
      if (Object.values(next).some(Boolean)) flash(null);
      setErrors(next);
    },
    [flash],
  );
  return { fields, set, errors, setErrors: showErrors };
}
