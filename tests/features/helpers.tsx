import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app';
import type { Answers } from '../../src/domain/answers';
import type { AnswersDraft } from '../../src/domain/questionnaire';
import { answersOf as parseAnswersOf } from '../domain/fixtures';
import { EMPTY_PLANNER, type SavedPlanner } from '../../src/state/saved-shape';
import { plannerStore } from '../../src/state/use-planner';

/** Renders the whole app with the store at a given point, as a person would find it, once its screen shows
 * (the result screens load on demand). */
export async function renderApp(saved: Partial<SavedPlanner> = {}, { embedded = false } = {}) {
  localStorage.clear();
  plannerStore.setState({ ...EMPTY_PLANNER, notices: [], view: 'recommendation', ...saved });
  const user = userEvent.setup();
  const rendered = render(<App embedded={embedded} />);
  await screen.findByRole('heading', { level: 1 });
  return { user, ...rendered };
}

export const POSTURE_DRAFT: AnswersDraft = {
  goal: 'posture',
  lifestyle: 'mostly-sitting',
  afterLastMassage: 'lasting',
  safety: [],
};

/** Parsed answers, posture while sitting with lasting soreness unless overridden. */
export function answersOf(overrides: Partial<Record<keyof Answers, unknown>> = {}): Answers {
  return parseAnswersOf({
    goal: 'posture',
    lifestyle: 'mostly-sitting',
    afterLastMassage: 'lasting',
    safety: [],
    answeredOn: '2025-03-03',
    ...overrides,
  });
}
