import { useId, type ReactNode } from 'react';

export interface CardChoice<V> {
  readonly value: V;
  readonly label: string;
}

interface CardChoicesProps<V> {
  readonly legend: string;
  readonly options: readonly CardChoice<V>[];
  readonly selected: V | undefined;
  readonly onChange: (value: V) => void;
  /** A short hint under the legend, tied to the group. */
  readonly hint?: string | undefined;
  /** An inline error, tied to the group (GOV.UK pattern). */
  readonly error?: string | undefined;
  /** `scale`: short options side by side, such as 0 to 10. */
  readonly layout?: 'list' | 'scale';
  /** Shown under the options, such as a revealed field. */
  readonly children?: ReactNode;
}

/**
 * A group of native radios as the questionnaire's cards (the whole card is the label, 48 px tall at least), for a
 * form inside a panel: the check-in, the history's reports, entering advice. Nothing is chosen until the person
 * chooses. The legend is a label, not the page's heading.
 */
export function CardChoices<V extends string | number | boolean>(props: CardChoicesProps<V>) {
  const { legend, options, selected, onChange, hint, error, layout = 'list', children } = props;
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
      <div className={layout === 'scale' ? 'choices choices--scale' : 'choices'}>
        {options.map((option) => {
          const inputId = `${id}-${String(option.value)}`;
          return (
            <div className="choice" key={String(option.value)}>
              <input
                className="choice__input"
                type="radio"
                id={inputId}
                name={id}
                checked={selected === option.value}
                onChange={() => {
                  onChange(option.value);
                }}
              />
              <label className="choice__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
      {children}
    </fieldset>
  );
}

/** Pain now on the 0 to 10 scale, or not said: `null` is "rather not say", `undefined` nothing chosen yet. */
export type PainAnswer = number | null | undefined;

interface PainScaleProps {
  readonly legend: string;
  readonly notSaid: string;
  readonly value: PainAnswer;
  readonly onChange: (value: number | null) => void;
}

const PAIN_LEVELS = Array.from({ length: 11 }, (_, level) => ({ value: level, label: String(level) }));

/** Pain from 0 to 10 as a row of radios, then "rather not say" on its own; nothing chosen at first. */
export function PainScale({ legend, notSaid, value, onChange }: PainScaleProps) {
  return (
    <CardChoices<number | 'not-said'>
      legend={legend}
      layout="scale"
      options={[...PAIN_LEVELS, { value: 'not-said', label: notSaid }]}
      selected={value === null ? 'not-said' : value}
      onChange={(chosen) => {
        onChange(chosen === 'not-said' ? null : chosen);
      }}
    />
  );
}

interface SelectFieldProps {
  readonly label: string;
  readonly options: readonly CardChoice<string>[];
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
