/** A short fact a result states (the pressure, a session's length), and whether it asks for care. */
interface FactItem {
  readonly text: string;
  readonly isNotice: boolean;
}

/** Short facts drawn as text with a mark, nothing that looks pressable (a notice in the warning colour). */
export function Facts({ facts }: { readonly facts: readonly FactItem[] }) {
  return (
    <ul className="facts">
      {facts.map((fact) => (
        <li key={fact.text} className={fact.isNotice ? 'fact fact--notice' : 'fact'}>
          {fact.text}
        </li>
      ))}
    </ul>
  );
}
