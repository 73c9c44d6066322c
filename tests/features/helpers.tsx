import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { App } from '../../src/app';
import type { Answers } from '../../src/domain/answers';
import type { AnswersDraft } from '../../src/domain/questionnaire';
import { answersOf as parseAnswersOf, submissionOf, withoutDate, type TestAnswers } from '../domain/fixtures';
import { EMPTY_PLANNER, type SavedPlanner } from '../../src/state/saved-shape';
import { capitalise, createDescriber } from '../../src/i18n/describe';
import { ENGLISH } from '../i18n/whole-catalogs';
import { plannerStore } from '../../src/state/use-planner';

/** Saved state as a test sets it up: `answers` become the timeline's one submission, on their `answeredOn`. */
export type SavedForTest = Partial<SavedPlanner> & { readonly answers?: TestAnswers | null };

/** The store's saved state for a test: its answers, if any, as the one submission. */
function savedFor({ answers, ...saved }: SavedForTest = {}): SavedPlanner {
  const submissions = answers === undefined || answers === null ? (saved.submissions ?? []) : [submissionOf(answers)];
  return { ...EMPTY_PLANNER, ...saved, submissions };
}

/** Renders the whole app with the store at a given point, as a person would find it, once its screen shows
 * (the result screens load on demand). */
export async function renderApp(saved: SavedForTest = {}, { embedded = false } = {}) {
  // A fresh start as the planner itself makes one: clearing storage under the store would read as a deletion
  // in another tab, which the store honours by starting afresh.
  plannerStore.getState().deleteEverything();
  localStorage.clear();
  plannerStore.setState({ ...savedFor(saved), notices: [], view: 'recommendation', changedBy: null });
  // The browser's history starts here: the first screen is the planner's first entry (state/screen-history.ts),
  // once an entry the last test's screens still had to push (just after a paint) has been pushed.
  await new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
  });
  const { step, changing } = plannerStore.getState();
  window.history.replaceState({ step, view: 'recommendation', changing, depth: 0 }, '');
  const user = userEvent.setup();
  const rendered = render(<App embedded={embedded} />);
  await screen.findByRole('heading', { level: 1 });
  return { user, ...rendered };
}

/** The answers of the latest submission in the store (what the screens show), or null. */
export function latestAnswers(): Answers | null {
  return plannerStore.getState().submissions.at(-1)?.answers ?? null;
}

export const POSTURE_DRAFT: AnswersDraft = {
  goal: 'posture',
  lifestyle: 'mostly-sitting',
  afterLastMassage: 'lasting',
  signs: [],
  safety: [],
};

/** Parsed answers, posture while sitting with lasting soreness unless overridden, answered on 2025-03-03. */
export function answersOf(overrides: Partial<Record<keyof Answers | 'answeredOn', unknown>> = {}): TestAnswers {
  return parseAnswersOf({
    goal: 'posture',
    lifestyle: 'mostly-sitting',
    afterLastMassage: 'lasting',
    safety: [],
    answeredOn: '2025-03-03',
    ...overrides,
  });
}

export { withoutDate };

const english = createDescriber(ENGLISH, 'en-US');

/** How often, as a headline says it: "Every 2 weeks" for 14 days (so a test need not write the guide's numbers). */
export function every(days: number): string {
  return capitalise(english.interval(days));
}

/**
 * Catches the files the page downloads (made in the page, a link clicked): their contents, in order, and the spy
 * on the link's click.
 */
export function catchDownloads() {
  const files: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    files.push(blob);
    return 'blob:download';
  });
  URL.revokeObjectURL = vi.fn();
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return { files, click };
}
