import type { Reason } from '../../domain/recommend';
import { useResultWords } from '../../state/language';

/** Reasons in plain words, each with the sources it rests on. */
export function ReasonList({ reasons }: { readonly reasons: readonly Reason[] }) {
  const words = useResultWords();
  return (
    <ul className="reasons">
      {reasons.map((reason) => (
        <li key={JSON.stringify(reason)}>
          {words.reason(reason)} <span className="source">{words.fromSources(reason.sources)}</span>
        </li>
      ))}
    </ul>
  );
}
