/**
 * The questions as data: which options each shows, in which order and groups, and how an option's value maps to
 * the draft. The screens render any of these; the words live in the catalog under `question.*` and `option.*`.
 */
import type { ClinicianAdvice } from '../../domain/answers';
import { FEELINGS, LIFESTYLES, ROW_IDS, type SafetyItem } from '../../domain/guide';
import { NOT_YET, type AnswersDraft, type QuestionId } from '../../domain/questionnaire';

export interface SingleQuestion {
  readonly kind: 'single';
  readonly id: 'goal' | 'lifestyle' | 'afterLastMassage' | 'improving';
  readonly options: readonly string[];
  readonly hasHint: boolean;
}

export interface SafetyQuestion {
  readonly kind: 'safety';
  readonly id: 'safety';
  /** Grouped under short sub-headings so the list stays easy to scan; "None of these" comes last. */
  readonly groups: readonly { readonly id: string; readonly items: readonly SafetyItem[] }[];
  readonly hasHint: true;
}

export interface AdviceQuestion {
  readonly kind: 'advice';
  readonly id: 'clinicianAdvice';
  readonly options: readonly AdviceOption[];
  readonly weeks: readonly number[];
  readonly hasHint: true;
}

export type Question = SingleQuestion | SafetyQuestion | AdviceQuestion;

export const NONE_OF_THESE = 'none';

export type AdviceOption = typeof NOT_YET | 'times-1' | 'times-2' | 'times-3' | 'every-weeks';

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  goal: { kind: 'single', id: 'goal', options: ROW_IDS, hasHint: true },
  lifestyle: { kind: 'single', id: 'lifestyle', options: LIFESTYLES, hasHint: false },
  afterLastMassage: { kind: 'single', id: 'afterLastMassage', options: FEELINGS, hasHint: false },
  safety: {
    kind: 'safety',
    id: 'safety',
    hasHint: true,
    groups: [
      {
        id: 'now',
        items: ['bladder-bowel-numbness', 'leg-weakness-worsening', 'back-pain-with-fever', 'swollen-leg'],
      },
      { id: 'recent', items: ['fever-or-illness', 'recent-fracture-or-surgery', 'wounds-or-burns'] },
      {
        id: 'conditions',
        items: ['sciatica', 'herniated-disc', 'fibromyalgia', 'severe-osteoporosis', 'bleeding-disorder'],
      },
      { id: 'medicines', items: ['blood-thinners', 'cancer-treatment', 'pregnancy'] },
      { id: 'pain', items: ['cancer-history-or-weight-loss', 'night-pain'] },
    ],
  },
  improving: { kind: 'single', id: 'improving', options: ['yes', 'no'], hasHint: true },
  clinicianAdvice: {
    kind: 'advice',
    id: 'clinicianAdvice',
    options: [NOT_YET, 'times-1', 'times-2', 'times-3', 'every-weeks'],
    weeks: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
    hasHint: true,
  },
};

/** The option a single-choice question's draft value shows as checked. */
export function selectedOption(question: SingleQuestion, draft: AnswersDraft): string | undefined {
  if (question.id === 'improving') return draft.improving === undefined ? undefined : draft.improving ? 'yes' : 'no';
  return draft[question.id];
}

/** The advice option a draft value shows as checked. */
export function adviceOption(advice: AnswersDraft['clinicianAdvice']): AdviceOption | undefined {
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
