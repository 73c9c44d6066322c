import { useId, type ReactNode } from 'react';

export interface RadioLine<V> {
  readonly value: V;
  readonly label: string;
}

interface RadioLineGroupProps<V> {
  readonly legend: string;
  readonly options: readonly RadioLine<V>[];
  readonly selected: V | undefined;
  readonly onChange: (value: V) => void;
  /** A short hint under the legend, tied to the group. */
  readonly hint?: string | undefined;
  /** An inline error, tied to the group (GOV.UK pattern). */
  readonly error?: string | undefined;
  /** Shown under the options, such as a revealed field. */
  readonly children?: ReactNode;
}

/** A small group of native radios on plain lines, for a form inside a panel (the questions use choice cards). */
export function RadioLineGroup<V extends string | boolean>(props: RadioLineGroupProps<V>) {
  const { legend, options, selected, onChange, hint, error, children } = props;
  const id = useId();
  const describedBy = [hint === undefined ? null : `${id}-hint`, error === undefined ? null : `${id}-error`]
    .filter((one) => one !== null)
    .join(' ');
  return (
    <fieldset
      className={error === undefined ? 'fieldset fieldset--small' : 'fieldset fieldset--small field--error'}
      aria-describedby={describedBy === '' ? undefined : describedBy}
    >
      <legend className="label">{legend}</legend>
      {hint === undefined ? null : (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error === undefined ? null : (
        <p className="error-message" id={`${id}-error`}>
          {error}
        </p>
      )}
      {options.map((option) => (
        <label className="radio-line" key={String(option.value)}>
          <input
            type="radio"
            name={id}
            checked={selected === option.value}
            onChange={() => {
              onChange(option.value);
            }}
          />
          <span>{option.label}</span>
        </label>
      ))}
      {children}
    </fieldset>
  );
}

interface SelectFieldProps {
  readonly label: string;
  readonly options: readonly RadioLine<string>[];
  readonly value: string;
  readonly onChange: (value: string) => void;
}

/** A labelled native select. */
export function SelectField({ label, options, value, onChange }: SelectFieldProps) {
  const id = useId();
  return (
    <div className="field">
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <select
        className="select"
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
