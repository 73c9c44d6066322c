/**
 * The guide's ids the questions offer, and the safety screen's items and tiers (docs/rules.md, "The safety screen"):
 * what the first visit's questionnaire needs of the guide, without its rows (docs/decisions/003). `guide.ts`
 * re-exports all of it, so the rules read the guide from one module.
 */

export const ROW_IDS = ['relaxation', 'chronic-pain', 'athletes', 'condition', 'posture'] as const;
export type RowId = (typeof ROW_IDS)[number];

/** Rule 2: twice a week is two sessions at least 3 days apart, an average of 3.5 days. */
export const TWICE_A_WEEK = 3.5;
export const WEEK = 7;

export const LIFESTYLES = ['mostly-sitting', 'mixed', 'hard-training', 'physical-job'] as const;
export type Lifestyle = (typeof LIFESTYLES)[number];

/** How they felt after their last massage. `none-recently` is not on the soreness scale: it means "start slowly". */
export const FEELINGS = ['none-recently', 'fine', 'mild', 'lasting', 'bruising'] as const;
export type Feeling = (typeof FEELINGS)[number];

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

/** The signs that need care now, asked on their own before the rest of the health checks (issue 18). */
export const URGENT_ITEMS: readonly SafetyItem[] = SAFETY_ITEMS.filter((item) => SAFETY_ITEM_TIER[item] === 'urgent');

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
