/**
 * The guide as data (docs/rules.md, “Numbers” and “The safety screen”): its five rows, their ranges as days between sessions, the
 * safety screen's items and tiers, and which sources each row rests on (the sources themselves, and those of each
 * safety item, are in `sources.ts`, which loads with the result). Rules read this module; changing a range is a
 * one-line change here. The words for all of it live in the text catalog, keyed by these ids. The ids the questions
 * offer and the safety screen's items and tiers are in `answer-options.ts`, which the first visit loads on its own;
 * this module re-exports them.
 */
import type { SourceId } from './sources';
import { TWICE_A_WEEK, WEEK, type Lifestyle, type RowId } from './answer-options.ts';

export * from './answer-options.ts';

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
