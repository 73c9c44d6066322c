/**
 * How saved data is read back: every field is checked on its own, so one damaged field falls back to its default
 * without losing the rest (RELIABILITY.md). Loaded with zod only when there is saved data to read.
 */
import { AnswersSchema, DRAFT_ANSWER_SCHEMAS } from '../domain/answers';
import { QUESTION_IDS } from '../domain/questionnaire';
import { z } from '../domain/schema';
import { EMPTY_PLANNER, isRecord, type SavedPlanner, type Step } from './saved-shape';

const STEPS: readonly Step[] = [...QUESTION_IDS, 'review'];

const StepSchema = z.enum(STEPS as [Step, ...Step[]]);

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
      const schema = (DRAFT_ANSWER_SCHEMAS as Record<string, z.ZodMiniType | undefined>)[key];
      const parsed = schema && Object.hasOwn(DRAFT_ANSWER_SCHEMAS, key) ? schema.safeParse(raw) : undefined;
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
