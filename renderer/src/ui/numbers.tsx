import { useState } from 'react';
import { formatNumber } from '../../../electron/contract/format.js';
import { TextField } from './fields.js';

/**
 * Reads what an office worker types as a whole number: "1.000" and "1 000" mean a thousand.
 * Anything else is passed on as typed, so the main process's schema names the problem.
 */
export function parseCount(raw: string): number | string {
  const compact = raw.trim().replace(/\s+/g, '');
  if (compact === '') return 0;
  if (/^\d{1,3}(\.\d{3})+$/.test(compact)) return Number(compact.replace(/\./g, ''));
  if (/^-?\d+$/.test(compact)) return Number(compact);
  return raw;
}

/** As parseCount, but a blank field is a figure not filled in (null), not 0. */
export function parseOptionalCount(raw: string): number | string | null {
  return raw.trim() === '' ? null : parseCount(raw);
}

interface CountFieldProps<V> {
  name: string;
  label: string;
  value: V;
  onChange(value: V): void;
  error?: string | undefined;
  hint?: string | undefined;
  warning?: string | undefined;
}

const shown = (value: number | string | null) => (typeof value === 'number' ? formatNumber(value) : (value ?? ''));

/**
 * A whole-number field that shows "1.000". The text stays as typed while the field is edited
 * (changing it on focus would drop the selection a keyboard user relies on) and is tidied on blur.
 * Left blank it is 0.
 */
export function CountField(props: CountFieldProps<number | string>) {
  return <CountInput {...props} parse={parseCount} />;
}

/** A count field for a figure the office may not know: left blank it is null ("belum diisi"). */
export function OptionalCountField(props: CountFieldProps<number | string | null>) {
  return <CountInput {...props} parse={parseOptionalCount} />;
}

function CountInput<V extends number | string | null>({ name, label, value, onChange, error, hint, warning, parse }: CountFieldProps<V> & { parse(raw: string): V }) {
  const [text, setText] = useState(() => shown(value));
  return (
    <TextField
      name={name}
      label={label}
      inputMode="numeric"
      autoComplete="off"
      className="number"
      value={text}
      onBlur={() => setText(shown(parse(text)))}
      onChange={(raw) => {
        setText(raw);
        onChange(parse(raw));
      }}
      error={error}
      hint={warning ?? hint}
      warning={Boolean(warning)}
    />
  );
}
