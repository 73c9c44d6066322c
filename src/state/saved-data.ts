/**
 * What the planner saves on the device (version 1) and how saved data is read back: every field is checked on
 * its own, so one damaged field falls back to its default without losing the rest (RELIABILITY.md).
 */
import { AnswersSchema, type Answers } from '../domain/answers';
import { DRAFT_FIELD_SCHEMAS, QUESTION_IDS, type AnswersDraft, type QuestionId } from '../domain/questionnaire';
import { z } from '../domain/schema';

export const SAVED_VERSION = 1;

/** Where the person is: a question, the review, or neither (the start screen or their result). */
export type Step = QuestionId | 'review';
const STEPS: readonly Step[] = [...QUESTION_IDS, 'review'];

/** Only what the person said, and where they are in the questionnaire; the recommendation is always derived. */
export interface SavedPlanner {
  readonly draft: AnswersDraft;
  readonly answers: Answers | null;
  readonly step: Step | null;
  /** Answering from "Check your answers": Continue returns there. */
  readonly changing: boolean;
}

export const EMPTY_PLANNER: SavedPlanner = { draft: {}, answers: null, step: null, changing: false };

const StepSchema = z.enum(STEPS as [Step, ...Step[]]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
  const known = new Set(['draft', 'answers', 'step', 'changing']);
  for (const key of Object.keys(input)) if (!known.has(key)) dropped.push(key);

  const draft: Record<string, unknown> = {};
  const rawDraft = input.draft;
  if (isRecord(rawDraft)) {
    for (const [key, raw] of Object.entries(rawDraft)) {
      const schema = (DRAFT_FIELD_SCHEMAS as Record<string, z.ZodMiniType | undefined>)[key];
      const parsed = schema && Object.hasOwn(DRAFT_FIELD_SCHEMAS, key) ? schema.safeParse(raw) : undefined;
      if (parsed?.success) draft[key] = parsed.data;
      else dropped.push(`draft.${key}`);
    }
  } else if (rawDraft !== undefined) {
    dropped.push('draft');
  }

  const answers = input.answers === undefined || input.answers === null ? null : AnswersSchema.safeParse(input.answers);
  if (answers !== null && !answers.success) dropped.push('answers');
  const step = input.step === undefined || input.step === null ? null : StepSchema.safeParse(input.step);
  if (step !== null && !step.success) dropped.push('step');
  const changing = input.changing === undefined ? null : z.boolean().safeParse(input.changing);
  if (changing !== null && !changing.success) dropped.push('changing');

  return {
    value: {
      draft,
      answers: answers?.success ? answers.data : null,
      step: step?.success ? step.data : null,
      changing: changing?.success ? changing.data : false,
    },
    dropped,
  };
}

/** Saved data from older versions is migrated here; version 1 is the first, so there is nothing to migrate yet. */
export function migrateSaved(state: unknown, version: number): unknown {
  return version === SAVED_VERSION ? state : state;
}
