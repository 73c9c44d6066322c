/**
 * Events only later screens raise: restoring a data file, adopting a shared plan, exporting the calendar. Events
 * like the store's own (`planner-store.ts`), taking the store they act on; here, so that they load with the screens
 * that raise them rather than with a first visit's script (docs/decisions/003).
 */
import type { IsoDate } from '../domain/dates';
import { draftFromAnswers, pruneDraft } from '../domain/questionnaire';
import type { Submission } from '../domain/answers';
import type { SharedPlan } from '../domain/share';
import { appended, createRandomId, seqAfter, type PlannerStore } from './planner-store';
import { STORAGE_KEY } from './safe-storage';
import type { CalendarRecord, PlanPreferences, SavedPlanner } from './saved-shape';

/** What the calendar file needs from an export: the calendar id, the next sequence, the sessions that dropped out. */
export interface CalendarExportRecord {
  readonly calendarId: string;
  readonly sequence: number;
  readonly cancelled: CalendarRecord['exported'];
}

/**
 * Records an export of `sessions` to the person's calendar and returns what the calendar file needs: the
 * calendar id (made at the first export), the next sequence, and the sessions of the last export that dropped out.
 */
export function exportCalendar(store: PlannerStore, sessions: CalendarRecord['exported']): CalendarExportRecord {
  const { id, sequence, exported } = store.getState().calendar;
  const calendarId = id ?? createRandomId();
  const kept = new Set(sessions.map((session) => session.planned));
  const cancelled = exported.filter((session) => !kept.has(session.planned));
  const next = id === null ? 0 : sequence + 1;
  store.setState({ calendar: { id: calendarId, sequence: next, exported: [...sessions] } });
  return { calendarId, sequence: next, cancelled };
}

/**
 * Replaces the timeline and preferences with an imported file's (already read and confirmed); a file without
 * submitted answers brings back the answers given so far, to go on from. Replacing is a deletion first (its
 * tombstone), so another open tab gives up what it held rather than merging it back (docs/decisions/012).
 */
export function restoreData(
  store: PlannerStore,
  {
    submissions,
    checkIns,
    advice,
    plan,
    draft: given,
  }: Pick<SavedPlanner, 'submissions' | 'checkIns' | 'advice' | 'plan' | 'draft'>,
): void {
  store.storage.erase([STORAGE_KEY], true);
  const latest = submissions.at(-1);
  const draft = latest === undefined ? pruneDraft(given) : draftFromAnswers(latest.answers);
  const deleted = store.getState().deletedCheckIns.filter((id) => !checkIns.some((checkIn) => checkIn.id === id));
  store.setState({
    submissions,
    checkIns,
    advice,
    plan,
    draft,
    step: null,
    changing: false,
    deletedCheckIns: deleted,
    view: 'recommendation',
  });
}

/** Makes a shared link's answers and plan preferences the person's own (after they have said yes). */
export function adoptSharedPlan(
  store: PlannerStore,
  { answers, withheldSafety, preferences }: SharedPlan,
  today: IsoDate,
): void {
  const state = store.getState();
  const plan: PlanPreferences = {
    ...state.plan,
    start: preferences.start,
    weekdays: preferences.weekdays,
    weeks: preferences.weeks,
    choice: preferences.choice,
    changes: preferences.changes,
  };
  const draft = draftFromAnswers(answers);
  if (withheldSafety.length === 0) {
    const submission: Submission = { id: createRandomId(), seq: seqAfter(state), date: today, answers };
    store.setState({
      draft,
      submissions: appended(state.submissions, [submission]),
      step: null,
      changing: false,
      plan,
      view: 'plan',
    });
    return;
  }
  // The link kept the health checks private: the person answers them again before the plan is theirs.
  const rest = Object.fromEntries(Object.entries(draft).filter(([key]) => key !== 'safety'));
  store.setState({ draft: rest, step: 'safety', changing: false, plan, view: 'recommendation' });
}
