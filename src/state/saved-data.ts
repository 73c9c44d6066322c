/**
 * How saved data is read back: every field is checked on its own, so one damaged field falls back to its default
 * without losing the rest (RELIABILITY.md), and data saved by version 1 is migrated to the timeline of version 2.
 * Loaded with zod only when there is saved data to read.
 */
import {
  AdviceEntrySchema,
  AnswersSchema,
  CheckInSchema,
  DRAFT_ANSWER_SCHEMAS,
  IsoDateSchema,
  SubmissionSchema,
  type AdviceEntry,
  type CheckIn,
  type Submission,
} from '../domain/answers';
import { MAX_CHECK_INS, MAX_ENTRIES, mergeCheckIns, mergeEntries, type TimelineEntry } from '../domain/check-in-merge';
import type { IsoDate } from '../domain/dates';
import { SAFETY_ITEM_TIER } from '../domain/guide';
import { CalendarIdSchema, ReminderLeadSchema, SessionTimeSchema } from '../domain/calendar-options';
import { MAX_HELD } from '../domain/calendar-sync';
import { PlanChoiceSchema, PlanWeeksSchema, SessionChangesSchema, WeekdaysSchema } from '../domain/plan';
import { splitHealthChecks } from '../domain/answers-draft';
import { QUESTION_IDS, fittingStep, type AnswersDraft } from '../domain/questionnaire';
import { z } from '../domain/schema';
import {
  DEFAULT_PLAN,
  EMPTY_CALENDAR,
  EMPTY_PLANNER,
  isRecord,
  type PlanPreferences,
  type SavedPlanner,
  type Step,
} from './saved-shape';

/** The saved fields, in the order they are written. */
const SAVED_KEYS = [
  'draft',
  'submissions',
  'step',
  'changing',
  'plan',
  'calendar',
  'checkIns',
  'advice',
  'deletedCheckIns',
] as const satisfies readonly (keyof SavedPlanner)[];

const STEPS: readonly Step[] = [...QUESTION_IDS, 'review'];

const StepSchema = z.enum(STEPS as [Step, ...Step[]]);

/** Each plan preference on its own, so one bad preference falls back to its default and the rest are kept. */
const PLAN_SCHEMAS: { readonly [K in keyof PlanPreferences]: z.ZodMiniType } = {
  start: z.nullable(IsoDateSchema),
  weekdays: WeekdaysSchema,
  weeks: PlanWeeksSchema,
  choice: z.nullable(PlanChoiceSchema),
  changes: SessionChangesSchema,
  time: z.nullable(SessionTimeSchema),
  reminder: ReminderLeadSchema,
};

const CalendarRecordSchema = z.strictObject({
  id: z.nullable(CalendarIdSchema),
  sequence: z.number().check(z.int(), z.minimum(0)),
  exported: z
    .array(z.strictObject({ planned: IsoDateSchema, date: IsoDateSchema, cancelled: z.exactOptional(z.literal(true)) }))
    .check(z.maxLength(MAX_HELD)),
});

const DeletedSchema = z.array(z.string().check(z.maxLength(64))).check(z.maxLength(MAX_CHECK_INS));

/** Reads a record field by field against `schemas`; unknown and invalid fields are reported under `name.`. */
function salvageFields<T extends object>(
  raw: unknown,
  schemas: { readonly [K in keyof T]: z.ZodMiniType },
  defaults: T,
  name: string,
  dropped: string[],
): T {
  if (raw === undefined) return defaults;
  if (!isRecord(raw)) {
    dropped.push(name);
    return defaults;
  }
  const result: Record<string, unknown> = {};
  Object.assign(result, defaults);
  for (const [key, value] of Object.entries(raw)) {
    const schema = Object.hasOwn(schemas, key) ? (schemas as Record<string, z.ZodMiniType>)[key] : undefined;
    const parsed = schema?.safeParse(value);
    if (parsed?.success) result[key] = parsed.data;
    else dropped.push(`${name}.${key}`);
  }
  return result as T;
}

export interface Salvaged {
  readonly value: SavedPlanner;
  /** Fields that were present but did not validate, or unknown fields, by name. */
  readonly dropped: readonly string[];
  /** Of those, the entries dated after today. */
  readonly future: readonly string[];
  /** Of those, the lists longer than their cap. */
  readonly tooMany: readonly string[];
  /** Of those, the lists with an id twice. */
  readonly repeated: readonly string[];
  /** The saved step did not fit the saved answers: another screen is shown, and nothing was lost. */
  readonly movedStep: boolean;
}

/** Version 1's answers: the day they were given was part of them. */
const AnswersV1Schema = z.extend(AnswersSchema, { answeredOn: z.optional(IsoDateSchema) });

/** The one submission version 1's answers become: a fixed id, so two tabs migrating at once agree. */
const MIGRATED_SUBMISSION_ID = 'v1-answers';

/**
 * Version 1 answers as a submission. Entering a clinician's advice for a not-until-cleared item meant a doctor had
 * cleared them (lighter pressure then stays, until they say their clinician allowed usual pressure).
 */
function migrateAnswers(raw: unknown, today: IsoDate, dropped: string[], future: string[]): Submission[] {
  if (raw === undefined || raw === null) return [];
  const parsed = AnswersV1Schema.safeParse(raw);
  if (!parsed.success) {
    dropped.push('answers');
    return [];
  }
  const { answeredOn, ...answers } = parsed.data;
  const needsClearance = answers.safety.some((item) => SAFETY_ITEM_TIER[item] === 'not-until-cleared');
  const cleared = needsClearance && answers.clinicianAdvice !== undefined ? { cleared: true } : {};
  const date = answeredOn ?? today;
  if (date > today) {
    dropped.push('answers.answeredOn');
    future.push('answers.answeredOn');
    return [];
  }
  return [{ id: MIGRATED_SUBMISSION_ID, seq: 0, date, answers: { ...answers, ...cleared } }];
}

/** What reading saved data found wrong, by field: every list is also in `dropped`. */
interface Findings {
  readonly dropped: string[];
  /** Entries dated after today. */
  readonly future: string[];
  /** Lists longer than their cap: the newest entries up to it are read. */
  readonly tooMany: string[];
  /** Lists with an id twice: the later entry is read. */
  readonly repeated: string[];
}

/**
 * Reads a list entry by entry, so one damaged entry never costs the others; entries dated after `today` are
 * refused like damaged ones (docs/rules.md, "Every report counts"). A list over its cap, or with an id twice, is
 * reported: saved data is then backed up and the person told; a file is refused whole.
 */
function salvageList<T extends { readonly id: string; readonly date: IsoDate; readonly seq: number }>(
  raw: unknown,
  name: string,
  read: (entry: unknown, index: number) => T | null,
  today: IsoDate,
  cap: number,
  findings: Findings,
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    findings.dropped.push(name);
    return [];
  }
  if (raw.length > cap) {
    findings.tooMany.push(name);
    findings.dropped.push(name);
  }
  const entries: T[] = [];
  const offset = Math.max(0, raw.length - cap);
  raw.slice(offset).forEach((entry: unknown, at) => {
    const index = offset + at;
    const parsed = read(entry, index);
    if (parsed === null) findings.dropped.push(`${name}[${String(index)}]`);
    else if (parsed.date > today) {
      findings.dropped.push(`${name}[${String(index)}].date`);
      findings.future.push(`${name}[${String(index)}].date`);
    } else entries.push(parsed);
  });
  if (new Set(entries.map((entry) => entry.id)).size !== entries.length) {
    findings.repeated.push(name);
    findings.dropped.push(name);
  }
  return mergeEntries(entries, [], new Set(), cap);
}

function parsedOrNull<T>(result: { success: true; data: T } | { success: false }): T | null {
  return result.success ? result.data : null;
}

/**
 * Reads saved state field by field: each field that validates is kept, each that doesn't falls back to its
 * default, and keys the schema doesn't know (an action's name, `__proto__`) are dropped and reported. `version` is
 * the version that saved it: version 1's latest answers become the timeline's first submission, its check-ins take
 * their saved order as their order of entry. Entries dated after `today` are refused.
 */
export function salvageSaved(input: unknown, today: IsoDate, version = 2): Salvaged {
  if (!isRecord(input))
    return {
      value: EMPTY_PLANNER,
      dropped: input === undefined || input === null ? [] : ['state'],
      future: [],
      tooMany: [],
      repeated: [],
      movedStep: false,
    };
  const findings: Findings = { dropped: [], future: [], tooMany: [], repeated: [] };
  const { dropped, future } = findings;
  const isV1 = version < 2;
  const known = new Set<string>(isV1 ? [...SAVED_KEYS, 'answers'] : SAVED_KEYS);
  if (isV1) known.delete('submissions');
  for (const key of Object.keys(input)) if (!known.has(key)) dropped.push(key);

  const salvaged = salvageFields<AnswersDraft>(input.draft, DRAFT_ANSWER_SCHEMAS, {}, 'draft', dropped);
  // Saved before the health checks came in two steps (issue 18): their one list, split into the two.
  const draft =
    salvaged.signs === undefined && salvaged.safety !== undefined
      ? { ...salvaged, ...splitHealthChecks(salvaged.safety) }
      : salvaged;

  const submissions = isV1
    ? migrateAnswers(input.answers, today, dropped, future)
    : salvageList<Submission>(
        input.submissions,
        'submissions',
        (raw) => parsedOrNull(SubmissionSchema.safeParse(raw)),
        today,
        MAX_ENTRIES,
        findings,
      );
  const step = input.step === undefined || input.step === null ? null : StepSchema.safeParse(input.step);
  if (step !== null && !step.success) dropped.push('step');
  const changing = input.changing === undefined ? null : z.boolean().safeParse(input.changing);
  if (changing !== null && !changing.success) dropped.push('changing');

  const plan = salvageFields(input.plan, PLAN_SCHEMAS, DEFAULT_PLAN, 'plan', dropped);
  const calendar = input.calendar === undefined ? null : CalendarRecordSchema.safeParse(input.calendar);
  if (calendar !== null && !calendar.success) dropped.push('calendar');

  const checkIns = salvageList<CheckIn>(
    input.checkIns,
    'checkIns',
    // Version 1's check-ins had no order of entry: the order they were saved in stands for it.
    isV1
      ? (raw, index) => (isRecord(raw) ? parsedOrNull(CheckInSchema.safeParse({ ...raw, seq: index + 1 })) : null)
      : (raw) => parsedOrNull(CheckInSchema.safeParse(raw)),
    today,
    MAX_CHECK_INS,
    findings,
  );
  const advice = salvageList<AdviceEntry>(
    input.advice,
    'advice',
    (raw) => parsedOrNull(AdviceEntrySchema.safeParse(raw)),
    today,
    MAX_ENTRIES,
    findings,
  );
  const deleted = input.deletedCheckIns === undefined ? null : DeletedSchema.safeParse(input.deletedCheckIns);
  if (deleted !== null && !deleted.success) dropped.push('deletedCheckIns');

  const savedStep = step?.success ? step.data : null;
  const fitting = savedStep === null ? null : fittingStep(draft, savedStep);
  return {
    value: {
      draft,
      submissions,
      step: fitting,
      changing: changing?.success ? changing.data : false,
      plan,
      calendar: calendar?.success ? calendar.data : EMPTY_CALENDAR,
      checkIns,
      advice,
      deletedCheckIns: deleted?.success ? deleted.data : [],
    },
    dropped,
    future,
    tooMany: findings.tooMany,
    repeated: findings.repeated,
    movedStep: fitting !== savedStep,
  };
}

/**
 * Two copies of what was saved (two tabs) as one: every entry of the timeline either has, by id, except check-ins
 * deleted on either side; where both have an entry, the later correction (`ours` when neither is later); one
 * report per planned session (`mergeCheckIns`); the rest of `ours` stands.
 */
export function mergeSaved(ours: SavedPlanner, theirs: SavedPlanner): SavedPlanner {
  const deleted = [...new Set([...ours.deletedCheckIns, ...theirs.deletedCheckIns])].slice(-MAX_CHECK_INS);
  return {
    ...ours,
    submissions: mergeEntries(ours.submissions, theirs.submissions),
    checkIns: mergeCheckIns(ours.checkIns, theirs.checkIns, new Set(deleted)),
    advice: mergeEntries(ours.advice, theirs.advice),
    deletedCheckIns: deleted,
  };
}

/** What a saved timeline holds, as text to compare: each entry's id and last correction, and the deletions. */
function timelineKey(state: SavedPlanner): string {
  const entries = (list: readonly TimelineEntry[]) => list.map((entry) => [entry.id, entry.edited ?? null]);
  return JSON.stringify([
    entries(state.submissions),
    entries(state.checkIns),
    entries(state.advice),
    [...state.deletedCheckIns].sort(),
  ]);
}

/**
 * Whether `ours` holds something `theirs` lacks: an entry, a later correction, or a deletion. A tab that has read
 * another's save writes the two merged back only then, so two tabs settle on the same timeline and stop.
 */
export function addsTo(ours: SavedPlanner, theirs: SavedPlanner): boolean {
  return timelineKey(mergeSaved(theirs, ours)) !== timelineKey(theirs);
}
