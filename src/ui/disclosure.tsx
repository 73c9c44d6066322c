import { useState, type ReactNode } from 'react';

/** The stylesheet's wide-screen breakpoint (`@media (min-width: 40rem)` in styles.css). */
const WIDE_SCREEN = '(min-width: 40rem)';

function isWideScreen(): boolean {
  return typeof window.matchMedia !== 'function' || window.matchMedia(WIDE_SCREEN).matches;
}

interface DisclosureProps {
  /** The section's heading, which is also what opens it. */
  readonly title: string;
  readonly children: ReactNode;
}

/**
 * A section a phone shows closed and a wide screen shows open: the long explanations behind the answer, so that the
 * answer, the why and the next step fit in about two phone screens. Once the person opens or closes it, it stays so.
 */
export function Disclosure({ title, children }: DisclosureProps) {
  const [isOpen, setIsOpen] = useState(isWideScreen);
  return (
    <details
      className="disclosure"
      open={isOpen}
      onToggle={(event) => {
        setIsOpen(event.currentTarget.open);
      }}
    >
      <summary className="disclosure__summary">
        <h2 className="disclosure__title">{title}</h2>
      </summary>
      {children}
    </details>
  );
}
