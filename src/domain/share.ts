/**
 * The share-link codec: a plan a person sends to their therapist, carried in the link's `#fragment` only (never the
 * path or query, so no server sees it). It holds what reproduces exactly the recommendation and dates the person
 * sees: their answers, their plan preferences and the current soreness state, never the check-ins themselves.
 * The safety tier always travels, so a gated plan stays gated; which items were ticked only if the person says so.
 *
 * Format: `plan=<version>.<base64url of compact JSON>`, enums as their index in the guide's lists. A link is
 * length-capped before anything is decoded, and everything in it is parsed with zod on the way in.
 */
import { parseAnswers, IsoDateSchema, type Answers, type CheckIn, type ClinicianAdvice } from './answers';
import type { IsoDate, Weekday } from './dates';
import { FEELINGS, LIFESTYLES, ROW_IDS, SAFETY_ITEMS, SAFETY_ITEM_TIER, SAFETY_TIERS, type SafetyTier } from './guide';
import { PLAN_WEEKS, PlanChoiceSchema, SessionChangesSchema, type PlanChoice, type SessionChange } from './plan';
import { lastMassage } from './check-ins';
import { sorenessStateOf, type SorenessState } from './recommend';
import { z } from './schema';

export const SHARE_VERSION = 1;
/** Where a shared plan starts in the fragment: `#plan=1.…`. */
export const SHARE_KEY = 'plan=';
/** Far above any real link (a year of moved sessions is about 1,500 characters), far below what would cost to decode. */
export const MAX_SHARE_LENGTH = 4000;

/** The plan preferences a link carries: concrete, so the recipient sees the same dates. */
export interface SharedPreferences {
  readonly start: IsoDate;
  readonly weekdays: readonly Weekday[];
  readonly weeks: number;
  readonly choice: PlanChoice | null;
  readonly changes: readonly SessionChange[];
  /** The last massage checked in: the plan re-flows from it (absent when there is none). */
  readonly lastMassage?: IsoDate | undefined;
}

export interface SharedPlan {
  /** The answers; `safety` is empty when the items were kept private (`withheldSafety` then has their tiers). */
  readonly answers: Answers;
  readonly withheldSafety: readonly SafetyTier[];
  readonly state: SorenessState;
  readonly preferences: SharedPreferences;
}

export type ShareProblem = 'too-long' | 'damaged' | 'invalid' | 'newer-version';
export type ShareResult =
  { readonly ok: true; readonly plan: SharedPlan } | { readonly ok: false; readonly problem: ShareProblem };

/**
 * What a person shares: their answers (items, or only the tiers of the items unless `includeItems`), preferences
 * with the start made concrete, the soreness state their check-ins add up to and the last massage the plan
 * re-flows from. A pause dated "from today" gets today's date, so the recipient's dates are the sender's.
 */
export function createSharedPlan(
  answers: Answers,
  checkIns: readonly CheckIn[],
  preferences: SharedPreferences,
  options: { readonly includeItems: boolean; readonly today: IsoDate },
): SharedPlan {
  const state = sorenessStateOf(answers, checkIns);
  const last = lastMassage(checkIns, answers.answeredOn);
  const tiers = SAFETY_TIERS.filter((tier) => answers.safety.some((item) => SAFETY_ITEM_TIER[item] === tier));
  return {
    answers: options.includeItems ? answers : { ...answers, safety: [] },
    withheldSafety: options.includeItems ? [] : tiers,
    state: state.pausedSince === null ? { ...state, pausedSince: options.today } : state,
    preferences: last === undefined ? preferences : { ...preferences, lastMassage: last },
  };
}

const index = (list: readonly unknown[]) => z.number().check(z.int(), z.minimum(0), z.maximum(list.length - 1));
const GENTLER = ['none', 'lasting', 'bruising'] as const;
const FLAGS = { startSlowly: 1, referred: 2, steppedBack: 4, improving: 8, setback: 16 } as const;

/** The link's JSON, version 1. Short keys keep links short; strict objects refuse anything added. */
const PayloadSchema = z.strictObject({
  a: z.strictObject({
    g: index(ROW_IDS),
    l: index(LIFESTYLES),
    f: index(FEELINGS),
    s: z.optional(z.array(index(SAFETY_ITEMS)).check(z.maxLength(SAFETY_ITEMS.length))),
    w: z.optional(z.array(index(SAFETY_TIERS)).check(z.maxLength(SAFETY_TIERS.length))),
    i: z.optional(z.boolean()),
    c: z.optional(z.tuple([z.enum(['t', 'w']), z.number()])),
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
    /** The pause's date; absent: no pause. */
    p: z.optional(IsoDateSchema),
  }),
});
type Payload = z.infer<typeof PayloadSchema>;

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

/** Writes a shared plan as the fragment of a link (without the `#`). */
export function encodeSharedPlan(plan: SharedPlan): string {
  const { answers, state, preferences } = plan;
  const flags = (Object.keys(FLAGS) as (keyof typeof FLAGS)[]).reduce(
    (sum, flag) => (state[flag] ? sum + FLAGS[flag] : sum),
    0,
  );
  const payload: Payload = {
    a: {
      g: ROW_IDS.indexOf(answers.goal),
      l: LIFESTYLES.indexOf(answers.lifestyle),
      f: FEELINGS.indexOf(answers.afterLastMassage),
      ...(answers.safety.length > 0 ? { s: answers.safety.map((item) => SAFETY_ITEMS.indexOf(item)) } : {}),
      ...(plan.withheldSafety.length > 0 ? { w: plan.withheldSafety.map((tier) => SAFETY_TIERS.indexOf(tier)) } : {}),
      ...(answers.improving === undefined ? {} : { i: answers.improving }),
      ...(answers.clinicianAdvice === undefined ? {} : { c: adviceToPayload(answers.clinicianAdvice) }),
      ...(answers.answeredOn === undefined ? {} : { d: answers.answeredOn }),
    },
    p: {
      s: preferences.start,
      w: [...preferences.weekdays],
      n: preferences.weeks,
      ...(preferences.choice === null ? {} : { c: preferences.choice }),
      ...(preferences.changes.length === 0 ? {} : { m: [...preferences.changes] }),
      ...(preferences.lastMassage === undefined ? {} : { l: preferences.lastMassage }),
    },
    r: {
      g: GENTLER.indexOf(state.gentler),
      b: flags,
      ...(state.pausedSince === undefined || state.pausedSince === null ? {} : { p: state.pausedSince }),
    },
  };
  return `${SHARE_KEY}${String(SHARE_VERSION)}.${toBase64Url(JSON.stringify(payload))}`;
}

/** Is this fragment (without the `#`) meant to be a shared plan, readable or not? */
export function isSharedPlanFragment(fragment: string): boolean {
  return fragment.startsWith(SHARE_KEY);
}

function payloadToPlan(payload: Payload): SharedPlan | null {
  const { a, p, r } = payload;
  const advice =
    a.c === undefined
      ? {}
      : {
          clinicianAdvice:
            a.c[0] === 't' ? { kind: 'times-a-week', times: a.c[1] } : { kind: 'every-weeks', weeks: a.c[1] },
        };
  const answers = parseAnswers({
    goal: ROW_IDS[a.g],
    lifestyle: LIFESTYLES[a.l],
    afterLastMassage: FEELINGS[a.f],
    safety: (a.s ?? []).map((item) => SAFETY_ITEMS[item]),
    ...(a.i === undefined ? {} : { improving: a.i }),
    ...advice,
    ...(a.d === undefined ? {} : { answeredOn: a.d }),
  });
  const withheld = (a.w ?? []).map((tier) => SAFETY_TIERS[tier] ?? 'urgent');
  const weekdays = p.w as Weekday[];
  if (!answers.success || new Set(withheld).size !== withheld.length || new Set(weekdays).size !== weekdays.length) {
    return null;
  }
  const state: SorenessState = {
    gentler: GENTLER[r.g] ?? 'none',
    startSlowly: (r.b & FLAGS.startSlowly) !== 0,
    referred: (r.b & FLAGS.referred) !== 0,
    steppedBack: (r.b & FLAGS.steppedBack) !== 0,
    pausedSince: r.p,
    improving: (r.b & FLAGS.improving) !== 0,
    setback: (r.b & FLAGS.setback) !== 0,
  };
  return {
    answers: answers.data,
    withheldSafety: withheld,
    state,
    preferences: {
      start: p.s,
      weekdays,
      weeks: p.n,
      choice: p.c ?? null,
      changes: p.m ?? [],
      ...(p.l === undefined ? {} : { lastMassage: p.l }),
    },
  };
}

/**
 * Reads a link's fragment (without the `#`). Never throws: a damaged, truncated, oversized, mistyped or
 * newer-version link gets a problem, and nothing else happens.
 */
export function decodeSharedPlan(fragment: string): ShareResult {
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
  if (version !== SHARE_VERSION) return { ok: false, problem: 'damaged' };
  let json: unknown;
  try {
    json = JSON.parse(fromBase64Url(match[2] ?? ''));
  } catch {
    return { ok: false, problem: 'damaged' };
  }
  const payload = PayloadSchema.safeParse(json);
  if (!payload.success) return { ok: false, problem: 'invalid' };
  const plan = payloadToPlan(payload.data);
  return plan === null ? { ok: false, problem: 'invalid' } : { ok: true, plan };
}
