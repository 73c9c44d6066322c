import { useId } from 'react';

interface BookingLinkProps {
  /** The practice's booking page, exactly as configured: nothing is added to it. */
  readonly href: string;
  readonly label: string;
  /** Said with the link, for everyone: where it goes and what does not go with it. */
  readonly note: string;
  /** The screen's one filled button: the next step where the practice takes bookings. */
  readonly isPrimary?: boolean;
}

/**
 * A link styled as a button that opens the practice's booking page in a new tab. `noreferrer` (and the page's own
 * referrer policy) keeps this page's address, and so a shared plan's fragment, from going with it; `noopener`
 * keeps the new tab from reaching back into this one.
 */
export function BookingLink({ href, label, note, isPrimary = false }: BookingLinkProps) {
  const noteId = useId();
  return (
    <div className="booking no-print">
      <a
        className={isPrimary ? 'button' : 'button button--secondary'}
        href={href}
        target="_blank"
        rel="noopener noreferrer"
        referrerPolicy="no-referrer"
        aria-describedby={noteId}
      >
        {label}
      </a>
      <p className="hint" id={noteId}>
        {note}
      </p>
    </div>
  );
}
