import type { Answers } from '../../src/domain/answers';
import { toDayNumber } from '../../src/domain/dates';
import { SAFETY_ITEM_TIER } from '../../src/domain/guide';
import type { Plan } from '../../src/domain/plan';
import type { Recommendation } from '../../src/domain/recommend';

/*
 * The invariants return what they found broken, as readable lines, rather than calling `expect` per session:
 * the exhaustive walk checks millions of facts, and a list keeps it fast and its failures legible.
 */

/** Rule 6: never on consecutive days; for plans the engine chose, at most 2 in any 7 consecutive days. */
export function ceilingViolations(plan: Plan, engineChosen: boolean): string[] {
  const found: string[] = [];
  const days = plan.sessions.map((session) => toDayNumber(session.date));
  days.forEach((day, index) => {
    const previous = days[index - 1];
    if (previous !== undefined && day - previous < 2)
      found.push(`consecutive or unordered at ${plan.sessions[index]?.date ?? ''}`);
    const twoBack = days[index - 2];
    if (engineChosen && twoBack !== undefined && day - twoBack < 7)
      found.push(`three sessions in 7 days at ${plan.sessions[index]?.date ?? ''}`);
  });
  return found;
}

/** What must hold for any answers and check-ins (GUIDE sections 2 and 3). */
export function recommendationViolations(answers: Answers, result: Recommendation): string[] {
  const found: string[] = [];
  const tiers = answers.safety.map((item) => SAFETY_ITEM_TIER[item]);
  const first = result.reasons[0];
  if (first?.code !== 'row' || first.row !== answers.goal) found.push('the first reason does not name the row');
  if (result.row !== answers.goal) found.push('the row is not the goal’s');
  if (tiers.includes('urgent') !== (result.outcome === 'urgent')) found.push('urgent flag and urgent outcome disagree');
  const isGated = answers.goal === 'condition' || tiers.includes('not-until-cleared') || tiers.includes('refer');
  if (isGated && result.schedule?.source === 'guide') found.push('a gated case got an engine-chosen frequency');
  if (result.outcome !== 'plan' && result.schedule !== null) found.push(`a ${result.outcome} outcome has a schedule`);
  if (result.outcome === 'plan' && result.schedule === null) found.push('a plan outcome has no schedule');
  if (result.schedule?.source === 'guide') {
    const { range, intervalDays } = result.schedule;
    if (intervalDays < range.min || intervalDays > range.max)
      found.push(`interval ${intervalDays} outside ${range.min}–${range.max}`);
  }
  if (
    result.schedule?.source === 'clinician' &&
    JSON.stringify(result.schedule.advice) !== JSON.stringify(answers.clinicianAdvice)
  ) {
    found.push('the plan does not follow the clinician’s advice');
  }
  if (tiers.includes('light-pressure') && result.outcome !== 'urgent') {
    if (result.pressure !== 'lighter') found.push('a light-pressure flag without lighter pressure');
    if (result.cautions[0]?.code !== 'check-with-clinician-first')
      found.push('“check with your clinician first” is not the first caution');
  }
  if (result.reasons.some((reason) => reason.sources.length === 0)) found.push('a reason without a source');
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
  if (b.days < a.days) found.push(`worse soreness gave a shorter interval (${a.days} → ${b.days})`);
  if (a.lighter && !b.lighter) found.push('worse soreness gave firmer pressure');
  return found;
}
