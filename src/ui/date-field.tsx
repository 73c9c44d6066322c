import { useId } from 'react';

interface DateFieldProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  /** Shown above the input and tied to it (GOV.UK error pattern). */
  readonly error?: string | undefined;
  readonly min?: string;
  readonly max?: string;
  /** Extra classes for the field, such as a conditional reveal's. */
  readonly className?: string;
  readonly inputRef?: React.Ref<HTMLInputElement>;
}

/** A labelled date input with its error message wired to it: moving a session, the day of a massage. */
export function DateField({ label, value, onChange, error, min, max, className, inputRef }: DateFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const classes = ['field', error === undefined ? null : 'field--error', className ?? null].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      {error === undefined ? null : (
        <p className="error-message" id={errorId}>
          {error}
        </p>
      )}
      <input
        className="input"
        type="date"
        id={id}
        ref={inputRef}
        min={min}
        max={max}
        value={value}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    </div>
  );
}
