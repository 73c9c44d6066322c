import { useEffect, useId, useRef } from 'react';

export interface SummaryError {
  /** The id of the field to move to. */
  readonly target: string;
  readonly message: string;
}

/**
 * The GOV.UK error summary: at the top of the page, focused when it appears, each error a link that moves
 * focus to its field.
 */
export function ErrorSummary({ title, errors }: { readonly title: string; readonly errors: readonly SummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  // Each screen of the questionnaire stays in the page (hidden) once built, so ids must be unique to this summary.
  const titleId = useId();
  useEffect(() => {
    ref.current?.focus();
  }, [errors]);
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={titleId}>
      <h2 className="error-summary__title" id={titleId}>
        {title}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.target}>
            <a
              href={`#${error.target}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(error.target)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
