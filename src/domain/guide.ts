/**
 * The guide as data (docs/rules.md, “Numbers” and “The safety screen”): its five rows, their ranges as days between sessions, the
 * safety screen's items and tiers, and which sources each row rests on (the sources themselves, and those of each
 * safety item, are in `sources.ts`, which loads with the result). Rules read this module; changing a range is a
 * one-line change here. The words for all of it live in the text catalog, keyed by these ids.
 */
import type { SourceId } from './sources';

export const ROW_IDS = ['relaxation', 'chronic-pain', 'athletes', 'condition', 'posture'] as const;
export type RowId = (typeof ROW_IDS)[number];

/** Days between sessions, inclusive. Twice a week is 3.5 days. */
export interface DayRange {
  readonly min: number;
  readonly max: number;
}

/** How the guide states a row's frequency. The catalog words each kind ("every 2 to 4 weeks", "weekly"…). */
export type RowFrequency =
  | { readonly kind: 'steady'; readonly days: DayRange }
  | { readonly kind: 'phased'; readonly initial: DayRange; readonly maintenance: DayRange }
  | { readonly kind: 'as-advised' };

export interface GuideRow {
  readonly id: RowId;
  readonly frequency: RowFrequency;
  readonly sources: readonly SourceId[];
}

export interface Guide {
  readonly rows: Readonly<Record<RowId, GuideRow>>;
}

/** Rule 2: twice a week is two sessions at least 3 days apart, an average of 3.5 days. */
export const TWICE_A_WEEK = 3.5;
export const WEEK = 7;

export const GUIDE: Guide = {
  rows: {
    relaxation: { id: 'relaxation', frequency: { kind: 'steady', days: { min: 14, max: 28 } }, sources: ['guide'] },
    'chronic-pain': {
      id: 'chronic-pain',
      frequency: {
        kind: 'phased',
        initial: { min: TWICE_A_WEEK, max: WEEK },
        maintenance: { min: 14, max: 21 },
      },
      sources: ['guide', 'cherkin-2011', 'cook-2015'],
    },
    athletes: {
      id: 'athletes',
      frequency: { kind: 'steady', days: { min: 7, max: 7 } },
      sources: ['guide', 'davis-2020'],
    },
    condition: { id: 'condition', frequency: { kind: 'as-advised' }, sources: ['guide'] },
    posture: { id: 'posture', frequency: { kind: 'steady', days: { min: 7, max: 14 } }, sources: ['guide'] },
  },
};

export const LIFESTYLES = ['mostly-sitting', 'mixed', 'hard-training', 'physical-job'] as const;
export type Lifestyle = (typeof LIFESTYLES)[number];

/** Rule 2: where a lifestyle has its own row, that row may be named as an option. */
export const LIFESTYLE_ROW: Readonly<Record<Lifestyle, RowId | null>> = {
  'mostly-sitting': 'posture',
  mixed: null,
  'hard-training': 'athletes',
  'physical-job': 'athletes',
};

/** Rule 2: a straining lifestyle picks the more frequent end. */
export function isStraining(lifestyle: Lifestyle, row: RowId): boolean {
  if (lifestyle === 'hard-training' || lifestyle === 'physical-job') return true;
  return lifestyle === 'mostly-sitting' && (row === 'posture' || row === 'chronic-pain');
}

/** How they felt after their last massage. `none-recently` is not on the soreness scale: it means "start slowly". */
export const FEELINGS = ['none-recently', 'fine', 'mild', 'lasting', 'bruising'] as const;
export type Feeling = (typeof FEELINGS)[number];
/** What a check-in can report after a massage that happened: the soreness scale only. */
export const SORENESS_LEVELS = ['fine', 'mild', 'lasting', 'bruising'] as const;
export type Soreness = (typeof SORENESS_LEVELS)[number];

/** The soreness scale of rule 3: fine = mild < lasting < bruising. */
export const SORENESS_RANK: Readonly<Record<Soreness, number>> = { fine: 0, mild: 0, lasting: 1, bruising: 2 };

/** Rule 3: bruising or worse pauses the plan for this many days after the report. */
export const PAUSE_DAYS = 7;
/** Rule 4: the chronic-pain review point, about 4 weeks after the start. */
export const REVIEW_AFTER_DAYS = 28;
/** Rule 9 (Sherman 2014): about 60 minutes a session for chronic pain. */
export const CHRONIC_SESSION_MINUTES = 60;
/** Rule 3: stepping back after a gentler step, and a referral after bruising, each need this many in a row. */
export const STREAK_TO_STEP_BACK = 2;
export const STREAK_TO_REFER = 2;

/**
 * The safety screen's tiers, strictest first (docs/rules.md, “The safety screen”). `until-well` (a fever or acute illness) waits until
 * the person is well and retakes the questions; `not-until-cleared` first asks whether a doctor has cleared them.
 */
export const SAFETY_TIERS = ['urgent', 'until-well', 'not-until-cleared', 'refer', 'light-pressure'] as const;
export type SafetyTier = (typeof SAFETY_TIERS)[number];

export const SAFETY_ITEMS = [
  'bladder-bowel-numbness',
  'leg-weakness-worsening',
  'back-pain-with-fever',
  'swollen-leg',
  'fever-or-illness',
  'recent-fracture-or-surgery',
  'wounds-or-burns',
  'severe-osteoporosis',
  'bleeding-disorder',
  'blood-thinners',
  'cancer-treatment',
  'pregnancy',
  'sciatica',
  'herniated-disc',
  'fibromyalgia',
  'cancer-history-or-weight-loss',
  'night-pain',
] as const;
export type SafetyItem = (typeof SAFETY_ITEMS)[number];

export const SAFETY_ITEM_TIER: Readonly<Record<SafetyItem, SafetyTier>> = {
  'bladder-bowel-numbness': 'urgent',
  'leg-weakness-worsening': 'urgent',
  'back-pain-with-fever': 'urgent',
  'swollen-leg': 'urgent',
  'fever-or-illness': 'until-well',
  'recent-fracture-or-surgery': 'not-until-cleared',
  'wounds-or-burns': 'not-until-cleared',
  'severe-osteoporosis': 'not-until-cleared',
  'bleeding-disorder': 'not-until-cleared',
  'blood-thinners': 'light-pressure',
  'cancer-treatment': 'light-pressure',
  pregnancy: 'light-pressure',
  sciatica: 'refer',
  'herniated-disc': 'refer',
  fibromyalgia: 'refer',
  'cancer-history-or-weight-loss': 'refer',
  'night-pain': 'refer',
};

/** Tiers that put the plan behind a clinician's advice (rule 5). */
export const GATING_TIERS: readonly SafetyTier[] = ['until-well', 'not-until-cleared', 'refer'];

/** Rule 5: an injury or condition, or an until-well, not-until-cleared or refer item, gates the plan. */
export function isGated(goal: RowId, items: readonly SafetyItem[]): boolean {
  if (goal === 'condition') return true;
  return items.some((item) => GATING_TIERS.includes(SAFETY_ITEM_TIER[item]));
}

/** Has the person ticked an item of this tier? */
export function hasTier(items: readonly SafetyItem[], tier: SafetyTier): boolean {
  return items.some((item) => SAFETY_ITEM_TIER[item] === tier);
}

/** Clinician advice (rule 5): 1 to 3 sessions a week, or one every 1 to 12 weeks. */
export const ADVICE_TIMES_A_WEEK = { min: 1, max: 3 } as const;
export const ADVICE_EVERY_WEEKS = { min: 1, max: 12 } as const;
