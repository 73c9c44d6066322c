/**
 * What the person's calendar holds from the files they downloaded, and what the next file must say so that it
 * matches the plan (docs/decisions/004). Calendars that import a file add and update events by UID and never
 * remove one that a later file leaves out, so a dropped session has to be written as cancelled in every later
 * file while its date is ahead: a calendar that imports only the latest file still learns of it. Pure.
 */
import type { IsoDate } from './dates';

/** A session as a calendar file wrote it: the date it was planned for (its UID) and the date it had. */
export interface CalendarSession {
  readonly planned: IsoDate;
  readonly date: IsoDate;
}

/**
 * What the person's calendar may hold from a file: a session as the latest file booked it, or (`cancelled`) a date
 * an earlier file gave a session that the calendar may still show if that file was imported and a later one not.
 */
export interface HeldEvent extends CalendarSession {
  readonly cancelled?: true;
}

const keyOf = (session: CalendarSession) => `${session.planned}>${session.date}`;

/** At most this many events are remembered: a year's plan has at most 104 sessions. */
export const MAX_HELD = 400;

/** The next file's events and what the calendar holds once it is imported. */
export interface NextExport {
  /** Sessions the calendar holds that are no longer planned, ahead, and did not happen: written as cancelled. */
  readonly cancelled: readonly CalendarSession[];
  readonly held: readonly HeldEvent[];
}

/**
 * The file after `held` for a plan of `sessions` on `today`. A held session that is no longer planned is
 * cancelled while any date a file gave it is today or later (a file downloaded but never imported may have moved
 * it), unless the massage planned for it happened (`happened`: the planned dates of check-ins that said it did),
 * which is never cancelled. Cancellations already written are written again, by the latest date they had.
 */
export function nextExport(
  held: readonly HeldEvent[],
  sessions: readonly CalendarSession[],
  happened: ReadonlySet<IsoDate>,
  today: IsoDate,
): NextExport {
  const booked = new Set(sessions.map(keyOf));
  const planned = new Set(sessions.map((session) => session.planned));
  const ahead = held.filter((event) => event.date >= today && !happened.has(event.planned));
  const latest = new Map<IsoDate, IsoDate>();
  for (const event of ahead) {
    if (planned.has(event.planned)) continue;
    const known = latest.get(event.planned);
    if (known === undefined || event.date > known) latest.set(event.planned, event.date);
  }
  const cancelled = [...latest].map(([day, date]) => ({ planned: day, date }));
  const remembered = new Map<string, HeldEvent>();
  for (const event of ahead) {
    if (!booked.has(keyOf(event)))
      remembered.set(keyOf(event), { planned: event.planned, date: event.date, cancelled: true });
  }
  const confirmed: HeldEvent[] = sessions.map(({ planned: day, date }) => ({ planned: day, date }));
  const others = [...remembered.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { cancelled, held: [...confirmed, ...others].slice(0, MAX_HELD) };
}

/**
 * Does the calendar hold dates the plan no longer has, from today on? A session added, dropped or moved; not a
 * session that simply passed, nor the time of day (the same events, at another hour, are still where they were).
 */
export function isCalendarBehind(
  held: readonly HeldEvent[],
  sessions: readonly CalendarSession[],
  today: IsoDate,
): boolean {
  const ahead = (list: readonly CalendarSession[]) =>
    new Set(list.filter((session) => session.date >= today).map(keyOf));
  const inCalendar = ahead(held.filter((event) => event.cancelled !== true));
  const inPlan = ahead(sessions);
  return inCalendar.size !== inPlan.size || [...inPlan].some((key) => !inCalendar.has(key));
}
