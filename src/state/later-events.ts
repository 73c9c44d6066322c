/**
 * Events only later screens raise: checking in, correcting and deleting check-ins, skipping and moving sessions,
 * entering advice, restoring a data file, adopting a shared plan, exporting the calendar. Events
 * like the store's own (`planner-store.ts`), taking the store they act on; here, so that they load with the screens
 * that raise them rather than with a first visit's script (docs/decisions/003).
 */
import { nextExport, type CalendarSession } from '../domain/calendar-sync';
import type { IsoDate } from '../domain/dates';
import { draftFromAnswers } from '../domain/answers-draft';
import { pruneDraft } from '../domain/questionnaire';
import type { Submission } from '../domain/answers';
import type { SharedPlan } from '../domain/share';
import type { AdviceEntry, CheckIn, ClinicianAdvice } from '../domain/answers';
import { MAX_CHECK_INS } from '../domain/entry-order';
import { MAX_SESSION_CHANGES } from '../domain/plan-limits';
import { appended, createRandomId, seqAfter, type CheckInReport, type PlannerStore } from './planner-store';
import { STORAGE_KEY } from './safe-storage';
import type { PlanPreferences, SavedPlanner } from './saved-shape';

/** What the calendar file needs from an export: the calendar id, the next sequence, the sessions to cancel. */
export interface CalendarExportRecord {
  readonly calendarId: string;
  readonly sequence: number;
  readonly cancelled: readonly CalendarSession[];
}

/**
 * Records an export of `sessions` on `today` to the person's calendar and returns what the calendar file needs:
 * the calendar id (made at the first export), the next sequence, and every session the calendar holds that is to
 * be cancelled (`nextExport`: the massages that happened are never among them).
 */
export function exportCalendar(
  store: PlannerStore,
  sessions: readonly CalendarSession[],
  today: IsoDate,
): CalendarExportRecord {
  const { calendar, checkIns } = store.getState();
  const happened = new Set(
    checkIns.flatMap((checkIn) => (checkIn.happened && checkIn.planned !== undefined ? [checkIn.planned] : [])),
  );
  const { cancelled, held } = nextExport(calendar.exported, sessions, happened, today);
  const calendarId = calendar.id ?? createRandomId();
  const next = calendar.id === null ? 0 : calendar.sequence + 1;
  store.setState({ calendar: { id: calendarId, sequence: next, exported: held } });
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
  // The link kept the health checks private: the person answers them again, both steps, before the plan is theirs.
  const rest = Object.fromEntries(Object.entries(draft).filter(([key]) => key !== 'signs' && key !== 'safety'));
  store.setState({ draft: rest, step: 'signs', changing: false, plan, view: 'recommendation' });
}

/** How a massage went (a planned one, or one that was not planned); returns the new check-in's id. */
export function recordCheckIn(store: PlannerStore, report: CheckInReport): string {
  const id = createRandomId();
  const state = store.getState();
  const checkIn: CheckIn = { ...report, id, seq: seqAfter(state) };
  store.setState({ checkIns: appended(state.checkIns, [checkIn], MAX_CHECK_INS), changedBy: id });
  return id;
}

/** Corrects a check-in entered by mistake (same id). */
export function updateCheckIn(store: PlannerStore, checkIn: CheckIn): void {
  const { checkIns } = store.getState();
  const existing = checkIns.find((one) => one.id === checkIn.id);
  if (existing === undefined) return;
  // A correction keeps its place in the order of entry, and says when it was made: of two tabs' copies of this
  // check-in, the later correction stands (`mergeEntries`).
  const edited = Math.max(Date.now(), (existing.edited ?? existing.seq) + 1);
  store.setState({
    checkIns: checkIns.map((one) => (one === existing ? { ...checkIn, seq: existing.seq, edited } : one)),
  });
}

export function deleteCheckIn(store: PlannerStore, id: string): void {
  const { checkIns, deletedCheckIns } = store.getState();
  store.setState({
    checkIns: checkIns.filter((one) => one.id !== id),
    deletedCheckIns: [...deletedCheckIns.filter((gone) => gone !== id), id].slice(-MAX_CHECK_INS),
  });
}

/** Several missed sessions: the earlier ones marked skipped in one tap. */
export function skipSessions(store: PlannerStore, planned: readonly IsoDate[]): void {
  const state = store.getState();
  const first = seqAfter(state);
  const skipped = planned.map((date, index): CheckIn => ({
    id: createRandomId(),
    seq: first + index,
    date,
    planned: date,
    happened: false,
  }));
  store.setState({ checkIns: appended(state.checkIns, skipped, MAX_CHECK_INS) });
}

/** Move one session to another day (`to`), or skip it (`null`); the plan checks the ceilings. */
export function moveSession(store: PlannerStore, planned: IsoDate, to: IsoDate | null): void {
  const { plan } = store.getState();
  const others = plan.changes.filter((change) => change.planned !== planned);
  store.setState({ plan: { ...plan, changes: [...others, { planned, to }].slice(-MAX_SESSION_CHANGES) } });
}

/** Put a moved or skipped session back where the plan had it. */
export function restoreSession(store: PlannerStore, planned: IsoDate): void {
  const { plan } = store.getState();
  store.setState({ plan: { ...plan, changes: plan.changes.filter((change) => change.planned !== planned) } });
}

/** What a doctor or physical therapist advised, entered after the questions (rule 5's path; after a referral). */
export function enterAdvice(
  store: PlannerStore,
  { advice, usualPressure }: { readonly advice: ClinicianAdvice; readonly usualPressure: boolean },
  today: IsoDate,
): void {
  const state = store.getState();
  const entry: AdviceEntry = { id: createRandomId(), seq: seqAfter(state), date: today, advice, usualPressure };
  store.setState({ advice: appended(state.advice, [entry]), view: 'recommendation', changedBy: entry.id });
}
