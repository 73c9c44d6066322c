import type { CheckIn } from '../../domain/answers';
import { SORENESS_RANK } from '../../domain/guide';
import { useResultWords } from '../../state/language';

const WIDTH = 320;
const HEIGHT = 120;
const PAD = 12;

/**
 * Soreness after each massage (fine/mild low, bruising high) and pain where given, as a small SVG drawn here: a
 * few points need no charting library. One labelled image to a screen reader, pointing to the table that follows
 * with the same figures.
 */
export function SorenessChart({ checkIns }: { readonly checkIns: readonly CheckIn[] }) {
  const { t } = useResultWords();
  const massages = checkIns.filter((checkIn) => checkIn.happened);
  if (massages.length === 0) return null;
  const step = massages.length > 1 ? (WIDTH - 2 * PAD) / (massages.length - 1) : 0;
  const x = (index: number) => PAD + index * step;
  const y = (fraction: number) => HEIGHT - PAD - fraction * (HEIGHT - 2 * PAD);
  const soreness = massages.map((checkIn, index) => [x(index), y(SORENESS_RANK[checkIn.felt] / 2)] as const);
  const pain = massages.flatMap((checkIn, index) =>
    checkIn.pain === undefined ? [] : [[x(index), y(checkIn.pain / 10)] as const],
  );
  const line = (points: readonly (readonly [number, number])[]) =>
    points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-label={t('history.chartLabel')}>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT - PAD} y2={HEIGHT - PAD} className="chart__axis" />
        <polyline points={line(soreness)} className="chart__soreness" />
        {soreness.map(([px, py], index) => (
          <circle key={`s${String(index)}`} cx={px} cy={py} r="4" className="chart__soreness-point" />
        ))}
        {pain.length > 0 ? <polyline points={line(pain)} className="chart__pain" /> : null}
        {pain.map(([px, py], index) => (
          <rect
            key={`p${String(index)}`}
            x={px - 3.5}
            y={py - 3.5}
            width="7"
            height="7"
            className="chart__pain-point"
          />
        ))}
      </svg>
      <figcaption className="hint">{t('history.chartLegend')}</figcaption>
    </figure>
  );
}
