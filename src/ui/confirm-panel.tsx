import { useEffect, useId, useRef } from 'react';

interface ConfirmPanelProps {
  readonly title: string;
  readonly text: string;
  readonly confirmLabel: string;
  readonly cancelLabel: string;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * Asks before something that can't be undone (clearing or replacing saved answers): the question gets focus
 * when it appears, the action that destroys is marked as a warning, and keeping things is one tap away.
 */
export function ConfirmPanel({ title, text, confirmLabel, cancelLabel, onConfirm, onCancel }: ConfirmPanelProps) {
  const id = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  return (
    <section className="confirm" aria-labelledby={id}>
      <h2 id={id} ref={headingRef} tabIndex={-1}>
        {title}
      </h2>
      <p>{text}</p>
      <div className="actions">
        <button type="button" className="button button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </section>
  );
}
