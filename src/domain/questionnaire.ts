/**
 * The questionnaire's answers in progress, and which questions apply to them. Pure: the store keeps the draft,
 * the screens show the questions, and these rules decide the order and the follow-ups. No zod here: the first
 * question must not wait for the schemas (see `answers.ts` for parsing a finished draft).
 */
import type { ClinicianAdvice } from './answers';
import {
  ADVICE_EVERY_WEEKS,
  SAFETY_ITEM_TIER,
  hasTier,
  isGated,
  type Feeling,
  type Lifestyle,
  type RowId,
  type SafetyItem,
} from './answer-options';

/**
 * Every question, in the order they are asked; the last four are follow-ups that only some people see. The health
 * checks come in two steps, as NHS 111 and PAR-Q+ ask them: first the signs that need care now (`signs`), then the
 * rest (`safety`), which an urgent sign skips.
 */
export const QUESTION_IDS = [
  'goal',
  'lifestyle',
  'afterLastMassage',
  'signs',
  'safety',
  'improving',
  'cleared',
  'clinicianAdvice',
  'usualPressure',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

/** "Not yet" is an answer to the clinician question: the person has no advice to enter. */
export const NOT_YET = 'not-yet';

/** How a clinician's advice is chosen: "not yet" (the questionnaire only), 1 to 3 times a week, or every N weeks. */
export type AdviceOption = typeof NOT_YET | 'times-1' | 'times-2' | 'times-3' | 'every-weeks';
export const ADVICE_OPTIONS: readonly AdviceOption[] = [NOT_YET, 'times-1', 'times-2', 'times-3', 'every-weeks'];
/** "Every N weeks": from 2 (once a week is its own option) to the guide's longest advice. */
export const ADVICE_WEEKS: readonly number[] = Array.from(
  { length: ADVICE_EVERY_WEEKS.max - 1 },
  (_, index) => index + 2,
);

/** The advice option a value shows as checked. */
export function adviceOption(advice: ClinicianAdvice | typeof NOT_YET | undefined): AdviceOption | undefined {
  if (advice === undefined || advice === NOT_YET) return advice;
  if (advice.kind === 'every-weeks') return advice.weeks === 1 ? 'times-1' : 'every-weeks';
  return `times-${String(advice.times)}` as AdviceOption;
}

/** The advice an option stands for; every few weeks needs the number of weeks too. */
export function adviceFor(
  option: AdviceOption,
  weeks: number | undefined,
): ClinicianAdvice | typeof NOT_YET | undefined {
  switch (option) {
    case NOT_YET:
      return NOT_YET;
    case 'times-1':
      return { kind: 'times-a-week', times: 1 };
    case 'times-2':
      return { kind: 'times-a-week', times: 2 };
    case 'times-3':
      return { kind: 'times-a-week', times: 3 };
    case 'every-weeks':
      return weeks === undefined ? undefined : { kind: 'every-weeks', weeks };
  }
}

/**
 * Answers so far. A missing field is a question not yet answered; `signs: []` and `safety: []` are "none of these".
 * The submitted answers keep one list of health checks: `signs` then `safety` (`completeAnswers`).
 */
export interface AnswersDraft {
  readonly goal?: RowId;
  readonly lifestyle?: Lifestyle;
  readonly afterLastMassage?: Feeling;
  /** The signs that need care now that were ticked: urgent items only. */
  readonly signs?: readonly SafetyItem[];
  /** The other health checks that apply. */
  readonly safety?: readonly SafetyItem[];
  readonly improving?: boolean;
  readonly cleared?: boolean;
  readonly clinicianAdvice?: ClinicianAdvice | typeof NOT_YET;
  readonly usualPressure?: boolean;
}

/** Has the person said what a clinician advised (not "not yet")? */
function hasAdvice(draft: AnswersDraft): boolean {
  return draft.clinicianAdvice !== undefined && draft.clinicianAdvice !== NOT_YET;
}

/**
 * The questions that apply to these answers, in order (docs/rules.md, “The safety screen”, and rule 5): improving only for chronic pain
 * that isn't gated; nothing more while a fever or illness says "wait until you are well"; for a not-until-cleared
 * item, "has a doctor cleared you?" first, and only a yes asks what they advised and whether usual pressure is
 * fine; for the other gated cases, what a clinician advised.
 */
export function applicableQuestions(draft: AnswersDraft): QuestionId[] {
  const questions: QuestionId[] = ['goal', 'lifestyle', 'afterLastMassage', 'signs'];
  // An urgent sign goes straight to urgent care: nothing more is asked.
  if (needsUrgentCare(draft)) return questions;
  questions.push('safety');
  const safety = draft.safety ?? [];
  if (hasTier(safety, 'until-well')) return questions;
  const gated = draft.goal !== undefined && isGated(draft.goal, safety);
  if (draft.goal === 'chronic-pain' && !gated) questions.push('improving');
  if (!gated) return questions;
  const needsClearance = hasTier(safety, 'not-until-cleared');
  if (needsClearance) {
    questions.push('cleared');
    if (draft.cleared !== true) return questions;
  }
  questions.push('clinicianAdvice');
  if (needsClearance && hasAdvice(draft)) questions.push('usualPressure');
  return questions;
}

function isAnswered(draft: AnswersDraft, question: QuestionId): boolean {
  return draft[question] !== undefined;
}

/** Drops answers to follow-ups that no longer apply, after an earlier answer changed. */
export function pruneDraft(draft: AnswersDraft): AnswersDraft {
  const applicable = applicableQuestions(draft);
  const pruned: { -readonly [K in keyof AnswersDraft]: AnswersDraft[K] } = { ...draft };
  if (!applicable.includes('safety')) delete pruned.safety;
  if (!applicable.includes('improving')) delete pruned.improving;
  if (!applicable.includes('cleared')) delete pruned.cleared;
  if (!applicable.includes('clinicianAdvice')) delete pruned.clinicianAdvice;
  if (!applicable.includes('usualPressure')) delete pruned.usualPressure;
  return pruned;
}

/** An urgent safety answer goes straight to the urgent screen (docs/rules.md, “The safety screen”). */
export function needsUrgentCare(draft: AnswersDraft): boolean {
  return [...(draft.signs ?? []), ...(draft.safety ?? [])].some((item) => SAFETY_ITEM_TIER[item] === 'urgent');
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

/**
 * The step to show for a saved step: itself where it applies to the draft, otherwise the first question still to
 * answer, or the review (a saved "improving" for relaxation, or a clinician's question for answers it no longer
 * follows, must never leave the person on no screen at all).
 */
export function fittingStep(draft: AnswersDraft, step: QuestionId | 'review'): QuestionId | 'review' {
  if (step === 'review' || applicableQuestions(draft).includes(step)) return step;
  return firstUnanswered(draft) ?? 'review';
}

/** The first question that applies and is unanswered, or null when the draft is complete. */
export function firstUnanswered(draft: AnswersDraft): QuestionId | null {
  return applicableQuestions(draft).find((id) => !isAnswered(draft, id)) ?? null;
}
