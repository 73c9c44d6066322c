/** A thin bar under "Question 2 of 5"; the words carry the meaning, so the bar is hidden from screen readers. */
export function ProgressBar({ number, total }: { readonly number: number; readonly total: number }) {
  const fraction = total > 0 ? Math.min(1, number / total) : 0;
  return (
    <div className="progress-bar" aria-hidden="true">
      <div className="progress-bar__fill" style={{ transform: `scaleX(${fraction.toFixed(3)})` }} />
    </div>
  );
}
