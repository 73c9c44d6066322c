/** What the planner saves on the device (version 2). Types and defaults only: no zod, so the first screen is light. */
import type { AdviceEntry, CheckIn, Submission } from '../domain/answers';
import type { ReminderLead } from '../domain/calendar-options';
import type { HeldEvent } from '../domain/calendar-sync';
import type { PlanPreferencesInput } from '../domain/check-ins';
import type { AnswersDraft, QuestionId } from '../domain/questionnaire';

/** Version 2 keeps the timeline (every submission and entry of advice); version 1 kept only the latest answers. */
export const SAVED_VERSION = 2;

/** Where the person is: a question, the review, or neither (the start screen or their result). */
export type Step = QuestionId | 'review';

/** How the person wants their plan laid out (the engine's input) and put in their calendar. */
export interface PlanPreferences extends PlanPreferencesInput {
  /** `HH:MM` for sessions at a time of day in the calendar; null: all-day. */
  readonly time: string | null;
  readonly reminder: ReminderLead;
}

export const DEFAULT_PLAN: PlanPreferences = {
  start: null,
  weekdays: [],
  weeks: 12,
  choice: null,
  changes: [],
  time: null,
  reminder: 'evening-before',
};

/** What was last put in the person's calendar, so the next export updates it (docs/decisions/004). */
export interface CalendarRecord {
  /** Random, made by the store at the first export; calendar UIDs are derived from it. */
  readonly id: string | null;
  readonly sequence: number;
  /**
   * What the person's calendar holds from the files they downloaded: the last file's sessions, and the sessions
   * written as cancelled whose dates were still ahead (`domain/calendar-sync.ts`).
   */
  readonly exported: readonly HeldEvent[];
}

export const EMPTY_CALENDAR: CalendarRecord = { id: null, sequence: 0, exported: [] };

/**
 * Only what the person said (the timeline: submissions, check-ins, entries of advice), their preferences, and
 * where they are in the questionnaire; the answers in force, the recommendation and the plan are always derived.
 */
export interface SavedPlanner {
  readonly draft: AnswersDraft;
  /** Every questionnaire submission, in the timeline's order; a retake adds one. */
  readonly submissions: readonly Submission[];
  readonly step: Step | null;
  /** Answering from "Check your answers": Continue returns there. */
  readonly changing: boolean;
  readonly plan: PlanPreferences;
  readonly calendar: CalendarRecord;
  /** How each massage went, in the timeline's order; merged by id between tabs. */
  readonly checkIns: readonly CheckIn[];
  /** What a doctor or physical therapist advised, entered after the questions, in the timeline's order. */
  readonly advice: readonly AdviceEntry[];
  /** Ids of check-ins the person deleted, so a merge with another tab's copy can't bring them back. */
  readonly deletedCheckIns: readonly string[];
}

export const EMPTY_PLANNER: SavedPlanner = {
  draft: {},
  submissions: [],
  step: null,
  changing: false,
  plan: DEFAULT_PLAN,
  calendar: EMPTY_CALENDAR,
  checkIns: [],
  advice: [],
  deletedCheckIns: [],
};

/** A plain object (not null, not an array), as saved JSON must be before its fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
