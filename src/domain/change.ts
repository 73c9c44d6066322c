/**
 * What changed between two recommendations and why, as codes with values. The catalog words it:
 * "every week → every 2 weeks, lighter pressure: soreness lasted more than a day".
 */
import type { Outcome, Pause, Phase, Pressure, Reason, Recommendation } from './recommend';

export type Change =
  | { readonly code: 'outcome'; readonly from: Outcome; readonly to: Outcome }
  | { readonly code: 'interval'; readonly from: number | null; readonly to: number | null }
  | { readonly code: 'advice'; readonly from: 'guide' | 'clinician' | null; readonly to: 'guide' | 'clinician' | null }
  | { readonly code: 'phase'; readonly from: Phase; readonly to: Phase }
  | { readonly code: 'pressure'; readonly from: Pressure; readonly to: Pressure }
  | { readonly code: 'pause'; readonly from: Pause | null; readonly to: Pause | null }
  | { readonly code: 'session-length'; readonly from: number | null; readonly to: number | null };

export interface ChangeSummary {
  /** What a person would notice, most important first; empty when nothing changed. */
  readonly changes: readonly Change[];
  /** The reasons behind the new recommendation that the old one did not have. */
  readonly because: readonly Reason[];
}

function samePause(a: Pause | null, b: Pause | null): boolean {
  return a === b || (a !== null && b !== null && a.days === b.days && a.since === b.since);
}

function reasonKey(reason: Reason): string {
  return JSON.stringify(reason);
}

/**
 * Describes how `after` differs from `before`. When the outcome changes, that is the change: the details of a plan
 * that is no longer shown would only be noise. Pure; the same pair always gives the same summary.
 */
export function describeChange(before: Recommendation, after: Recommendation): ChangeSummary {
  const changes: Change[] = [];
  const beforeDays = before.schedule?.intervalDays ?? null;
  const afterDays = after.schedule?.intervalDays ?? null;
  if (before.outcome !== after.outcome) {
    changes.push({ code: 'outcome', from: before.outcome, to: after.outcome });
    if (after.outcome === 'plan') changes.push({ code: 'interval', from: null, to: afterDays });
  } else {
    const beforeSource = before.schedule?.source ?? null;
    const afterSource = after.schedule?.source ?? null;
    if (beforeSource !== afterSource) changes.push({ code: 'advice', from: beforeSource, to: afterSource });
    if (beforeDays !== afterDays) changes.push({ code: 'interval', from: beforeDays, to: afterDays });
    const beforePhase = before.schedule?.source === 'guide' ? before.schedule.phase : null;
    const afterPhase = after.schedule?.source === 'guide' ? after.schedule.phase : null;
    if (beforePhase !== null && afterPhase !== null && beforePhase !== afterPhase) {
      changes.push({ code: 'phase', from: beforePhase, to: afterPhase });
    }
  }
  if (after.outcome !== 'urgent') {
    if (before.pressure !== after.pressure)
      changes.push({ code: 'pressure', from: before.pressure, to: after.pressure });
    if (after.outcome === 'plan' && !samePause(before.pause, after.pause)) {
      changes.push({ code: 'pause', from: before.pause, to: after.pause });
    }
    if (after.outcome === 'plan' && before.sessionMinutes !== after.sessionMinutes) {
      changes.push({ code: 'session-length', from: before.sessionMinutes, to: after.sessionMinutes });
    }
  }
  if (changes.length === 0) return { changes, because: [] };
  const known = new Set(before.reasons.map(reasonKey));
  const because = after.reasons.filter((reason) => reason.code !== 'row' && !known.has(reasonKey(reason)));
  return { changes, because };
}
