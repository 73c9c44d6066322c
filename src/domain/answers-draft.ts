/**
 * Answers back into a draft: for a retake, the history's earlier answers, and drafts saved before the health checks
 * came in two steps. Apart from `questionnaire.ts`, which the first visit loads, because only later screens need it.
 */
import type { Answers } from './answers';
import { URGENT_ITEMS, type SafetyItem } from './answer-options';
import { NOT_YET, pruneDraft, type AnswersDraft } from './questionnaire';

/**
 * A draft's health checks in its two steps: the signs that need care now, and the rest. For answers as they are
 * submitted (one list), and for drafts saved before the checks came in two steps.
 */
export function splitHealthChecks(items: readonly SafetyItem[]): {
  readonly signs: readonly SafetyItem[];
  readonly safety: readonly SafetyItem[];
} {
  return {
    signs: items.filter((item) => URGENT_ITEMS.includes(item)),
    safety: items.filter((item) => !URGENT_ITEMS.includes(item)),
  };
}

/** The draft of these answers as they were given, with "not yet" where a clinician question applied. */
export function draftFromAnswers(answers: Answers): AnswersDraft {
  const draft: AnswersDraft = {
    goal: answers.goal,
    lifestyle: answers.lifestyle,
    afterLastMassage: answers.afterLastMassage,
    ...splitHealthChecks(answers.safety),
    ...(answers.improving === undefined ? {} : { improving: answers.improving }),
    ...(answers.cleared === undefined ? {} : { cleared: answers.cleared }),
    clinicianAdvice: answers.clinicianAdvice ?? NOT_YET,
    ...(answers.usualPressure === undefined ? {} : { usualPressure: answers.usualPressure }),
  };
  return pruneDraft(draft);
}
