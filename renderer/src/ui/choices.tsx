import type { RefOption } from '../../../electron/contract/reference.js';

// Multi-select as a group of checkboxes: every choice visible, keyboard-usable with Tab/Space.

interface CheckboxGroupProps {
  name: string;
  legend: string;
  options: RefOption[];
  value: string[];
  onChange(value: string[]): void;
  error?: string | undefined;
  columns?: 1 | 2 | 3;
}

export function CheckboxGroup({ name, legend, options, value, onChange, error, columns = 2 }: CheckboxGroupProps) {
  // Retired choices stay visible only where a record still carries them.
  const visible = options.filter((option) => option.active || value.includes(option.code));
  return (
    <fieldset className={`choices${error ? ' field--invalid' : ''}`} aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      <div className={`choices__grid choices__grid--${columns}`}>
        {visible.map((option) => (
          <label key={option.code} className="choice">
            <input
              type="checkbox"
              name={name}
              value={option.code}
              checked={value.includes(option.code)}
              onChange={(event) => onChange(event.target.checked ? [...value, option.code] : value.filter((code) => code !== option.code))}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function Checkbox({ name, label, checked, onChange, error }: { name: string; label: string; checked: boolean; onChange(checked: boolean): void; error?: string | undefined }) {
  return (
    <div className={`field field--checkbox${error ? ' field--invalid' : ''}`}>
      <label className="choice">
        <input type="checkbox" name={name} checked={checked} onChange={(event) => onChange(event.target.checked)} aria-describedby={error ? `${name}-error` : undefined} />
        <span>{label}</span>
      </label>
      {error ? (
        <p className="field__error" id={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
