/**
 * How saved data is read back: every field is checked on its own, so one damaged field falls back to its default
 * without losing the rest (RELIABILITY.md). Loaded with zod only when there is saved data to read.
 */
import { AnswersSchema, CheckInSchema, DRAFT_ANSWER_SCHEMAS, IsoDateSchema, type CheckIn } from '../domain/answers';
import { MAX_CHECK_INS } from '../domain/check-in-merge';
import { CalendarIdSchema, ReminderLeadSchema, SessionTimeSchema } from '../domain/calendar-options';
import { PlanChoiceSchema, PlanWeeksSchema, SessionChangesSchema, WeekdaysSchema } from '../domain/plan';
import { QUESTION_IDS, type AnswersDraft } from '../domain/questionnaire';
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
  exported: z.array(z.strictObject({ planned: IsoDateSchema, date: IsoDateSchema })).check(z.maxLength(400)),
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
}

/**
 * Reads saved state field by field: each field that validates is kept, each that doesn't falls back to its
 * default, and keys the schema doesn't know (an action's name, `__proto__`) are dropped and reported.
 */
export function salvageSaved(input: unknown): Salvaged {
  if (!isRecord(input))
    return { value: EMPTY_PLANNER, dropped: input === undefined || input === null ? [] : ['state'] };
  const dropped: string[] = [];
  const known = new Set(['draft', 'answers', 'step', 'changing', 'plan', 'calendar', 'checkIns', 'deletedCheckIns']);
  for (const key of Object.keys(input)) if (!known.has(key)) dropped.push(key);

  const draft = salvageFields<AnswersDraft>(input.draft, DRAFT_ANSWER_SCHEMAS, {}, 'draft', dropped);

  const answers = input.answers === undefined || input.answers === null ? null : AnswersSchema.safeParse(input.answers);
  if (answers !== null && !answers.success) dropped.push('answers');
  const step = input.step === undefined || input.step === null ? null : StepSchema.safeParse(input.step);
  if (step !== null && !step.success) dropped.push('step');
  const changing = input.changing === undefined ? null : z.boolean().safeParse(input.changing);
  if (changing !== null && !changing.success) dropped.push('changing');

  const plan = salvageFields(input.plan, PLAN_SCHEMAS, DEFAULT_PLAN, 'plan', dropped);
  const calendar = input.calendar === undefined ? null : CalendarRecordSchema.safeParse(input.calendar);
  if (calendar !== null && !calendar.success) dropped.push('calendar');

  // Each check-in on its own: one damaged check-in never costs the others.
  const checkIns: CheckIn[] = [];
  if (Array.isArray(input.checkIns)) {
    input.checkIns.slice(-MAX_CHECK_INS).forEach((raw: unknown, index) => {
      const parsed = CheckInSchema.safeParse(raw);
      if (parsed.success) checkIns.push(parsed.data);
      else dropped.push(`checkIns[${String(index)}]`);
    });
  } else if (input.checkIns !== undefined) {
    dropped.push('checkIns');
  }
  const deleted = input.deletedCheckIns === undefined ? null : DeletedSchema.safeParse(input.deletedCheckIns);
  if (deleted !== null && !deleted.success) dropped.push('deletedCheckIns');

  return {
    value: {
      draft,
      answers: answers?.success ? answers.data : null,
      step: step?.success ? step.data : null,
      changing: changing?.success ? changing.data : false,
      plan,
      calendar: calendar?.success ? calendar.data : EMPTY_CALENDAR,
      checkIns,
      deletedCheckIns: deleted?.success ? deleted.data : [],
    },
    dropped,
  };
}
