import type { Answers } from '../../src/domain/answers';
import { addDays, toDayNumber, type IsoDate } from '../../src/domain/dates';
import { SAFETY_ITEM_TIER, WEEK } from '../../src/domain/guide';
import type { Plan } from '../../src/domain/plan';
import { CAUTION_GATE, type Recommendation } from '../../src/domain/recommend';

/*
 * The invariants return what they found broken, as readable lines, rather than calling `expect` per session:
 * the walks check millions of facts, and a list keeps them fast and their failures legible.
 */

/**
 * The most massages in any 7 days that a recommendation allows (rule 6; rule 5's "never more often than advised"),
 * written out from the rules rather than read from the engine.
 */
function allowedInAWeek(recommendation: Recommendation): number {
  const schedule = recommendation.schedule;
  if (schedule?.source !== 'clinician') return 2;
  return schedule.advice.kind === 'times-a-week' ? schedule.advice.times : 1;
}

/** How many of the sorted `days` are below `limit`. */
function countBelow(days: readonly number[], limit: number): number {
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((days[middle] ?? 0) < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Rule 6 over what happened and what is planned together: no upcoming session (from `today`) on the day of, or
 * next to, another massage, happened or planned; no 7 days holding one of them and more massages than allowed.
 */
export function ceilingViolations(
  plan: Plan,
  recommendation: Recommendation,
  happened: readonly IsoDate[] = [],
  today: IsoDate | null = null,
): string[] {
  const found: string[] = [];
  const allowed = allowedInAWeek(recommendation);
  const all = [...plan.sessions.map((session) => toDayNumber(session.date)), ...happened.map(toDayNumber)].sort(
    (a, b) => a - b,
  );
  const from = today === null ? Number.NEGATIVE_INFINITY : toDayNumber(today);
  for (const session of plan.sessions) {
    const day = toDayNumber(session.date);
    if (day < from) continue;
    if (countBelow(all, day + 2) - countBelow(all, day - 1) > 1) {
      found.push(`a session on ${session.date} is on the day of, or next to, another massage`);
    }
    for (let start = day - (WEEK - 1); start <= day; start += 1) {
      const count = countBelow(all, start + WEEK) - countBelow(all, start);
      if (count > allowed) {
        found.push(`${String(count)} massages in the 7 days from ${addDays(session.date, start - day)}`);
        break;
      }
    }
  }
  return found;
}

/** Days from a massage to the next session as the rules state them: the interval, twice a week's 3 days. */
function gapAfter(intervalDays: number): number {
  return Math.max(2, intervalDays < WEEK ? Math.floor(intervalDays) : Math.round(intervalDays));
}

/**
 * The next session is never sooner than the interval after the last massage (rule 3's re-flow), nor sooner than 7
 * days after a bruising report (the pause).
 */
export function spacingViolations(plan: Plan, recommendation: Recommendation, happened: readonly IsoDate[]): string[] {
  const found: string[] = [];
  const first = plan.sessions[0];
  if (first === undefined) return found;
  const last = happened.at(-1);
  if (last !== undefined && toDayNumber(first.date) - toDayNumber(last) < gapAfter(plan.intervalDays)) {
    found.push(`the first session (${first.date}) is sooner than the interval after the last massage (${last})`);
  }
  const pause = recommendation.pause;
  if (pause !== null && toDayNumber(first.date) < toDayNumber(pause.since) + 7) {
    found.push(`the first session (${first.date}) is within 7 days of bruising on ${pause.since}`);
  }
  return found;
}

/** What must hold for any answers, whatever the timeline behind them (GUIDE sections 2 and 3). */
export function recommendationViolations(answers: Answers, result: Recommendation): string[] {
  const found: string[] = [];
  const tiers = answers.safety.map((item) => SAFETY_ITEM_TIER[item]);
  const first = result.reasons[0];
  if (first?.code !== 'row' || first.row !== answers.goal) found.push('the first reason does not name the row');
  if (result.row !== answers.goal) found.push('the row is not the goal’s');
  if (tiers.includes('urgent') !== (result.outcome === 'urgent')) found.push('urgent flag and urgent outcome disagree');
  if (!tiers.includes('urgent') && tiers.includes('until-well') !== (result.outcome === 'wait')) {
    found.push('a fever or illness and “wait until you are well” disagree');
  }
  const isGated =
    answers.goal === 'condition' ||
    tiers.includes('until-well') ||
    tiers.includes('not-until-cleared') ||
    tiers.includes('refer');
  if (isGated && result.schedule?.source === 'guide') found.push('a gated case got an engine-chosen frequency');
  if (tiers.includes('not-until-cleared') && answers.cleared !== true && result.outcome === 'plan') {
    found.push('a not-until-cleared item without clearance got a plan');
  }
  if (result.outcome !== 'plan' && result.schedule !== null) found.push(`a ${result.outcome} outcome has a schedule`);
  if (result.outcome === 'plan' && result.schedule === null) found.push('a plan outcome has no schedule');
  if (result.schedule?.source === 'guide') {
    const { range, intervalDays } = result.schedule;
    if (intervalDays < range.min || intervalDays > range.max)
      found.push(`interval ${String(intervalDays)} outside ${String(range.min)}–${String(range.max)}`);
  }
  if (tiers.includes('light-pressure') && result.outcome !== 'urgent' && result.outcome !== 'wait') {
    if (result.pressure !== 'lighter') found.push('a light-pressure flag without lighter pressure');
    const at = result.cautions.findIndex((caution) => caution.code === 'check-with-clinician-first');
    // On a plan it is the first caution; where there is no plan, the action (see someone, get cleared) comes first.
    if (result.outcome === 'plan' ? at !== 0 : at < 0)
      found.push('“check with your clinician first” is missing or late');
  }
  if (result.outcome === 'plan') found.push(...gateViolations(result));
  found.push(...reasonViolations(result));
  return found;
}

/**
 * A plan's result says first what to do before the next massage: every gating caution comes before all general
 * advice, nothing on a plan stops every massage, and a pause after bruising comes with what to tell the therapist.
 */
function gateViolations(result: Recommendation): string[] {
  const found: string[] = [];
  const gates = result.cautions.map((caution) => CAUTION_GATE[caution.code]);
  if (gates.includes('before-any')) found.push('a plan carries a caution that stops every massage');
  if (gates.findIndex((gate) => gate === null) < gates.findLastIndex((gate) => gate !== null)) {
    found.push('general advice comes before a caution that gates the next massage');
  }
  if (result.pause !== null && !result.cautions.some((caution) => caution.code === 'tell-therapist')) {
    found.push('a pause without telling the therapist first');
  }
  return found;
}

/**
 * Rule 7 as a person reads it: every reason has a source; this planner's reading of "never daily" and "start
 * slowly" is cited by no reason (it is the ceilings' source only); no reason says the opposite of the pressure badge.
 */
function reasonViolations(result: Recommendation): string[] {
  const found: string[] = [];
  for (const reason of result.reasons) {
    if (reason.sources.length === 0) found.push(`the reason ${reason.code} has no source`);
    if (reason.sources.includes('project')) found.push(`the reason ${reason.code} cites the ceilings’ source`);
    const saysPressure =
      (reason.code === 'stepped-back' || reason.code === 'clinician-pressure') && reason.pressure !== result.pressure;
    if (saysPressure) found.push(`the reason ${reason.code} contradicts the ${result.pressure} pressure badge`);
  }
  return found;
}

/** Days between sessions, with "no plan" as the least frequent of all (a referral is gentler than any plan). */
function gentleness(result: Recommendation): { days: number; lighter: boolean } {
  return { days: result.schedule?.intervalDays ?? Number.POSITIVE_INFINITY, lighter: result.pressure === 'lighter' };
}

/** Worse soreness never gives a shorter interval or firmer pressure. */
export function firmerViolations(milder: Recommendation, worse: Recommendation): string[] {
  const a = gentleness(milder);
  const b = gentleness(worse);
  const found: string[] = [];
  if (b.days < a.days) found.push(`worse soreness gave a shorter interval (${String(a.days)} → ${String(b.days)})`);
  if (a.lighter && !b.lighter) found.push('worse soreness gave firmer pressure');
  return found;
}
