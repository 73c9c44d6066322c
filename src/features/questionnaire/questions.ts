/**
 * The questions as data: which options each shows, in which order and groups, and how an option's value maps to
 * the draft. The screens render any of these; the words live in the catalog under `question.*` and `option.*`.
 */
import { FEELINGS, LIFESTYLES, ROW_IDS, URGENT_ITEMS, type SafetyItem } from '../../domain/answer-options';
import {
  ADVICE_OPTIONS,
  ADVICE_WEEKS,
  type AdviceOption,
  type AnswersDraft,
  type QuestionId,
} from '../../domain/questionnaire';

export { adviceFor, adviceOption, type AdviceOption } from '../../domain/questionnaire';

export interface SingleQuestion {
  readonly kind: 'single';
  readonly id: 'goal' | 'lifestyle' | 'afterLastMassage' | 'improving' | 'cleared' | 'usualPressure';
  readonly options: readonly string[];
  readonly hasHint: boolean;
}

/** The signs that need care now: a short list to tick, then "None of these", which is exclusive. */
export interface SignsQuestion {
  readonly kind: 'signs';
  readonly id: 'signs';
  readonly items: readonly SafetyItem[];
  readonly hasHint: true;
}

export interface SafetyGroup {
  readonly id: string;
  readonly items: readonly SafetyItem[];
}

/**
 * The rest of the health checks as a yes-or-no question a group: a person with none of them answers "No" four
 * times; a "Yes" turns that group's list into boxes to tick.
 */
export interface SafetyQuestion {
  readonly kind: 'safety';
  readonly id: 'safety';
  readonly groups: readonly SafetyGroup[];
  readonly hasHint: true;
}

export interface AdviceQuestion {
  readonly kind: 'advice';
  readonly id: 'clinicianAdvice';
  readonly options: readonly AdviceOption[];
  readonly weeks: readonly number[];
  readonly hasHint: true;
}

export type Question = SingleQuestion | SignsQuestion | SafetyQuestion | AdviceQuestion;

export const NONE_OF_THESE = 'none';

/** The clinician question's "how many weeks apart", for its label and error links. */
export const WEEKS_ID = 'clinicianAdvice-weeks';

/** Yes-or-no questions, as the draft keeps them: true or false. */
export const YES_NO_QUESTIONS = ['improving', 'cleared', 'usualPressure'] as const;
export type YesNoQuestion = (typeof YES_NO_QUESTIONS)[number];

export const QUESTIONS: Readonly<Record<QuestionId, Question>> = {
  goal: { kind: 'single', id: 'goal', options: ROW_IDS, hasHint: true },
  lifestyle: { kind: 'single', id: 'lifestyle', options: LIFESTYLES, hasHint: false },
  afterLastMassage: { kind: 'single', id: 'afterLastMassage', options: FEELINGS, hasHint: false },
  signs: { kind: 'signs', id: 'signs', items: URGENT_ITEMS, hasHint: true },
  safety: {
    kind: 'safety',
    id: 'safety',
    hasHint: true,
    groups: [
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
  cleared: { kind: 'single', id: 'cleared', options: ['yes', 'no'], hasHint: true },
  clinicianAdvice: {
    kind: 'advice',
    id: 'clinicianAdvice',
    options: ADVICE_OPTIONS,
    weeks: ADVICE_WEEKS,
    hasHint: true,
  },
  usualPressure: { kind: 'single', id: 'usualPressure', options: ['yes', 'no'], hasHint: true },
};

function isYesNo(id: SingleQuestion['id']): id is YesNoQuestion {
  return (YES_NO_QUESTIONS as readonly string[]).includes(id);
}

/** The option a single-choice question's draft value shows as checked. */
export function selectedOption(question: SingleQuestion, draft: AnswersDraft): string | undefined {
  const id = question.id;
  if (isYesNo(id)) {
    const value = draft[id];
    return value === undefined ? undefined : value ? 'yes' : 'no';
  }
  return draft[id];
}

/** The draft value of an option of a single-choice question. */
export function valueOf(question: SingleQuestion, option: string): string | boolean {
  return isYesNo(question.id) ? option === 'yes' : option;
}
