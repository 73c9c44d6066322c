/**
 * A practice's copy of the guide, whose ranges may only be narrower than the published guide's (docs/rules.md,
 * “Numbers”). Only the ranges a practice can narrow are here: the rows with a range. Weekly for
 * athletes and "as your clinician advises" have none, and nothing here reaches the safety screen, the gates, the
 * soreness rules or the ceilings, which read the guide's constants, not a configuration.
 */
import { GUIDE, WEEK, type DayRange, type Guide, type GuideRow } from './guide.ts';

/** "Every 2 to 3 weeks", in whole weeks. */
export interface WeeksRange {
  readonly fromWeeks: number;
  readonly toWeeks: number;
}

/** "1 to 2 times a week". */
export interface TimesAWeekRange {
  readonly fromTimesAWeek: number;
  readonly toTimesAWeek: number;
}

export interface GuideNarrowing {
  readonly relaxation?: WeeksRange | undefined;
  readonly posture?: WeeksRange | undefined;
  readonly chronicPainAtFirst?: TimesAWeekRange | undefined;
  readonly chronicPainLater?: WeeksRange | undefined;
}

export const NARROWABLE = ['relaxation', 'posture', 'chronicPainAtFirst', 'chronicPainLater'] as const;

function fromWeeks(range: WeeksRange): DayRange {
  return { min: range.fromWeeks * WEEK, max: range.toWeeks * WEEK };
}

/** Twice a week is every 3.5 days on average, as the guide's own range says. */
function fromTimesAWeek(range: TimesAWeekRange): DayRange {
  return { min: WEEK / range.toTimesAWeek, max: WEEK / range.fromTimesAWeek };
}

/** The guide's ranges in the configuration's words: what a practice may narrow, and no further. */
export function guideLimits(guide: Guide = GUIDE): {
  readonly relaxation: WeeksRange;
  readonly posture: WeeksRange;
  readonly chronicPainAtFirst: TimesAWeekRange;
  readonly chronicPainLater: WeeksRange;
} {
  const steady = (row: GuideRow): DayRange =>
    row.frequency.kind === 'steady' ? row.frequency.days : { min: 0, max: 0 };
  const chronic = guide.rows['chronic-pain'].frequency;
  const initial = chronic.kind === 'phased' ? chronic.initial : { min: 0, max: 0 };
  const later = chronic.kind === 'phased' ? chronic.maintenance : { min: 0, max: 0 };
  const weeks = (range: DayRange): WeeksRange => ({ fromWeeks: range.min / WEEK, toWeeks: range.max / WEEK });
  return {
    relaxation: weeks(steady(guide.rows.relaxation)),
    posture: weeks(steady(guide.rows.posture)),
    chronicPainAtFirst: { fromTimesAWeek: WEEK / initial.max, toTimesAWeek: WEEK / initial.min },
    chronicPainLater: weeks(later),
  };
}

/**
 * The guide with a practice's narrower ranges. Takes a narrowing already checked at build time (inside the
 * guide's ranges, from ≤ to); everything else is the guide's.
 */
export function narrowGuide(narrowing: GuideNarrowing, guide: Guide = GUIDE): Guide {
  const { relaxation, posture, chronicPainAtFirst, chronicPainLater } = narrowing;
  const chronic = guide.rows['chronic-pain'];
  return {
    rows: {
      ...guide.rows,
      ...(relaxation === undefined
        ? {}
        : { relaxation: { ...guide.rows.relaxation, frequency: { kind: 'steady', days: fromWeeks(relaxation) } } }),
      ...(posture === undefined
        ? {}
        : { posture: { ...guide.rows.posture, frequency: { kind: 'steady', days: fromWeeks(posture) } } }),
      ...(chronic.frequency.kind === 'phased' && (chronicPainAtFirst !== undefined || chronicPainLater !== undefined)
        ? {
            'chronic-pain': {
              ...chronic,
              frequency: {
                kind: 'phased',
                initial:
                  chronicPainAtFirst === undefined ? chronic.frequency.initial : fromTimesAWeek(chronicPainAtFirst),
                maintenance:
                  chronicPainLater === undefined ? chronic.frequency.maintenance : fromWeeks(chronicPainLater),
              },
            },
          }
        : {}),
    },
  };
}
