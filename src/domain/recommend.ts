/**
 * The rules engine (docs/rules.md): the person's timeline in, a recommendation out. Pure
 * and total: no clock, no randomness, no I/O; every parsed input gets an answer. Reasons and cautions are codes
 * with values; the text catalog words them.
 */
import type { Answers, ClinicianAdvice } from './answers';
import { addDays, type IsoDate } from './dates';
import {
  CHRONIC_SESSION_MINUTES,
  GATING_TIERS,
  LIFESTYLE_ROW,
  PAUSE_DAYS,
  REVIEW_AFTER_DAYS,
  SAFETY_ITEMS,
  SAFETY_ITEM_TIER,
  SAFETY_TIERS,
  WEEK,
  isStraining,
  type DayRange,
  type Guide,
  type Lifestyle,
  type RowFrequency,
  type RowId,
  type SafetyItem,
  type SafetyTier,
} from './guide';
import { SAFETY_ITEM_SOURCES, type SourceId } from './sources';
import { readTimeline, type Timeline, type TimelineState } from './timeline';

/**
 * The strictest of urgent > wait until well > professional first > plan (rule 10). `wait`: a fever or an acute
 * illness; no frequency and no advice until the person is well and retakes the questions.
 */
export type Outcome = 'plan' | 'professional' | 'wait' | 'urgent';
export type Pressure = 'usual' | 'lighter';
/** `ongoing` for rows without phases; chronic pain has `initial` then `maintenance` (rule 4). */
export type Phase = 'ongoing' | 'initial' | 'maintenance';
/** Where rule 2 put the interval inside the range. */
export type Point = 'less-frequent-end' | 'more-frequent-end' | 'middle' | 'single-value';

/** How often, as average days between sessions: 3.5 is twice a week, 7 every week, 14 every 2 weeks. */
export type IntervalDays = number;

export type Schedule =
  | {
      readonly source: 'guide';
      readonly phase: Phase;
      readonly intervalDays: IntervalDays;
      /** The range the interval was chosen from; a person may pick another point inside it (rule 2). */
      readonly range: DayRange;
      /** Chronic pain's initial phase: the review point, in days after the plan's start or `reviewFrom` (rule 4). */
      readonly reviewAfterDays: number | null;
      /** When the first weeks began (or began again after a setback): the review counts from here or the start. */
      readonly reviewFrom: IsoDate | null;
      /** Chronic pain's initial phase: the maintenance that follows once the pain improves (rule 4). */
      readonly then: {
        readonly phase: 'maintenance';
        readonly intervalDays: IntervalDays;
        readonly range: DayRange;
      } | null;
    }
  | { readonly source: 'clinician'; readonly advice: ClinicianAdvice; readonly intervalDays: IntervalDays };

/** Rule 2: the lifestyle's own row, named as an option when it is more frequent than the goal's row. */
export interface LifestyleOption {
  readonly row: RowId;
  readonly range: DayRange;
  readonly intervalDays: IntervalDays;
}

/** Rule 3: after bruising, the next session no sooner than `days` after `since`, the day of the report. */
export interface Pause {
  readonly days: number;
  readonly since: IsoDate;
}

/** The first day a session may be after a pause: "not before" this day. */
export function pauseEnd(pause: Pause): IsoDate {
  return addDays(pause.since, pause.days);
}

type ReasonBody =
  | { readonly code: 'row'; readonly row: RowId; readonly frequency: RowFrequency }
  | { readonly code: 'safety-item'; readonly item: SafetyItem; readonly tier: SafetyTier }
  /** A shared link without the ticked items: only their tier travelled (the person kept the items private). */
  | { readonly code: 'safety-withheld'; readonly tier: SafetyTier }
  | { readonly code: 'condition-goal' }
  | { readonly code: 'clinician-advice'; readonly advice: ClinicianAdvice }
  /** The advice was entered after a referral: the plan follows it instead of the guide's (rule 3). */
  | { readonly code: 'advised-after-referral' }
  /** Where lighter pressure is the default with advice: lighter until the clinician allows usual, or allowed. */
  | { readonly code: 'clinician-pressure'; readonly pressure: Pressure }
  /** A not-until-cleared item, and no doctor has cleared them yet. */
  | { readonly code: 'not-cleared' }
  | { readonly code: 'bruising-twice' }
  | { readonly code: 'start-slowly'; readonly days: IntervalDays }
  | { readonly code: 'straining-lifestyle'; readonly lifestyle: Lifestyle; readonly days: IntervalDays }
  | { readonly code: 'middle-of-range'; readonly days: IntervalDays }
  | { readonly code: 'single-value'; readonly days: IntervalDays }
  | { readonly code: 'chronic-initial'; readonly reviewAfterDays: number }
  | { readonly code: 'chronic-improving'; readonly days: IntervalDays }
  | { readonly code: 'chronic-setback' }
  | { readonly code: 'soreness-lasting'; readonly from: IntervalDays; readonly to: IntervalDays }
  | {
      readonly code: 'soreness-bruising';
      readonly from: IntervalDays;
      readonly to: IntervalDays;
      readonly pauseDays: number;
    }
  /** `pressure`: what the pressure is now (a health check may keep it lighter). */
  | { readonly code: 'stepped-back'; readonly days: IntervalDays; readonly pressure: Pressure }
  | { readonly code: 'session-length'; readonly minutes: number };

/** Why the recommendation is what it is (rule 7): a code with values, and the sources it rests on. */
export type Reason = ReasonBody & { readonly sources: readonly SourceId[] };
export type ReasonCode = Reason['code'];

export type Caution =
  | { readonly code: 'urgent-care' }
  | { readonly code: 'wait-until-well' }
  | { readonly code: 'get-cleared' }
  | { readonly code: 'see-professional' }
  | { readonly code: 'check-with-clinician-first'; readonly items: readonly SafetyItem[] }
  | { readonly code: 'tell-therapist' }
  | { readonly code: 'soreness-signs' }
  | { readonly code: 'never-daily' }
  | { readonly code: 'start-slowly-adjust' }
  | { readonly code: 'self-care' };

/**
 * When a caution must be acted on: before any massage (the screen's main instruction where there is no plan),
 * before the next one (said first, under a plan's answer), or as general advice (`null`).
 */
export const CAUTION_GATE: Readonly<Record<Caution['code'], 'before-any' | 'before-next' | null>> = {
  'urgent-care': 'before-any',
  'wait-until-well': 'before-any',
  'get-cleared': 'before-any',
  'see-professional': 'before-any',
  'check-with-clinician-first': 'before-next',
  'tell-therapist': 'before-next',
  'soreness-signs': null,
  'never-daily': null,
  'start-slowly-adjust': null,
  'self-care': null,
};

/** Whether a caution gates the next massage (any of the above but general advice). */
export function isGate(caution: Caution): boolean {
  return CAUTION_GATE[caution.code] !== null;
}

export interface Recommendation {
  readonly outcome: Outcome;
  /** The goal's row of the guide (rule 1). */
  readonly row: RowId;
  /** That row's frequency exactly as the guide states it. */
  readonly rowFrequency: RowFrequency;
  /** What the plan follows: the guide's chosen interval, or the clinician's advice. `null` unless outcome is plan. */
  readonly schedule: Schedule | null;
  readonly lifestyleOption: LifestyleOption | null;
  readonly pressure: Pressure;
  readonly pause: Pause | null;
  /** Rule 9: only where the evidence speaks (chronic pain, about 60 minutes). */
  readonly sessionMinutes: number | null;
  readonly reasons: readonly Reason[];
  readonly cautions: readonly Caution[];
  /**
   * Whether the person can enter what a professional advised now (rule 5's path, or after a referral), and whether
   * to ask if usual pressure was allowed (where lighter pressure is the default). Null where advice can't help yet.
   */
  readonly adviceEntry: { readonly asksPressure: boolean } | null;
}

/**
 * Which sources each reason rests on (rule 7). `planner` is this planner's own rules on top of the guide (how it
 * picks a point in a range and adapts to check-ins); `project`, its reading of "never daily" and "start slowly", is
 * the source of the ceilings only (rule 6), which no reason here states. Studies are cited only for what they showed.
 */
const REASON_SOURCES: Readonly<
  Record<Exclude<ReasonCode, 'row' | 'safety-item' | 'safety-withheld'>, readonly SourceId[]>
> = {
  'condition-goal': ['guide'],
  'clinician-advice': ['guide'],
  'advised-after-referral': ['guide', 'planner'],
  'clinician-pressure': ['nccih'],
  'not-cleared': ['nccih', 'mayo'],
  'bruising-twice': ['guide', 'planner'],
  'start-slowly': ['guide'],
  'straining-lifestyle': ['planner'],
  'middle-of-range': ['planner'],
  'single-value': ['guide'],
  'chronic-initial': ['guide'],
  'chronic-improving': ['guide'],
  'chronic-setback': ['guide'],
  'soreness-lasting': ['guide', 'cambron-2007'],
  'soreness-bruising': ['guide'],
  'stepped-back': ['planner'],
  'session-length': ['sherman-2014', 'perlman-2012'],
};

/** Rule 2's point inside a range, and which rule put it there. */
function choosePoint(
  range: DayRange,
  lifestyle: Lifestyle,
  row: RowId,
  startSlowly: boolean,
): { days: IntervalDays; point: Point } {
  if (range.min === range.max) return { days: range.min, point: 'single-value' };
  if (startSlowly) return { days: range.max, point: 'less-frequent-end' };
  if (isStraining(lifestyle, row)) return { days: range.min, point: 'more-frequent-end' };
  // The middle, rounded to whole weeks toward the less frequent side, never outside the range.
  const middle = Math.ceil((range.min + range.max) / 2 / WEEK) * WEEK;
  return { days: Math.min(Math.max(middle, range.min), range.max), point: 'middle' };
}

/** Average days between sessions of a clinician's advice. */
function adviceIntervalDays(advice: ClinicianAdvice): IntervalDays {
  return advice.kind === 'times-a-week' ? WEEK / advice.times : advice.weeks * WEEK;
}

function lifestyleOptionFor(guide: Guide, row: RowId, range: DayRange, lifestyle: Lifestyle): LifestyleOption | null {
  const optionRow = LIFESTYLE_ROW[lifestyle];
  if (optionRow === null || optionRow === row) return null;
  const frequency = guide.rows[optionRow].frequency;
  if (frequency.kind !== 'steady' || frequency.days.min >= range.min) return null;
  return {
    row: optionRow,
    range: frequency.days,
    intervalDays: choosePoint(frequency.days, lifestyle, optionRow, false).days,
  };
}

const SOURCES_OF = REASON_SOURCES;

/* Cautions without values are shared constants: a recommendation is built often (the exhaustive walk, every render). */
const URGENT_CARE: Caution = { code: 'urgent-care' };
const WAIT_UNTIL_WELL: Caution = { code: 'wait-until-well' };
const GET_CLEARED: Caution = { code: 'get-cleared' };
const SEE_PROFESSIONAL: Caution = { code: 'see-professional' };
const TELL_THERAPIST: Caution = { code: 'tell-therapist' };
const SORENESS_SIGNS: Caution = { code: 'soreness-signs' };
const NEVER_DAILY: Caution = { code: 'never-daily' };
const START_SLOWLY_ADJUST: Caution = { code: 'start-slowly-adjust' };
const SELF_CARE: Caution = { code: 'self-care' };

function pointReasonOf(chosen: { days: IntervalDays; point: Point }, lifestyle: Lifestyle): Reason {
  const days = chosen.days;
  switch (chosen.point) {
    case 'single-value':
      return { code: 'single-value', days, sources: SOURCES_OF['single-value'] };
    case 'less-frequent-end':
      return { code: 'start-slowly', days, sources: SOURCES_OF['start-slowly'] };
    case 'more-frequent-end':
      return { code: 'straining-lifestyle', lifestyle, days, sources: SOURCES_OF['straining-lifestyle'] };
    case 'middle':
      return { code: 'middle-of-range', days, sources: SOURCES_OF['middle-of-range'] };
  }
}

function sorenessReason(gentler: 'lasting' | 'bruising', from: IntervalDays, to: IntervalDays): Reason {
  return gentler === 'lasting'
    ? { code: 'soreness-lasting', from, to, sources: SOURCES_OF['soreness-lasting'] }
    : { code: 'soreness-bruising', from, to, pauseDays: PAUSE_DAYS, sources: SOURCES_OF['soreness-bruising'] };
}

/**
 * The recommendation on `today` from everything the person said (docs/rules.md): their latest answers, and what
 * every check-in, retake and entry of advice adds up to. Null before the first submission.
 *
 * @param timeline parsed submissions, check-ins and advice, in any order (the timeline orders them)
 * @param guide the guide, or a practice's narrower copy of it
 * @param today the device's date: events after it do not count yet
 */
export function recommend(timeline: Timeline, guide: Guide, today: IsoDate): Recommendation | null {
  const reading = readTimeline(timeline, today);
  return reading === null ? null : recommendFromState(reading.answers, reading.state, guide);
}

/** The sources of a tier: those of the items in it (a withheld item's reason cites what any of them would). */
function tierSources(tier: SafetyTier): readonly SourceId[] {
  const sources = new Set<SourceId>();
  for (const item of SAFETY_ITEMS)
    if (SAFETY_ITEM_TIER[item] === tier) for (const id of SAFETY_ITEM_SOURCES[item]) sources.add(id);
  return [...sources];
}

/**
 * The recommendation for answers and the state the timeline adds up to (`readTimeline`): what a shared link
 * reproduces. `withheldSafety` are the tiers of safety items a shared link kept private; they gate, lighten and
 * refer exactly as the items would.
 */
export function recommendFromState(
  answers: Answers,
  state: TimelineState,
  guide: Guide,
  withheldSafety: readonly SafetyTier[] = [],
): Recommendation {
  const row = answers.goal;
  const guideRow = guide.rows[row];
  const rowFrequency = guideRow.frequency;
  const tiers = [...answers.safety.map((item) => SAFETY_ITEM_TIER[item]), ...withheldSafety];
  const tier = SAFETY_TIERS.find((candidate) => tiers.includes(candidate)) ?? null;
  const reasons: Reason[] = [{ code: 'row', row, frequency: rowFrequency, sources: guideRow.sources }];
  const cautions: Caution[] = [];

  const lightItems = answers.safety.filter((item) => SAFETY_ITEM_TIER[item] === 'light-pressure');
  const isLight = tiers.includes('light-pressure');
  if (isLight) cautions.push({ code: 'check-with-clinician-first', items: lightItems });
  for (const item of answers.safety) {
    reasons.push({ code: 'safety-item', item, tier: SAFETY_ITEM_TIER[item], sources: SAFETY_ITEM_SOURCES[item] });
  }
  for (const withheld of new Set(withheldSafety)) {
    reasons.push({ code: 'safety-withheld', tier: withheld, sources: tierSources(withheld) });
  }

  const pause: Pause | null = state.pausedSince === null ? null : { days: PAUSE_DAYS, since: state.pausedSince };
  const needsClearance = tiers.includes('not-until-cleared');
  const usesAdvice =
    row === 'condition' ||
    rowFrequency.kind === 'as-advised' ||
    tiers.some((one) => GATING_TIERS.includes(one)) ||
    state.referral === 'advised';
  const advice = usesAdvice ? state.advice : null;
  // Rule 5 and docs/rules.md, “The safety screen”: with a not-until-cleared item, or after a referral, lighter pressure is the
  // default with a clinician's advice, until the person says their clinician allowed usual pressure.
  const isLighterByDefault = advice !== null && (needsClearance || state.referral === 'advised');
  const pressure: Pressure =
    state.gentler !== 'none' || isLight || (isLighterByDefault && !advice.usualPressure) ? 'lighter' : 'usual';
  const withoutPlan = (
    outcome: 'urgent' | 'wait' | 'professional',
    adviceEntry: Recommendation['adviceEntry'] = null,
  ): Recommendation => ({
    outcome,
    row,
    rowFrequency,
    schedule: null,
    lifestyleOption: null,
    pressure,
    pause: outcome === 'professional' ? pause : null,
    sessionMinutes: null,
    reasons,
    cautions,
    adviceEntry,
  });

  if (tier === 'urgent') {
    cautions.unshift(URGENT_CARE);
    return withoutPlan('urgent');
  }
  if (tier === 'until-well') {
    cautions.unshift(WAIT_UNTIL_WELL);
    return withoutPlan('wait');
  }

  if (state.gentler === 'bruising' && pause !== null) cautions.push(TELL_THERAPIST);
  if (row === 'condition') reasons.push({ code: 'condition-goal', sources: SOURCES_OF['condition-goal'] });
  if (state.referral === 'referred') {
    reasons.push({ code: 'bruising-twice', sources: SOURCES_OF['bruising-twice'] });
    cautions.unshift(SEE_PROFESSIONAL);
    return withoutPlan('professional', { asksPressure: true });
  }
  if (needsClearance && answers.cleared !== true) {
    reasons.push({ code: 'not-cleared', sources: SOURCES_OF['not-cleared'] });
    cautions.unshift(GET_CLEARED);
    return withoutPlan('professional');
  }
  if (usesAdvice) {
    if (advice === null) {
      cautions.unshift(SEE_PROFESSIONAL);
      return withoutPlan('professional', { asksPressure: needsClearance });
    }
    reasons.push({ code: 'clinician-advice', advice: advice.advice, sources: SOURCES_OF['clinician-advice'] });
    if (state.referral === 'advised') {
      reasons.push({ code: 'advised-after-referral', sources: SOURCES_OF['advised-after-referral'] });
    }
    // Rule 5: soreness still lightens the pressure and pauses, but never changes the advised frequency.
    const days = adviceIntervalDays(advice.advice);
    if (state.gentler !== 'none') reasons.push(sorenessReason(state.gentler, days, days));
    // Said only where it is what the badge shows: a reason never contradicts the pressure.
    if (isLighterByDefault && (pressure === 'lighter') === !advice.usualPressure) {
      reasons.push({ code: 'clinician-pressure', pressure, sources: SOURCES_OF['clinician-pressure'] });
    }
    cautions.push(SORENESS_SIGNS, SELF_CARE);
    return {
      outcome: 'plan',
      row,
      rowFrequency,
      schedule: { source: 'clinician', advice: advice.advice, intervalDays: days },
      lifestyleOption: null,
      pressure,
      pause,
      sessionMinutes: null,
      reasons,
      cautions,
      adviceEntry: null,
    };
  }

  let phase: Phase = 'ongoing';
  let range: DayRange;
  if (rowFrequency.kind === 'phased') {
    phase = state.improving ? 'maintenance' : 'initial';
    range = phase === 'maintenance' ? rowFrequency.maintenance : rowFrequency.initial;
  } else {
    range = rowFrequency.days;
  }

  const chosen = choosePoint(range, answers.lifestyle, row, state.startSlowly);
  if (phase === 'maintenance') {
    reasons.push({ code: 'chronic-improving', days: chosen.days, sources: SOURCES_OF['chronic-improving'] });
  } else if (phase === 'initial' && state.setback) {
    reasons.push({ code: 'chronic-setback', sources: SOURCES_OF['chronic-setback'] });
  }
  reasons.push(pointReasonOf(chosen, answers.lifestyle));
  // Rules 3 and 10: a gentler step takes the less frequent end; the least frequent any rule allows wins.
  let intervalDays = chosen.days;
  if (state.gentler !== 'none') {
    intervalDays = Math.max(chosen.days, range.max);
    reasons.push(sorenessReason(state.gentler, chosen.days, intervalDays));
  } else if (state.steppedBack) {
    reasons.push({ code: 'stepped-back', days: intervalDays, pressure, sources: SOURCES_OF['stepped-back'] });
  }
  const reviewAfterDays = phase === 'initial' ? REVIEW_AFTER_DAYS : null;
  const reviewFrom = phase === 'initial' ? state.initialSince : null;
  const then =
    phase === 'initial' && rowFrequency.kind === 'phased'
      ? {
          phase: 'maintenance' as const,
          intervalDays: choosePoint(rowFrequency.maintenance, answers.lifestyle, row, false).days,
          range: rowFrequency.maintenance,
        }
      : null;
  if (reviewAfterDays !== null) {
    reasons.push({ code: 'chronic-initial', reviewAfterDays, sources: SOURCES_OF['chronic-initial'] });
  }
  const sessionMinutes = row === 'chronic-pain' ? CHRONIC_SESSION_MINUTES : null;
  if (sessionMinutes !== null) {
    reasons.push({ code: 'session-length', minutes: sessionMinutes, sources: SOURCES_OF['session-length'] });
  }

  // The lifestyle's row is offered only when nothing asks for a gentler plan.
  const lifestyleOption =
    state.gentler === 'none' && !state.startSlowly ? lifestyleOptionFor(guide, row, range, answers.lifestyle) : null;
  cautions.push(SORENESS_SIGNS, NEVER_DAILY, START_SLOWLY_ADJUST, SELF_CARE);
  return {
    outcome: 'plan',
    row,
    rowFrequency,
    schedule: { source: 'guide', phase, intervalDays, range, reviewAfterDays, reviewFrom, then },
    lifestyleOption,
    pressure,
    pause,
    sessionMinutes,
    reasons,
    cautions,
    adviceEntry: null,
  };
}
