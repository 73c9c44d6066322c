/**
 * The questionnaire's answers in progress, and which questions apply to them. Pure: the store keeps the draft,
 * the screens show the questions, and these rules decide the order and the follow-ups. No zod here: the first
 * question must not wait for the schemas (see `answers.ts` for parsing a finished draft).
 */
import type { Answers, ClinicianAdvice } from './answers';
import { SAFETY_ITEM_TIER, isGated, type Feeling, type Lifestyle, type RowId, type SafetyItem } from './guide';

/** Every question, in the order they are asked; the last two are follow-ups that only some people see. */
export const QUESTION_IDS = [
  'goal',
  'lifestyle',
  'afterLastMassage',
  'safety',
  'improving',
  'clinicianAdvice',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** "Not yet" is an answer to the clinician question: the person has no advice to enter. */
export const NOT_YET = 'not-yet';

/** Answers so far. A missing field is a question not yet answered; `safety: []` is "none of these". */
export interface AnswersDraft {
  readonly goal?: RowId;
  readonly lifestyle?: Lifestyle;
  readonly afterLastMassage?: Feeling;
  readonly safety?: readonly SafetyItem[];
  readonly improving?: boolean;
  readonly clinicianAdvice?: ClinicianAdvice | typeof NOT_YET;
}

/** The questions that apply to these answers, in order: improving only for chronic pain that isn't gated, the
 * clinician's advice only for gated cases (rule 5). */
export function applicableQuestions(draft: AnswersDraft): QuestionId[] {
  const questions: QuestionId[] = ['goal', 'lifestyle', 'afterLastMassage', 'safety'];
  const gated = draft.goal !== undefined && isGated(draft.goal, draft.safety ?? []);
  if (draft.goal === 'chronic-pain' && !gated) questions.push('improving');
  if (gated) questions.push('clinicianAdvice');
  return questions;
}

export function isAnswered(draft: AnswersDraft, question: QuestionId): boolean {
  return draft[question] !== undefined;
}

/** Drops answers to follow-ups that no longer apply, after an earlier answer changed. */
export function pruneDraft(draft: AnswersDraft): AnswersDraft {
  const applicable = applicableQuestions(draft);
  const pruned: { -readonly [K in keyof AnswersDraft]: AnswersDraft[K] } = { ...draft };
  if (!applicable.includes('improving')) delete pruned.improving;
  if (!applicable.includes('clinicianAdvice')) delete pruned.clinicianAdvice;
  return pruned;
}

/** An urgent safety answer goes straight to the urgent screen (GUIDE section 3). */
export function needsUrgentCare(draft: AnswersDraft): boolean {
  return (draft.safety ?? []).some((item) => SAFETY_ITEM_TIER[item] === 'urgent');
}

/** Where Continue goes from `question`: the next question that applies, or the review. In change mode (from the
 * review), the next question that applies and is still unanswered, else back to the review. */
export function nextStep(draft: AnswersDraft, question: QuestionId, changing: boolean): QuestionId | 'review' {
  const applicable = applicableQuestions(draft);
  const after = applicable.slice(applicable.indexOf(question) + 1);
  const next = changing ? after.find((id) => !isAnswered(draft, id)) : after[0];
  return next ?? 'review';
}

/** Where Back goes from a step: the previous question that applies, or null before the first. */
export function previousStep(draft: AnswersDraft, step: QuestionId | 'review'): QuestionId | null {
  const applicable = applicableQuestions(draft);
  if (step === 'review') return applicable.at(-1) ?? null;
  const index = applicable.indexOf(step);
  return index > 0 ? (applicable[index - 1] ?? null) : null;
}

/** "Question 2 of 5". */
export function progressOf(
  draft: AnswersDraft,
  question: QuestionId,
): { readonly number: number; readonly total: number } {
  const applicable = applicableQuestions(draft);
  return { number: applicable.indexOf(question) + 1, total: applicable.length };
}

/** The first question that applies and is unanswered, or null when the draft is complete. */
export function firstUnanswered(draft: AnswersDraft): QuestionId | null {
  return applicableQuestions(draft).find((id) => !isAnswered(draft, id)) ?? null;
}

/** The draft a retake starts from: the previous answers, with "not yet" where a clinician question applied. */
export function draftFromAnswers(answers: Answers): AnswersDraft {
  const draft: AnswersDraft = {
    goal: answers.goal,
    lifestyle: answers.lifestyle,
    afterLastMassage: answers.afterLastMassage,
    safety: answers.safety,
    ...(answers.improving === undefined ? {} : { improving: answers.improving }),
    clinicianAdvice: answers.clinicianAdvice ?? NOT_YET,
  };
  return pruneDraft(draft);
}
