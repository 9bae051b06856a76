import { useState } from 'react';
import { TextField } from './fields.js';

// Dates are typed as on paper, "23/03/2017". The browser's own date field would show the
// format of the Windows language (often mm/dd/yyyy on an English Windows), so it is not used.

/** "23/03/2017", "23-3-2017", "23.03.2017" or "2017-03-23" → "2017-03-23"; anything else as typed. */
export function parseDate(raw: string): string {
  const text = raw.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (!match) return text;
  return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
}

/** "2017-03-23" → "23/03/2017". */
export function showDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

interface DateFieldProps {
  name: string;
  label: string;
  /** ISO date, "" when empty. */
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  required?: boolean;
}

export function DateField({ name, label, value, onChange, error, required }: DateFieldProps) {
  const [text, setText] = useState(() => showDate(value));
  return (
    <TextField
      name={name}
      label={label}
      required={required}
      inputMode="numeric"
      autoComplete="off"
      placeholder="hh/bb/tttt"
      value={text}
      onChange={(raw) => {
        setText(raw);
        onChange(parseDate(raw));
      }}
      onBlur={() => setText(showDate(parseDate(text)))}
      error={error}
      hint="Format hh/bb/tttt, misalnya 23/03/2017"
    />
  );
}
