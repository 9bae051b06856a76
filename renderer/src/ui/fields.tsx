import type { InputHTMLAttributes, ReactNode } from 'react';

// Labelled form controls: the label is a real <label>, and a field's error sits right under it,
// linked by aria-describedby, so screen readers and keyboard users get the same message.

interface FieldFrameProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** Show the hint as a warning (stored, but worth a second look). */
  warning?: boolean | undefined;
  required?: boolean | undefined;
  children: ReactNode;
}

function FieldFrame({ id, label, error, hint, warning, required, children }: FieldFrameProps) {
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      {/* The asterisk comes from CSS so it is not part of the label's text (aria-required says it). */}
      <label htmlFor={id} className={required ? 'is-required' : undefined}>
        {label}
      </label>
      {children}
      {hint && !error ? (
        <p className={warning ? 'field__warning' : 'field__hint'} id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string, hint?: string) =>
  error ? `${id}-error` : hint ? `${id}-hint` : undefined;

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  warning?: boolean | undefined;
}

export function TextField({ name, label, value, onChange, error, hint, warning, required, ...rest }: TextFieldProps) {
  const id = `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} warning={warning} required={required}>
      <input
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required}
        {...rest}
      />
    </FieldFrame>
  );
}

interface SelectFieldProps {
  name: string;
  label: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange(value: string): void;
  placeholder?: string;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean;
  disabled?: boolean;
}

export function SelectField({ name, label, value, options, onChange, placeholder, error, hint, required, disabled }: SelectFieldProps) {
  const id = `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} required={required}>
      <select
        id={id}
        name={name}
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        aria-required={required}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

interface TextAreaFieldProps {
  name: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  hint?: string | undefined;
  rows?: number;
}

export function TextAreaField({ name, label, value, onChange, error, hint, rows = 3 }: TextAreaFieldProps) {
  const id = `field-${name}`;
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
      />
    </FieldFrame>
  );
}
