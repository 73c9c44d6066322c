/**
 * Check-ins over time: which planned sessions still wait for one, and how two copies of a person's check-ins (two
 * open tabs) merge without losing any. Pure, like the rest of the engine.
 */
import type { CheckIn } from './answers';
import type { IsoDate } from './dates';
import type { Session } from './plan';

/** At most this many check-ins are kept: years of weekly massages. */
export const MAX_CHECK_INS = 1000;

export interface DueCheckIns {
  /** The most recent past session without a check-in: the one to ask about. */
  readonly latest: Session | null;
  /** Earlier past sessions without one, oldest first: "mark these skipped" in one tap. */
  readonly earlier: readonly Session[];
}

/**
 * Sessions whose date has passed (before `today`) with no check-in for them, after the questionnaire was answered
 * (its answer covers what came before).
 */
export function dueCheckIns(
  sessions: readonly Session[],
  checkIns: readonly CheckIn[],
  today: IsoDate,
  answeredOn: IsoDate | undefined,
): DueCheckIns {
  const answered = new Set(checkIns.flatMap((checkIn) => (checkIn.planned === undefined ? [] : [checkIn.planned])));
  const due = sessions.filter(
    (session) =>
      session.date < today && (answeredOn === undefined || session.date > answeredOn) && !answered.has(session.planned),
  );
  return { latest: due.at(-1) ?? null, earlier: due.slice(0, -1) };
}

/**
 * Merges two lists of check-ins by id, so neither tab's check-in is lost: every id either side has, except those
 * deleted on either side. Where both have the same id (an edit), `ours` wins. Sorted by date, then id.
 */
export function mergeCheckIns(
  ours: readonly CheckIn[],
  theirs: readonly CheckIn[],
  deleted: ReadonlySet<string>,
): CheckIn[] {
  const byId = new Map<string, CheckIn>();
  for (const checkIn of theirs) byId.set(checkIn.id, checkIn);
  for (const checkIn of ours) byId.set(checkIn.id, checkIn);
  return [...byId.values()]
    .filter((checkIn) => !deleted.has(checkIn.id))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(-MAX_CHECK_INS);
}

/** The date of the latest massage that happened and counts (after the questionnaire), or undefined. */
export function lastMassage(checkIns: readonly CheckIn[], answeredOn: IsoDate | undefined): IsoDate | undefined {
  let latest: IsoDate | undefined;
  for (const checkIn of checkIns) {
    if (!checkIn.happened || (answeredOn !== undefined && checkIn.date <= answeredOn)) continue;
    if (latest === undefined || checkIn.date > latest) latest = checkIn.date;
  }
  return latest;
}
