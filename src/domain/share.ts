/**
 * The share-link codec: a plan a person sends to their therapist, carried in the link's `#fragment` only (never the
 * path or query, so no server sees it). It holds what reproduces exactly the recommendation and dates the person
 * sees: their latest answers, their plan preferences and the state their timeline adds up to, with the days of the
 * massages that count in the plan's ceilings, never the check-ins themselves. The safety tier always travels, so a
 * gated plan stays gated; which items were ticked only if the person says so.
 *
 * Format: `plan=<version>.<base64url of compact JSON>`, enums as their index in the guide's lists. A link is
 * length-capped before anything is decoded, and everything in it is parsed with zod on the way in. Version 1 links
 * (before the timeline) are still read.
 */
import { ClinicianAdviceSchema, IsoDateSchema, parseAnswers, type Answers, type ClinicianAdvice } from './answers';
import type { IsoDate, Weekday } from './dates';
import { FEELINGS, LIFESTYLES, ROW_IDS, SAFETY_ITEMS, SAFETY_ITEM_TIER, SAFETY_TIERS, type SafetyTier } from './guide';
import { PLAN_WEEKS, PlanChoiceSchema, SessionChangesSchema, type PlanChoice, type SessionChange } from './plan';
import type { Reading, Referral, TimelineState } from './timeline';
import { z } from './schema';
import { SHARE_KEY } from './share-key';

const SHARE_VERSION = 2;
/** Far above any real link (a year of moved sessions is about 1,500 characters), far below what would cost to decode. */
export const MAX_SHARE_LENGTH = 4000;

/** The plan preferences a link carries: concrete, so the recipient sees the same dates. */
export interface SharedPreferences {
  readonly start: IsoDate;
  readonly weekdays: readonly Weekday[];
  readonly weeks: number;
  readonly choice: PlanChoice | null;
  readonly changes: readonly SessionChange[];
  /** The massages that count in the plan's ceilings (the week before its first day); empty when there are none. */
  readonly happened: readonly IsoDate[];
}

export interface SharedPlan {
  /** The answers; `safety` is empty when the items were kept private (`withheldSafety` then has their tiers). */
  readonly answers: Answers;
  readonly withheldSafety: readonly SafetyTier[];
  readonly state: TimelineState;
  readonly preferences: SharedPreferences;
}

/** `future-date`: a date that should be in the past (a report, a massage) is after today, as a wrong clock makes. */
export type ShareProblem = 'too-long' | 'damaged' | 'invalid' | 'newer-version' | 'future-date';
export type ShareResult =
  { readonly ok: true; readonly plan: SharedPlan } | { readonly ok: false; readonly problem: ShareProblem };

/**
 * What a person shares: their latest answers (items, or only the tiers of the items unless `includeItems`), the
 * preferences with the start made concrete, and the state their timeline adds up to. `happened` are the massages
 * the plan's ceilings counted (`Plan.happened`).
 */
export function createSharedPlan(
  reading: Reading,
  preferences: Omit<SharedPreferences, 'happened'>,
  happened: readonly IsoDate[],
  options: { readonly includeItems: boolean },
): SharedPlan {
  const { answers, state } = reading;
  const tiers = SAFETY_TIERS.filter((tier) => answers.safety.some((item) => SAFETY_ITEM_TIER[item] === tier));
  return {
    answers: options.includeItems ? answers : { ...answers, safety: [] },
    withheldSafety: options.includeItems ? [] : tiers,
    state,
    preferences: { ...preferences, happened: [...happened] },
  };
}

const index = (list: readonly unknown[]) => z.number().check(z.int(), z.minimum(0), z.maximum(list.length - 1));
const GENTLER = ['none', 'lasting', 'bruising'] as const;
const FLAGS = { startSlowly: 1, referred: 2, steppedBack: 4, improving: 8, setback: 16, advised: 32 } as const;
/** The tiers as version 1 listed them, before "until well" was a tier of its own. */
const TIERS_V1 = ['urgent', 'not-until-cleared', 'refer', 'light-pressure'] as const;
const AdviceSchema = z.tuple([z.enum(['t', 'w']), z.number()]);

/** The link's JSON, version 2. Short keys keep links short; strict objects refuse anything added. */
const PayloadSchema = z.strictObject({
  a: z.strictObject({
    g: index(ROW_IDS),
    l: index(LIFESTYLES),
    f: index(FEELINGS),
    s: z.optional(z.array(index(SAFETY_ITEMS)).check(z.maxLength(SAFETY_ITEMS.length))),
    w: z.optional(z.array(index(SAFETY_TIERS)).check(z.maxLength(SAFETY_TIERS.length))),
    i: z.optional(z.boolean()),
    k: z.optional(z.boolean()),
    c: z.optional(AdviceSchema),
    u: z.optional(z.boolean()),
  }),
  p: z.strictObject({
    s: IsoDateSchema,
    w: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(7))).check(z.maxLength(3)),
    n: z.number().check(z.int(), z.minimum(PLAN_WEEKS.min), z.maximum(PLAN_WEEKS.max)),
    c: z.optional(PlanChoiceSchema),
    m: z.optional(SessionChangesSchema),
    h: z.optional(z.array(IsoDateSchema).check(z.maxLength(7))),
  }),
  r: z.strictObject({
    g: index(GENTLER),
    b: z.number().check(z.int(), z.minimum(0), z.maximum(63)),
    /** The pause's date; absent: no pause. */
    p: z.optional(IsoDateSchema),
    /** When chronic pain's first weeks began; absent: from the plan's start. */
    i: z.optional(IsoDateSchema),
    /** The advice in force, and whether it allows usual pressure. */
    c: z.optional(AdviceSchema),
    u: z.optional(z.boolean()),
    /** The latest report, where it is not the answers' own. */
    l: z.optional(index(FEELINGS)),
  }),
});
type Payload = z.infer<typeof PayloadSchema>;

/** Version 1's JSON: answers with the day they were given, the last massage, no advice in the state. */
const PayloadV1Schema = z.strictObject({
  a: z.strictObject({
    g: index(ROW_IDS),
    l: index(LIFESTYLES),
    f: index(FEELINGS),
    s: z.optional(z.array(index(SAFETY_ITEMS)).check(z.maxLength(SAFETY_ITEMS.length))),
    w: z.optional(z.array(index(TIERS_V1)).check(z.maxLength(TIERS_V1.length))),
    i: z.optional(z.boolean()),
    c: z.optional(AdviceSchema),
    d: z.optional(IsoDateSchema),
  }),
  p: z.strictObject({
    s: IsoDateSchema,
    w: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(7))).check(z.maxLength(3)),
    n: z.number().check(z.int(), z.minimum(PLAN_WEEKS.min), z.maximum(PLAN_WEEKS.max)),
    c: z.optional(PlanChoiceSchema),
    m: z.optional(SessionChangesSchema),
    l: z.optional(IsoDateSchema),
  }),
  r: z.strictObject({
    g: index(GENTLER),
    b: z.number().check(z.int(), z.minimum(0), z.maximum(31)),
    p: z.optional(IsoDateSchema),
  }),
});
type PayloadV1 = z.infer<typeof PayloadV1Schema>;

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): string {
  const padded = text.replace(/-/g, '+').replace(/_/g, '/');
  return atob(padded + '='.repeat((4 - (padded.length % 4)) % 4));
}

function adviceToPayload(advice: ClinicianAdvice): ['t' | 'w', number] {
  return advice.kind === 'times-a-week' ? ['t', advice.times] : ['w', advice.weeks];
}

function adviceFromPayload(advice: readonly ['t' | 'w', number]): unknown {
  return advice[0] === 't' ? { kind: 'times-a-week', times: advice[1] } : { kind: 'every-weeks', weeks: advice[1] };
}

/** Writes a shared plan as the fragment of a link (without the `#`). */
export function encodeSharedPlan(plan: SharedPlan): string {
  const { answers, state, preferences } = plan;
  const flags =
    (state.startSlowly ? FLAGS.startSlowly : 0) +
    (state.referral === 'referred' ? FLAGS.referred : 0) +
    (state.steppedBack ? FLAGS.steppedBack : 0) +
    (state.improving ? FLAGS.improving : 0) +
    (state.setback ? FLAGS.setback : 0) +
    (state.referral === 'advised' ? FLAGS.advised : 0);
  const payload: Payload = {
    a: {
      g: ROW_IDS.indexOf(answers.goal),
      l: LIFESTYLES.indexOf(answers.lifestyle),
      f: FEELINGS.indexOf(answers.afterLastMassage),
      ...(answers.safety.length > 0 ? { s: answers.safety.map((item) => SAFETY_ITEMS.indexOf(item)) } : {}),
      ...(plan.withheldSafety.length > 0 ? { w: plan.withheldSafety.map((tier) => SAFETY_TIERS.indexOf(tier)) } : {}),
      ...(answers.improving === undefined ? {} : { i: answers.improving }),
      ...(answers.cleared === undefined ? {} : { k: answers.cleared }),
      ...(answers.clinicianAdvice === undefined ? {} : { c: adviceToPayload(answers.clinicianAdvice) }),
      ...(answers.usualPressure === undefined ? {} : { u: answers.usualPressure }),
    },
    p: {
      s: preferences.start,
      w: [...preferences.weekdays],
      n: preferences.weeks,
      ...(preferences.choice === null ? {} : { c: preferences.choice }),
      ...(preferences.changes.length === 0 ? {} : { m: [...preferences.changes] }),
      ...(preferences.happened.length === 0 ? {} : { h: [...preferences.happened] }),
    },
    r: {
      g: GENTLER.indexOf(state.gentler),
      b: flags,
      ...(state.pausedSince === null ? {} : { p: state.pausedSince }),
      ...(state.initialSince === null ? {} : { i: state.initialSince }),
      ...(state.advice === null ? {} : { c: adviceToPayload(state.advice.advice), u: state.advice.usualPressure }),
      ...(state.latestReport === answers.afterLastMassage ? {} : { l: FEELINGS.indexOf(state.latestReport) }),
    },
  };
  return `${SHARE_KEY}${String(SHARE_VERSION)}.${toBase64Url(JSON.stringify(payload))}`;
}

/** Is this fragment (without the `#`) meant to be a shared plan, readable or not? */
export function isSharedPlanFragment(fragment: string): boolean {
  return fragment.startsWith(SHARE_KEY);
}

function referralOf(flags: number): Referral {
  if ((flags & FLAGS.referred) !== 0) return 'referred';
  return (flags & FLAGS.advised) !== 0 ? 'advised' : 'none';
}

/** Builds the plan from a payload's parts, checking what zod's schema could not (answers as a whole, no repeats). */
function planOf(
  answersInput: Record<string, unknown>,
  withheld: readonly SafetyTier[],
  state: Omit<TimelineState, 'advice' | 'latestReport'> & {
    readonly advice: unknown;
    readonly usualPressure: boolean;
    readonly latestReport: TimelineState['latestReport'] | undefined;
  },
  preferences: SharedPreferences,
): SharedPlan | null {
  const answers = parseAnswers(answersInput);
  const advice = state.advice === undefined ? null : ClinicianAdviceSchema.safeParse(state.advice);
  const weekdays = preferences.weekdays;
  if (
    !answers.success ||
    (advice !== null && !advice.success) ||
    new Set(withheld).size !== withheld.length ||
    new Set(weekdays).size !== weekdays.length
  ) {
    return null;
  }
  const { usualPressure, latestReport, ...rest } = state;
  return {
    answers: answers.data,
    withheldSafety: withheld,
    state: {
      ...rest,
      advice: advice?.success === true ? { advice: advice.data, usualPressure } : null,
      latestReport: latestReport ?? answers.data.afterLastMassage,
    },
    preferences,
  };
}

function fromPayload(payload: Payload): SharedPlan | null {
  const { a, p, r } = payload;
  return planOf(
    {
      goal: ROW_IDS[a.g],
      lifestyle: LIFESTYLES[a.l],
      afterLastMassage: FEELINGS[a.f],
      safety: (a.s ?? []).map((item) => SAFETY_ITEMS[item]),
      ...(a.i === undefined ? {} : { improving: a.i }),
      ...(a.k === undefined ? {} : { cleared: a.k }),
      ...(a.c === undefined ? {} : { clinicianAdvice: adviceFromPayload(a.c) }),
      ...(a.u === undefined ? {} : { usualPressure: a.u }),
    },
    (a.w ?? []).map((tier) => SAFETY_TIERS[tier] ?? 'urgent'),
    {
      gentler: GENTLER[r.g] ?? 'none',
      startSlowly: (r.b & FLAGS.startSlowly) !== 0,
      referral: referralOf(r.b),
      steppedBack: (r.b & FLAGS.steppedBack) !== 0,
      pausedSince: r.p ?? null,
      improving: (r.b & FLAGS.improving) !== 0,
      setback: (r.b & FLAGS.setback) !== 0,
      initialSince: r.i ?? null,
      advice: r.c === undefined ? undefined : adviceFromPayload(r.c),
      usualPressure: r.u === true,
      latestReport: r.l === undefined ? undefined : FEELINGS[r.l],
    },
    {
      start: p.s,
      weekdays: p.w as Weekday[],
      weeks: p.n,
      choice: p.c ?? null,
      changes: p.m ?? [],
      happened: p.h ?? [],
    },
  );
}

/**
 * A version 1 link: the advice in its answers was the advice in force, entering it meant a doctor had cleared them,
 * and its review counted from the plan's start, as now when no later start is carried.
 */
function fromPayloadV1(payload: PayloadV1): SharedPlan | null {
  const { a, p, r } = payload;
  const safety = (a.s ?? []).map((item) => SAFETY_ITEMS[item]);
  const withheld = (a.w ?? []).map((tier) => TIERS_V1[tier] ?? 'urgent');
  const needsClearance =
    withheld.includes('not-until-cleared') ||
    safety.some((item) => item !== undefined && SAFETY_ITEM_TIER[item] === 'not-until-cleared');
  return planOf(
    {
      goal: ROW_IDS[a.g],
      lifestyle: LIFESTYLES[a.l],
      afterLastMassage: FEELINGS[a.f],
      safety,
      ...(a.i === undefined ? {} : { improving: a.i }),
      ...(needsClearance && a.c !== undefined ? { cleared: true } : {}),
      ...(a.c === undefined ? {} : { clinicianAdvice: adviceFromPayload(a.c) }),
    },
    withheld,
    {
      gentler: GENTLER[r.g] ?? 'none',
      startSlowly: (r.b & FLAGS.startSlowly) !== 0,
      referral: referralOf(r.b),
      steppedBack: (r.b & FLAGS.steppedBack) !== 0,
      pausedSince: r.p ?? null,
      improving: (r.b & FLAGS.improving) !== 0,
      setback: (r.b & FLAGS.setback) !== 0,
      initialSince: null,
      advice: a.c === undefined ? undefined : adviceFromPayload(a.c),
      usualPressure: false,
      latestReport: undefined,
    },
    {
      start: p.s,
      weekdays: p.w as Weekday[],
      weeks: p.n,
      choice: p.c ?? null,
      changes: p.m ?? [],
      happened: p.l === undefined ? [] : [p.l],
    },
  );
}

/** The dates in a shared plan that tell of the past: none may be after today. */
function pastDatesOf(plan: SharedPlan): readonly IsoDate[] {
  const { state, preferences } = plan;
  return [
    ...preferences.happened,
    ...(state.pausedSince === null ? [] : [state.pausedSince]),
    ...(state.initialSince === null ? [] : [state.initialSince]),
  ];
}

/**
 * Reads a link's fragment (without the `#`) on `today`. Never throws: a damaged, truncated, oversized, mistyped,
 * newer-version or future-dated link gets a problem, and nothing else happens.
 */
export function decodeSharedPlan(fragment: string, today: IsoDate): ShareResult {
  if (fragment.length > MAX_SHARE_LENGTH) return { ok: false, problem: 'too-long' };
  let text: string;
  try {
    text = decodeURIComponent(fragment);
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const match = /^plan=(\d{1,6})\.([A-Za-z0-9_-]+)$/.exec(text);
  if (match === null) return { ok: false, problem: 'damaged' };
  const version = Number(match[1]);
  if (version > SHARE_VERSION) return { ok: false, problem: 'newer-version' };
  if (version !== SHARE_VERSION && version !== 1) return { ok: false, problem: 'damaged' };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(match[2] ?? ''));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  let plan: SharedPlan | null;
  if (version === 1) {
    const payload = PayloadV1Schema.safeParse(json);
    if (!payload.success) return { ok: false, problem: 'invalid' };
    plan = fromPayloadV1(payload.data);
  } else {
    const payload = PayloadSchema.safeParse(json);
    if (!payload.success) return { ok: false, problem: 'invalid' };
    plan = fromPayload(payload.data);
  }
  if (plan === null) return { ok: false, problem: 'invalid' };
  if (pastDatesOf(plan).some((date) => date > today)) return { ok: false, problem: 'future-date' };
  return { ok: true, plan };
}
