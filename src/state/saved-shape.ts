/** What the planner saves on the device (version 1). Types and defaults only: no zod, so the first screen is light. */
import type { Answers } from '../domain/answers';
import type { AnswersDraft, QuestionId } from '../domain/questionnaire';

export const SAVED_VERSION = 1;

/** Where the person is: a question, the review, or neither (the start screen or their result). */
export type Step = QuestionId | 'review';

/** Only what the person said, and where they are in the questionnaire; the recommendation is always derived. */
export interface SavedPlanner {
  readonly draft: AnswersDraft;
  readonly answers: Answers | null;
  readonly step: Step | null;
  /** Answering from "Check your answers": Continue returns there. */
  readonly changing: boolean;
}

export const EMPTY_PLANNER: SavedPlanner = { draft: {}, answers: null, step: null, changing: false };

/** A plain object (not null, not an array), as saved JSON must be before its fields are read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
