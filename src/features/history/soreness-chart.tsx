import { useState } from 'react';
import type { CheckIn } from '../../domain/answers';
import { toDayNumber } from '../../domain/dates';
import { SORENESS_RANK } from '../../domain/guide';
import { useResultWords } from '../../state/language';

const WIDTH = 320;
const HEIGHT = 176;
/** Room for the soreness levels' names on the left and the pain scale on the right. */
const LEFT = 78;
const RIGHT = 22;
const TOP = 18;
const BOTTOM = 34;
/** The soreness levels on the scale, lowest first (fine and mild share the lowest step, rule 3). */
const LEVELS = [0, 1, 2] as const;

/**
 * Soreness after each massage (fine or mild low, bruising high) and pain where given (0 to 10), over a dated time
 * axis, as a small SVG drawn here: a few points need no charting library. Each massage is one stop for the Tab key,
 * named with its date and values, and shown under the chart while focused or pointed at.
 */
export function SorenessChart({ checkIns }: { readonly checkIns: readonly CheckIn[] }) {
  const words = useResultWords();
  const { t } = words;
  const [active, setActive] = useState<string | null>(null);
  const massages = checkIns
    .flatMap((checkIn) => (checkIn.happened ? [checkIn] : []))
    .sort((a, b) => toDayNumber(a.date) - toDayNumber(b.date));
  const first = massages[0];
  const last = massages.at(-1);
  if (first === undefined || last === undefined) return null;
  const from = toDayNumber(first.date);
  const span = Math.max(toDayNumber(last.date) - from, 1);
  const x = (date: CheckIn['date']) =>
    massages.length === 1 ? WIDTH / 2 : LEFT + ((toDayNumber(date) - from) / span) * (WIDTH - LEFT - RIGHT);
  const y = (fraction: number) => TOP + (1 - fraction) * (HEIGHT - TOP - BOTTOM);
  const points = massages.map((checkIn) => ({
    checkIn,
    x: x(checkIn.date),
    soreness: y(SORENESS_RANK[checkIn.felt] / 2),
    pain: checkIn.pain === undefined ? null : y(checkIn.pain / 10),
    label: `${words.date(checkIn.date)}. ${entryText(words.t, checkIn)}`,
  }));
  const line = (values: readonly (readonly [number, number])[]) =>
    values.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ');
  const pain = points.flatMap((point) => (point.pain === null ? [] : [[point.x, point.pain] as const]));
  const shown = points.find((point) => point.checkIn.id === active);
  const ticks = massages.length === 1 ? [first] : [first, last];
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="group" aria-label={t('history.chartLabel')}>
        {LEVELS.map((level) => (
          <g key={level} aria-hidden="true">
            <line x1={LEFT} x2={WIDTH - RIGHT} y1={y(level / 2)} y2={y(level / 2)} className="chart__grid" />
            <text x={LEFT - 6} y={y(level / 2) + 4} className="chart__label chart__label--end">
              {t(`history.level.${String(level)}` as 'history.level.0')}
            </text>
            <text x={WIDTH - 2} y={y(level / 2) + 4} className="chart__label chart__label--end">
              {String(level * 5)}
            </text>
          </g>
        ))}
        {ticks.map((checkIn, index) => (
          <text
            key={checkIn.id}
            x={index === 0 ? LEFT : WIDTH - RIGHT}
            y={HEIGHT - 8}
            className={index === 0 ? 'chart__label' : 'chart__label chart__label--end'}
            aria-hidden="true"
          >
            {words.shortDate(checkIn.date)}
          </text>
        ))}
        <polyline points={line(points.map((point) => [point.x, point.soreness]))} className="chart__soreness" />
        {pain.length > 1 ? <polyline points={line(pain)} className="chart__pain" /> : null}
        {points.map((point) => (
          <g
            key={point.checkIn.id}
            className="chart__point"
            tabIndex={0}
            role="img"
            aria-label={point.label}
            onFocus={() => {
              setActive(point.checkIn.id);
            }}
            onMouseEnter={() => {
              setActive(point.checkIn.id);
            }}
            onBlur={() => {
              setActive(null);
            }}
          >
            <circle cx={point.x} cy={point.soreness} r="11" className="chart__target" />
            <circle cx={point.x} cy={point.soreness} r="4.5" className="chart__soreness-point" />
            {point.pain === null ? null : (
              <rect x={point.x - 4} y={point.pain - 4} width="8" height="8" className="chart__pain-point" />
            )}
          </g>
        ))}
      </svg>
      <p className="chart__value" aria-hidden="true">
        {shown?.label ?? t('history.chartHint')}
      </p>
      <figcaption className="hint">{t('history.chartLegend')}</figcaption>
    </figure>
  );
}

/** A check-in in words: how the massage felt, pain, improving; the timeline and the chart say it alike. */
export function entryText(t: ReturnType<typeof useResultWords>['t'], checkIn: CheckIn): string {
  const felt = checkIn.happened ? t(`option.afterLastMassage.${checkIn.felt}`).toLowerCase() : '';
  const text = !checkIn.happened
    ? t('history.skippedEntry')
    : checkIn.pain === undefined
      ? t('history.massage', { felt })
      : t('history.massagePain', { felt, pain: checkIn.pain });
  return checkIn.improving === undefined
    ? text
    : `${text} ${t(`history.improving.${String(checkIn.improving)}` as 'history.improving.true')}`;
}
