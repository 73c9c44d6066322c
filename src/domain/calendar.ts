/**
 * The calendar writer: a plan's sessions as an iCalendar file (RFC 5545) that Google Calendar, Apple Calendar and
 * Outlook import. Written here rather than with a library (docs/decisions/004): lines fold at 75 octets without
 * splitting a character, UIDs are stable so a second export updates the first, and an empty plan is refused.
 * Pure: the time of the export and every word come in as options.
 */
import { addDays, fromDayNumber, toDayNumber, type IsoDate } from './dates';
import { CalendarIdSchema, REMINDER_LEADS, SessionTimeSchema, type ReminderLead } from './calendar-options';
import type { CalendarSession } from './calendar-sync';
import type { Plan } from './plan';
import type { z } from './schema';

export { REMINDER_LEADS, type ReminderLead } from './calendar-options';

/** What a calendar says, in the person's language (the catalog's words, never the engine's). */
export interface CalendarWords {
  /** A neutral event title, such as "Back massage": no condition in anyone's calendar. */
  readonly title: string;
  /** The event's notes, with the link back to the planner to check in afterwards. */
  readonly description: string;
  /** The reminder's text for each lead time. */
  readonly reminder: Readonly<Record<Exclude<ReminderLead, 'none'>, string>>;
}

export interface CalendarOptions {
  readonly calendarId: string;
  /** When the file is written, as milliseconds since 1970 (`DTSTAMP`, in UTC). */
  readonly now: number;
  /** The same moment on the person's clock: no reminder is written for a moment already past. */
  readonly localNow: { readonly date: IsoDate; readonly minutes: number };
  /** `HH:MM` for timed sessions in floating local time, or null for all-day sessions. */
  readonly time: string | null;
  /** A timed session's length. */
  readonly minutes: number;
  readonly reminder: ReminderLead;
  /** Rises with each export, so calendars take the newer copy of an event. */
  readonly sequence: number;
  /** Sessions the calendar holds that the plan no longer has (`nextExport`): written as cancelled, by their planned and last date. */
  readonly cancelled: readonly CalendarSession[];
  readonly words: CalendarWords;
}

/**
 * `empty-plan`: nothing to write (no session and nothing to cancel; the format does not allow a calendar without
 * events). `bad-date`: a date a calendar file can't say (RFC 5545: years 0000 to 9999), which no plan should hold.
 */
export type CalendarResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: 'empty-plan' | 'bad-options' | 'bad-date' };

/** Can an iCalendar file say this date (a four-digit year)? Checked on every date, a day after it included. */
function isWritable(date: IsoDate): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && /^\d{4}-\d{2}-\d{2}$/.test(addDays(date, 1));
}

const PRODID = '-//Back massage planner//Plan export 1//EN';
const UID_DOMAIN = 'back-massage-planner';
const MAX_OCTETS = 75;
const MINUTES_A_DAY = 24 * 60;
/** All-day sessions start at midnight: "the evening before" is 18:00 the day before, six hours earlier. */
const EVENING_BEFORE_MINUTES = 6 * 60;
const TWO_HOURS = 2 * 60;

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, controls dropped. */
export function escapeText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      .replace(/[\\;,]/g, (character) => `\\${character}`)
      .replace(/\n/g, '\\n')
      // Control characters are not allowed in TEXT (tab is); line breaks were escaped above.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000a-\u001f\u007f]/g, '')
  );
}

function octetsOf(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/**
 * Folds a content line (RFC 5545 3.1): no line longer than 75 octets of UTF-8, continuation lines start with a
 * space, and no character is ever split between two lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = octetsOf(character.codePointAt(0) ?? 0);
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n');
}

const compactDate = (date: IsoDate) => date.replace(/-/g, '');
const twoDigits = (value: number) => String(value).padStart(2, '0');

/** A UTC instant as `YYYYMMDDTHHMMSSZ`, from milliseconds since 1970, without `Date` (no zone can shift it). */
export function utcStamp(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  const day = Math.floor(seconds / 86_400);
  const secondOfDay = seconds - day * 86_400;
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  return `${compactDate(fromDayNumber(day))}T${twoDigits(hours)}${twoDigits(minutes)}${twoDigits(secondOfDay % 60)}Z`;
}

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A floating local date-time (no zone: "18:00 wherever you are"), `minutes` after the start of `date`. */
function localDateTime(date: IsoDate, minutes: number): string {
  const days = Math.floor(minutes / MINUTES_A_DAY);
  const minuteOfDay = minutes - days * MINUTES_A_DAY;
  const day = compactDate(fromDayNumber(toDayNumber(date) + days));
  return `${day}T${twoDigits(Math.floor(minuteOfDay / 60))}${twoDigits(minuteOfDay % 60)}00`;
}

/**
 * A negative duration for a reminder `minutes` before the start: `-PT2H`, `-PT16H`, or `-P1DT45M` once it reaches a
 * day (a calendar day, so "18:00 the evening before" stays 18:00 across a daylight-saving change).
 */
function before(minutes: number): string {
  const days = Math.floor(minutes / MINUTES_A_DAY);
  const hours = Math.floor((minutes % MINUTES_A_DAY) / 60);
  const rest = minutes % 60;
  const time = `${hours > 0 ? `${String(hours)}H` : ''}${rest > 0 ? `${String(rest)}M` : ''}`;
  const day = days > 0 ? `${String(days)}D` : '';
  return `-P${day}${time === '' ? (day === '' ? 'T0M' : '') : `T${time}`}`;
}

/** How long before a session its reminder goes off. */
function reminderMinutes(lead: Exclude<ReminderLead, 'none'>, time: string | null): number {
  if (lead === 'two-hours-before') return TWO_HOURS;
  return time === null ? EVENING_BEFORE_MINUTES : minutesOf(time) + EVENING_BEFORE_MINUTES;
}

const isValid = (schema: z.ZodMiniType, value: unknown) => schema.safeParse(value).success;

/**
 * Writes the plan's sessions as an iCalendar file. Each session's UID comes from the calendar id and the date it
 * was planned for, so exporting again (with a higher `sequence`) updates the same events, a moved session
 * included; sessions that dropped out are written with `STATUS:CANCELLED`. Sessions are free time
 * (`TRANSP:TRANSPARENT`): a work calendar doesn't show the day blocked. A plan with no sessions still writes the
 * cancellations (after a referral, the calendar learns the sessions are off); with neither, it is refused.
 */
export function toICalendar(plan: Plan, options: CalendarOptions): CalendarResult {
  if (plan.sessions.length === 0 && options.cancelled.length === 0) return { ok: false, problem: 'empty-plan' };
  const dates = [...plan.sessions, ...options.cancelled].flatMap((session) => [session.date, session.planned]);
  if (!dates.every(isWritable)) return { ok: false, problem: 'bad-date' };
  const { time, reminder, words } = options;
  if (
    !isValid(CalendarIdSchema, options.calendarId) ||
    (time !== null && !isValid(SessionTimeSchema, time)) ||
    !REMINDER_LEADS.includes(reminder) ||
    !Number.isInteger(options.sequence) ||
    options.sequence < 0 ||
    !Number.isFinite(options.now) ||
    !isWritable(options.localNow.date) ||
    !Number.isInteger(options.localNow.minutes) ||
    options.localNow.minutes < 0 ||
    options.localNow.minutes >= MINUTES_A_DAY ||
    !Number.isInteger(options.minutes) ||
    options.minutes < 1 ||
    options.minutes > MINUTES_A_DAY
  ) {
    return { ok: false, problem: 'bad-options' };
  }
  const stamp = utcStamp(options.now);
  const nowMinute = toDayNumber(options.localNow.date) * MINUTES_A_DAY + options.localNow.minutes;
  /** Is the moment `lead` minutes before a session on `date` already past on the person's clock? */
  const isPast = (date: IsoDate, lead: number) =>
    toDayNumber(date) * MINUTES_A_DAY + (time === null ? 0 : minutesOf(time)) - lead <= nowMinute;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODID}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];

  const event = (planned: IsoDate, date: IsoDate, status: 'CONFIRMED' | 'CANCELLED') => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${compactDate(planned)}-${options.calendarId}@${UID_DOMAIN}`,
      `DTSTAMP:${stamp}`,
      `SEQUENCE:${String(options.sequence)}`,
    );
    if (time === null) {
      lines.push(`DTSTART;VALUE=DATE:${compactDate(date)}`, `DTEND;VALUE=DATE:${compactDate(addDays(date, 1))}`);
    } else {
      const start = minutesOf(time);
      lines.push(`DTSTART:${localDateTime(date, start)}`, `DTEND:${localDateTime(date, start + options.minutes)}`);
    }
    lines.push(
      `SUMMARY:${escapeText(words.title)}`,
      `DESCRIPTION:${escapeText(words.description)}`,
      `STATUS:${status}`,
      'TRANSP:TRANSPARENT',
    );
    if (status === 'CONFIRMED' && reminder !== 'none' && !isPast(date, reminderMinutes(reminder, time))) {
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(words.reminder[reminder])}`,
        `TRIGGER:${before(reminderMinutes(reminder, time))}`,
        'END:VALARM',
      );
    }
    lines.push('END:VEVENT');
  };

  for (const session of plan.sessions) event(session.planned, session.date, 'CONFIRMED');
  const current = new Set(plan.sessions.map((session) => session.planned));
  for (const gone of options.cancelled) {
    if (current.has(gone.planned)) continue;
    current.add(gone.planned);
    event(gone.planned, gone.date, 'CANCELLED');
  }
  lines.push('END:VCALENDAR');
  return { ok: true, text: `${lines.map(foldLine).join('\r\n')}\r\n` };
}
