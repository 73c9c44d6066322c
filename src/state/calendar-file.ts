/**
 * The calendar file for the person's plan, in their words: records the export (`later-events.ts`) and writes the
 * file with the calendar writer, which loads only now. The plan screen and the referral screen both offer it; after
 * a referral the plan has no sessions and the file cancels the ones the calendar holds.
 */
import type { CalendarResult } from '../domain/calendar';
import type { Plan } from '../domain/plan';
import type { Describer } from '../i18n/describe';
import { exportCalendar } from './later-events';
import type { PlannerStore } from './planner-store';
import type { PlanPreferences } from './saved-shape';
import { todayOnDevice } from './today';

/** A timed session's length in the calendar when the evidence doesn't name one (rule 9 names 60 for chronic pain). */
const DEFAULT_MINUTES = 60;

export interface CalendarFileOptions {
  readonly sessionMinutes: number | null;
  readonly preferences: Pick<PlanPreferences, 'time' | 'reminder'>;
  readonly words: Describer;
  /** The planner's own page, which each event links back to. */
  readonly url: string;
}

/** Writes the file for `plan` now; the export is recorded only when the file could be written. */
async function calendarFile(store: PlannerStore, plan: Plan, options: CalendarFileOptions): Promise<CalendarResult> {
  const { toICalendar } = await import('../domain/calendar');
  const { t } = options.words;
  const now = new Date();
  const today = todayOnDevice(now);
  const before = store.getState().calendar;
  const sessions = plan.sessions.map(({ planned, date }) => ({ planned, date }));
  const { calendarId, sequence, cancelled } = exportCalendar(store, sessions, today);
  const result = toICalendar(plan, {
    calendarId,
    now: now.getTime(),
    localNow: { date: today, minutes: now.getHours() * 60 + now.getMinutes() },
    time: options.preferences.time,
    minutes: options.sessionMinutes ?? DEFAULT_MINUTES,
    reminder: options.preferences.reminder,
    sequence,
    cancelled,
    words: {
      title: t('plan.event.title'),
      description: t('plan.event.description', { url: options.url }),
      reminder: {
        'evening-before': t('plan.event.reminder.evening-before'),
        'two-hours-before': t('plan.event.reminder.two-hours-before'),
      },
    },
  });
  if (!result.ok) store.setState({ calendar: before });
  return result;
}

/**
 * Writes the file and hands it to `save` (the page's download) under the catalog's file name; the name, or null
 * when it could not be made (the writer failed to load, or refused). Both calendar buttons say what came of it.
 */
export async function downloadCalendar(
  store: PlannerStore,
  plan: Plan,
  options: CalendarFileOptions,
  save: (name: string, type: string, text: string) => void,
): Promise<string | null> {
  try {
    const result = await calendarFile(store, plan, options);
    if (!result.ok) return null;
    const file = options.words.t('plan.fileName');
    save(file, 'text/calendar;charset=utf-8', result.text);
    return file;
  } catch {
    return null;
  }
}
