/**
 * The rules engine (GUIDE.md sections 2 and 3): answers and check-ins in, a recommendation out. Pure and total:
 * no clock, no randomness, no I/O; every parsed input gets an answer. Reasons and cautions are codes with values;
 * the text catalog words them.
 */
import type { Answers, CheckIn, ClinicianAdvice } from './answers';
import type { IsoDate } from './dates';
import {
  CHRONIC_SESSION_MINUTES,
  GUIDE,
  LIFESTYLE_ROW,
  PAUSE_DAYS,
  REVIEW_AFTER_DAYS,
  SAFETY_ITEMS,
  SAFETY_ITEM_TIER,
  SAFETY_TIERS,
  SORENESS_RANK,
  STREAK_TO_REFER,
  STREAK_TO_STEP_BACK,
  WEEK,
  isGated,
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

/** The strictest of urgent > professional first > plan (rule 10). */
export type Outcome = 'plan' | 'professional' | 'urgent';
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
      /** Chronic pain's initial phase: the review point, in days after the plan's start (rule 4). */
      readonly reviewAfterDays: number | null;
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

/** Rule 3: after bruising, the next session no sooner than `days` after `since` (or after the plan's today). */
export interface Pause {
  readonly days: number;
  readonly since: IsoDate | null;
}

type ReasonBody =
  | { readonly code: 'row'; readonly row: RowId; readonly frequency: RowFrequency }
  | { readonly code: 'safety-item'; readonly item: SafetyItem; readonly tier: SafetyTier }
  /** A shared link without the ticked items: only their tier travelled (the person kept the items private). */
  | { readonly code: 'safety-withheld'; readonly tier: SafetyTier }
  | { readonly code: 'condition-goal' }
  | { readonly code: 'clinician-advice'; readonly advice: ClinicianAdvice }
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
  | { readonly code: 'stepped-back'; readonly days: IntervalDays }
  | { readonly code: 'session-length'; readonly minutes: number };

/** Why the recommendation is what it is (rule 7): a code with values, and the sources it rests on. */
export type Reason = ReasonBody & { readonly sources: readonly SourceId[] };
export type ReasonCode = Reason['code'];

export type Caution =
  | { readonly code: 'urgent-care' }
  | { readonly code: 'see-professional' }
  | { readonly code: 'check-with-clinician-first'; readonly items: readonly SafetyItem[] }
  | { readonly code: 'tell-therapist' }
  | { readonly code: 'soreness-signs' }
  | { readonly code: 'never-daily' }
  | { readonly code: 'start-slowly-adjust' }
  | { readonly code: 'self-care' };
export type CautionCode = Caution['code'];

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
}

const REASON_SOURCES: Readonly<
  Record<Exclude<ReasonCode, 'row' | 'safety-item' | 'safety-withheld'>, readonly SourceId[]>
> = {
  'condition-goal': ['guide'],
  'clinician-advice': ['guide'],
  'bruising-twice': ['guide', 'project'],
  'start-slowly': ['guide'],
  'straining-lifestyle': ['guide', 'project'],
  'middle-of-range': ['project'],
  'single-value': ['guide'],
  'chronic-initial': ['guide', 'cherkin-2011'],
  'chronic-improving': ['guide', 'cook-2015'],
  'chronic-setback': ['guide'],
  'soreness-lasting': ['guide', 'cambron-2007'],
  'soreness-bruising': ['guide'],
  'stepped-back': ['guide', 'project'],
  'session-length': ['sherman-2014', 'perlman-2012'],
};

/**
 * What the reports so far (the questionnaire's answer, then each check-in) add up to (rules 3 and 4): the
 * "current soreness state" a shared link carries instead of the check-ins themselves.
 */
export interface SorenessState {
  /** The gentler step in force: none, or the soreness that set it. */
  readonly gentler: 'none' | 'lasting' | 'bruising';
  readonly startSlowly: boolean;
  /** Rule 3: two bruising-or-worse in a row refer until a later check-in is fine. */
  readonly referred: boolean;
  /** A gentler step or "start slowly" was lifted by fine check-ins. */
  readonly steppedBack: boolean;
  /** The latest report was bruising or worse: a pause from its date (null: the questionnaire's, no date). */
  readonly pausedSince: IsoDate | null | undefined;
  readonly improving: boolean;
  readonly setback: boolean;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Check-ins that count, oldest first: those after the questionnaire was answered (its answer covers the rest). */
function countedCheckIns(answers: Answers, checkIns: readonly CheckIn[]): readonly CheckIn[] {
  if (checkIns.length === 0) return checkIns;
  const after = answers.answeredOn;
  const counted = after === undefined ? [...checkIns] : checkIns.filter((checkIn) => checkIn.date > after);
  // Stable: check-ins on the same day keep the order they were given in.
  return counted.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Reads the questionnaire's answer, then each counted check-in, into the soreness state (rules 3 and 4). */
export function sorenessStateOf(answers: Answers, checkIns: readonly CheckIn[] = []): SorenessState {
  const first = answers.afterLastMassage;
  const state: Mutable<SorenessState> = {
    gentler: first === 'lasting' || first === 'bruising' ? first : 'none',
    startSlowly: first === 'none-recently',
    referred: false,
    steppedBack: false,
    pausedSince: first === 'bruising' ? (answers.answeredOn ?? null) : undefined,
    improving: answers.improving === true,
    setback: false,
  };
  // The questionnaire's answer is the first report: bruising there and at the next check-in is two in a row.
  let bruisingInARow = first === 'bruising' ? 1 : 0;
  let fineInARow = 0;

  for (const checkIn of countedCheckIns(answers, checkIns)) {
    if (checkIn.improving !== undefined) {
      state.setback = state.improving && !checkIn.improving;
      state.improving = checkIn.improving;
    }
    if (!checkIn.happened) continue;
    const rank = SORENESS_RANK[checkIn.felt];
    if (rank === 0) {
      fineInARow += 1;
      bruisingInARow = 0;
      state.referred = false;
      state.pausedSince = undefined;
      if (fineInARow >= STREAK_TO_STEP_BACK && (state.gentler !== 'none' || state.startSlowly)) {
        state.gentler = 'none';
        state.startSlowly = false;
        state.steppedBack = true;
      }
    } else {
      fineInARow = 0;
      state.steppedBack = false;
      state.gentler = checkIn.felt === 'bruising' ? 'bruising' : 'lasting';
      if (checkIn.felt === 'bruising') {
        bruisingInARow += 1;
        state.pausedSince = checkIn.date;
        if (bruisingInARow >= STREAK_TO_REFER) state.referred = true;
      } else {
        bruisingInARow = 0;
        state.pausedSince = undefined;
      }
    }
  }
  return state;
}

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
export function adviceIntervalDays(advice: ClinicianAdvice): IntervalDays {
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
 * Turns parsed answers and check-ins into a recommendation (GUIDE sections 2 and 3).
 *
 * @param answers answers already parsed with `AnswersSchema` (this does not re-parse)
 * @param checkIns parsed check-ins in any order; those dated after `answers.answeredOn` adapt the plan
 * @param guide the guide, or a practice's narrower copy of it
 */
export function recommend(answers: Answers, checkIns: readonly CheckIn[] = [], guide: Guide = GUIDE): Recommendation {
  return recommendFromState(answers, sorenessStateOf(answers, checkIns), guide);
}

/** The sources of a tier: those of the items in it (a withheld item's reason cites what any of them would). */
function tierSources(tier: SafetyTier): readonly SourceId[] {
  const sources = new Set<SourceId>();
  for (const item of SAFETY_ITEMS)
    if (SAFETY_ITEM_TIER[item] === tier) for (const id of SAFETY_ITEM_SOURCES[item]) sources.add(id);
  return [...sources];
}

/**
 * The recommendation for answers and a soreness state already read from the check-ins (`sorenessStateOf`): what a
 * shared link reproduces. `withheldSafety` are the tiers of safety items a shared link kept private; they gate,
 * lighten and refer exactly as the items would.
 */
export function recommendFromState(
  answers: Answers,
  reports: SorenessState,
  guide: Guide = GUIDE,
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
  const isGatedByTier = tiers.includes('not-until-cleared') || tiers.includes('refer');

  const pressure: Pressure = reports.gentler !== 'none' || isLight ? 'lighter' : 'usual';
  const pause: Pause | null =
    reports.pausedSince === undefined ? null : { days: PAUSE_DAYS, since: reports.pausedSince };
  const withoutPlan = (outcome: 'urgent' | 'professional'): Recommendation => ({
    outcome,
    row,
    rowFrequency,
    schedule: null,
    lifestyleOption: null,
    pressure,
    pause: outcome === 'urgent' ? null : pause,
    sessionMinutes: null,
    reasons,
    cautions,
  });

  if (tier === 'urgent') {
    cautions.unshift(URGENT_CARE);
    return withoutPlan('urgent');
  }

  if (reports.gentler === 'bruising' && pause !== null) cautions.push(TELL_THERAPIST);
  if (row === 'condition') reasons.push({ code: 'condition-goal', sources: SOURCES_OF['condition-goal'] });
  if (reports.referred) {
    reasons.push({ code: 'bruising-twice', sources: SOURCES_OF['bruising-twice'] });
    cautions.push(SEE_PROFESSIONAL);
    return withoutPlan('professional');
  }
  if (isGated(row, answers.safety) || isGatedByTier || rowFrequency.kind === 'as-advised') {
    const advice = answers.clinicianAdvice;
    if (advice === undefined) {
      cautions.push(SEE_PROFESSIONAL);
      return withoutPlan('professional');
    }
    reasons.push({ code: 'clinician-advice', advice, sources: SOURCES_OF['clinician-advice'] });
    // Rule 5: soreness still lightens the pressure and pauses, but never changes the advised frequency.
    const days = adviceIntervalDays(advice);
    if (reports.gentler !== 'none') reasons.push(sorenessReason(reports.gentler, days, days));
    cautions.push(SORENESS_SIGNS, SELF_CARE);
    return {
      outcome: 'plan',
      row,
      rowFrequency,
      schedule: { source: 'clinician', advice, intervalDays: days },
      lifestyleOption: null,
      pressure,
      pause,
      sessionMinutes: null,
      reasons,
      cautions,
    };
  }

  let phase: Phase = 'ongoing';
  let range: DayRange;
  if (rowFrequency.kind === 'phased') {
    phase = reports.improving ? 'maintenance' : 'initial';
    range = phase === 'maintenance' ? rowFrequency.maintenance : rowFrequency.initial;
  } else {
    range = rowFrequency.days;
  }

  const chosen = choosePoint(range, answers.lifestyle, row, reports.startSlowly);
  if (phase === 'maintenance') {
    reasons.push({ code: 'chronic-improving', days: chosen.days, sources: SOURCES_OF['chronic-improving'] });
  } else if (phase === 'initial' && reports.setback) {
    reasons.push({ code: 'chronic-setback', sources: SOURCES_OF['chronic-setback'] });
  }
  reasons.push(pointReasonOf(chosen, answers.lifestyle));
  // Rules 3 and 10: a gentler step takes the less frequent end; the least frequent any rule allows wins.
  let intervalDays = chosen.days;
  if (reports.gentler !== 'none') {
    intervalDays = Math.max(chosen.days, range.max);
    reasons.push(sorenessReason(reports.gentler, chosen.days, intervalDays));
  } else if (reports.steppedBack) {
    reasons.push({ code: 'stepped-back', days: intervalDays, sources: SOURCES_OF['stepped-back'] });
  }
  const reviewAfterDays = phase === 'initial' ? REVIEW_AFTER_DAYS : null;
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
    reports.gentler === 'none' && !reports.startSlowly
      ? lifestyleOptionFor(guide, row, range, answers.lifestyle)
      : null;
  cautions.push(SORENESS_SIGNS, NEVER_DAILY, START_SLOWLY_ADJUST, SELF_CARE);
  return {
    outcome: 'plan',
    row,
    rowFrequency,
    schedule: { source: 'guide', phase, intervalDays, range, reviewAfterDays, then },
    lifestyleOption,
    pressure,
    pause,
    sessionMinutes,
    reasons,
    cautions,
  };
}
