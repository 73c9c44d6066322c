import { describe, expect, test } from 'vitest';
import { completeAnswers } from '../../src/domain/answers';
import { SAFETY_ITEM_TIER } from '../../src/domain/guide';
import { draftFromAnswers } from '../../src/domain/answers-draft';
import {
  applicableQuestions,
  firstUnanswered,
  needsUrgentCare,
  type AnswersDraft,
} from '../../src/domain/questionnaire';
import { salvageSaved } from '../../src/state/saved-data';
import { isoDate } from './fixtures';
import { everyAnswer } from './combinations';

const base = { goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' } as const;

describe('the health checks in two steps (issue 18)', () => {
  test('the signs come first; the rest is asked only when none of them applies', () => {
    expect(applicableQuestions(base)).toEqual(['goal', 'lifestyle', 'afterLastMassage', 'signs', 'safety']);
    expect(applicableQuestions({ ...base, signs: [] })).toContain('safety');
    expect(applicableQuestions({ ...base, signs: ['swollen-leg'] })).toEqual([
      'goal',
      'lifestyle',
      'afterLastMassage',
      'signs',
    ]);
    expect(firstUnanswered({ ...base, signs: ['swollen-leg'] })).toBeNull();
  });

  test('submitted, the two steps are one list of health checks, the signs first', () => {
    expect(completeAnswers({ ...base, signs: [], safety: ['pregnancy', 'sciatica'] })).toMatchObject({
      success: true,
      data: { safety: ['pregnancy', 'sciatica'] },
    });
    // An urgent sign asks nothing more: what was answered of the rest before doesn't count.
    expect(completeAnswers({ ...base, signs: ['swollen-leg'], safety: ['pregnancy'] })).toMatchObject({
      success: true,
      data: { safety: ['swollen-leg'] },
    });
  });

  test('a step left unanswered is named, each on its own', () => {
    const paths = (draft: AnswersDraft) => {
      const result = completeAnswers(draft);
      return result.success ? [] : result.problems.map((problem) => problem.path);
    };
    expect(paths(base)).toEqual(['signs', 'safety']);
    expect(paths({ ...base, signs: [] })).toEqual(['safety']);
    expect(paths({ ...base, safety: [] })).toEqual(['signs']);
  });

  test('every answer of the walk, retaken, comes back as it was given (urgent ones with their signs only)', () => {
    let walked = 0;
    for (const answers of everyAnswer()) {
      walked += 1;
      const draft = draftFromAnswers(answers);
      expect(needsUrgentCare(draft)).toBe(answers.safety.some((item) => SAFETY_ITEM_TIER[item] === 'urgent'));
      const again = completeAnswers(draft);
      if (!again.success) throw new Error(`${JSON.stringify(answers)} did not come back: ${JSON.stringify(again)}`);
      expect(new Set(again.data.safety)).toEqual(new Set(answers.safety));
    }
    expect(walked).toBeGreaterThan(20_000);
  });

  test('a draft saved before the two steps has its one list split into them', () => {
    const saved = { draft: { ...base, safety: ['swollen-leg', 'pregnancy'] }, step: 'safety' };
    const { value } = salvageSaved(saved, isoDate('2026-12-02'));
    expect(value.draft).toMatchObject({ signs: ['swollen-leg'], safety: ['pregnancy'] });
    // An urgent sign was ticked and nothing more is asked: the review, whose button shows urgent care.
    expect(value.step).toBe('review');
    const none = salvageSaved({ draft: { ...base, safety: [] }, step: 'safety' }, isoDate('2026-12-02')).value;
    expect(none.draft).toMatchObject({ signs: [], safety: [] });
    expect(none.step).toBe('safety');
  });
});
