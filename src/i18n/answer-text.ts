/** An answer as the person gave it, in words: the review before a recommendation, and earlier answers in the history. */
import { NOT_YET, type AnswersDraft, type QuestionId } from '../domain/questionnaire';
import type { CoreMessageKey as MessageKey } from './en';
import type { Translator } from './translate';

/** An answer as the person chose it, in words. */
export function answerText(words: Translator, question: QuestionId, draft: AnswersDraft): string {
  const { t } = words;
  switch (question) {
    case 'goal':
    case 'lifestyle':
    case 'afterLastMassage': {
      const value = draft[question];
      return value === undefined ? t('review.notAnswered') : t(`option.${question}.${value}` as MessageKey);
    }
    case 'signs':
    case 'safety': {
      const items = draft[question];
      if (items === undefined) return t('review.notAnswered');
      return items.length === 0 ? t('review.noneOfThese') : items.map((item) => t(`safety.${item}`)).join('; ');
    }
    case 'improving':
    case 'cleared':
    case 'usualPressure': {
      const value = draft[question];
      return value === undefined
        ? t('review.notAnswered')
        : t(`option.${question}.${value ? 'yes' : 'no'}` as MessageKey);
    }
    case 'clinicianAdvice': {
      const advice = draft.clinicianAdvice;
      if (advice === undefined) return t('review.notAnswered');
      return advice === NOT_YET ? t('option.clinicianAdvice.not-yet') : words.advice(advice);
    }
  }
}
