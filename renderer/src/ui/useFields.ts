import { useCallback, useState } from 'react';

/** A form's values and the main process's messages for them; editing a field clears its message. */
export function useFields<T extends object>(initial: () => T) {
  const [fields, setFields] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = useCallback(<K extends keyof T>(key: K, value: T[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setErrors((current) => ({ ...current, [key]: '' }));
  }, []);
  return { fields, set, errors, setErrors };
}
