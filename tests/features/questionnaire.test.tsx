import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { UserEvent } from '@testing-library/user-event';
import { SAFETY_ITEMS, SAFETY_ITEM_TIER, URGENT_ITEMS } from '../../src/domain/guide';
import { QUESTIONS } from '../../src/features/questionnaire/questions';
import { plannerStore } from '../../src/state/use-planner';
import { POSTURE_DRAFT, renderApp } from './helpers';

const continueButton = () => screen.getByRole('button', { name: 'Continue' });

describe('a single-choice question', () => {
  test('is a fieldset whose legend is the page heading, with progress and one radio per option', async () => {
    await renderApp({ step: 'goal' });
    const group = screen.getByRole('group', { name: /What is your main goal\?/ });
    expect(within(group).getByRole('heading', { level: 1, name: 'What is your main goal?' })).toBeVisible();
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByText('Question 1 of 5')).toBeVisible();
    expect(within(group).getByRole('radio', { name: /Stiffness from sitting or posture/ })).not.toBeChecked();
  });

  test('Continue without an answer shows an error summary and an inline message, both pointing at the field', async () => {
    const { user } = await renderApp({ step: 'goal' });
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    expect(summary).toHaveFocus();
    expect(screen.getByRole('group', { name: /What is your main goal/ })).toHaveAccessibleDescription(
      /Error: Select your main goal/,
    );
    // The title and the heading's focus follow just after the new screen is painted.
    await waitFor(() => {
      expect(document.title).toBe('Error: What is your main goal? – Back massage planner');
    });
    await user.click(within(summary).getByRole('link', { name: 'Select your main goal' }));
    expect(screen.getByRole('radio', { name: 'Relaxation and stress relief' })).toHaveFocus();
  });

  test('choosing and continuing moves to the next question, focuses its heading, and keeps the answer', async () => {
    const { user } = await renderApp({ step: 'goal' });
    await user.click(screen.getByRole('radio', { name: /Stiffness from sitting or posture/ }));
    await user.click(continueButton());
    const heading = screen.getByRole('heading', { level: 1, name: 'Which best describes your days?' });
    await waitFor(() => {
      expect(heading).toHaveFocus();
    });
    expect(screen.getByText('Question 2 of 5')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: /Stiffness from sitting or posture/ })).toBeChecked();
  });

  test('Enter on a chosen option continues', async () => {
    const { user } = await renderApp({ step: 'lifestyle', draft: { goal: 'posture' } });
    await user.click(screen.getByRole('radio', { name: /Mostly sitting/ }));
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 1, name: 'How did you feel after your last massage?' })).toBeVisible();
  });

  test('the questions ahead are built before Continue, and kept from sight, the tab order and screen readers till then', async () => {
    const { user } = await renderApp({ step: 'goal' });
    // Built while the browser is idle: the next question is in the page, hidden, before anyone presses Continue.
    const next = await screen.findByRole('heading', {
      level: 1,
      name: 'Which best describes your days?',
      hidden: true,
    });
    expect(next).not.toBeVisible();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getAllByRole('button', { name: 'Continue' })).toHaveLength(1);
    // Tabbing from Back goes through this question's options and its Continue, and nothing hidden.
    await user.click(screen.getByRole('radio', { name: /Stiffness from sitting or posture/ }));
    await user.tab();
    expect(continueButton()).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Privacy' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Back' })).toHaveFocus();
    await user.click(continueButton());
    expect(next).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toBe(next);
  });

  test('left with an error and come back to, a question shows afresh, its answers kept', async () => {
    const { user } = await renderApp({ step: 'lifestyle', draft: { goal: 'posture' } });
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: /Stiffness from sitting or posture/ })).toBeChecked();
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Which best describes your days?' })).toBeVisible();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByRole('group', { name: /Which best describes your days/ })).not.toHaveAccessibleDescription(
      /Error/,
    );
  });

  test('Back from the first question returns to the start screen', async () => {
    const { user } = await renderApp({ step: 'goal' });
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('button', { name: 'Start' })).toBeVisible();
  });
});

/** The health checks' yes-or-no groups, in order, answered "No" but for the items given, which are ticked under a yes. */
async function answerGroups(user: UserEvent, ticked: Readonly<Record<string, RegExp>> = {}) {
  for (const name of [
    'Right now or recently',
    'Health conditions',
    'Medicines, treatment and pregnancy',
    'About your back pain',
  ]) {
    const group = screen.getByRole('group', { name });
    const item = ticked[name];
    await user.click(within(group).getByRole('radio', { name: item === undefined ? 'No' : 'Yes' }));
    if (item !== undefined) await user.click(within(group).getByRole('checkbox', { name: item }));
  }
}

describe('the health checks, in two steps', () => {
  const draft = { goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' } as const;

  test('first the signs that need care now: four boxes, then “None of these”, which is exclusive', async () => {
    const { user } = await renderApp({ step: 'signs', draft });
    expect(screen.getByRole('heading', { level: 1, name: 'Do you have any of these right now?' })).toBeVisible();
    expect(screen.getByText('Question 4 of 5')).toBeVisible();
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes).toHaveLength(URGENT_ITEMS.length + 1);
    expect(boxes.at(-1)).toHaveAccessibleName('None of these');
    await user.click(screen.getByRole('checkbox', { name: /One leg swollen/ }));
    await user.click(screen.getByRole('checkbox', { name: 'None of these' }));
    expect(screen.getByRole('checkbox', { name: /One leg swollen/ })).not.toBeChecked();
    expect(plannerStore.getState().draft.signs).toEqual([]);
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Do any of these apply to you?' })).toBeVisible();
    expect(screen.getByText('Question 5 of 5')).toBeVisible();
  });

  test('unticking the last sign leaves the question unanswered, and Continue says so', async () => {
    const { user } = await renderApp({ step: 'signs', draft });
    await user.click(screen.getByRole('checkbox', { name: /One leg swollen/ }));
    await user.click(screen.getByRole('checkbox', { name: /One leg swollen/ }));
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Tick any you have, or “None of these”');
  });

  test('an urgent sign goes straight to the urgent screen, asking nothing more', async () => {
    const { user } = await renderApp({ step: 'signs', draft });
    await user.click(screen.getByRole('checkbox', { name: /One leg swollen/ }));
    expect(screen.getByText('Question 4 of 4')).toBeVisible();
    await user.click(continueButton());
    expect(await screen.findByRole('heading', { level: 1, name: 'Get urgent care now' })).toBeVisible();
    expect(plannerStore.getState().submissions.at(-1)?.answers.safety).toEqual(['swollen-leg']);
  });

  test('then the rest, a yes-or-no question a group: “No” four times is “none of these”', async () => {
    const { user } = await renderApp({ step: 'safety', draft: { ...draft, signs: [] } });
    expect(screen.queryAllByRole('checkbox')).toEqual([]);
    // Each group lists its items, tied to its question.
    expect(screen.getByRole('group', { name: 'Medicines, treatment and pregnancy' })).toHaveAccessibleDescription(
      /Taking blood thinners.*Pregnant/,
    );
    await answerGroups(user);
    expect(plannerStore.getState().draft.safety).toEqual([]);
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  });

  test('a yes shows that group’s items to tick; the answer holds once one is ticked', async () => {
    const { user } = await renderApp({ step: 'safety', draft: { ...draft, signs: [] } });
    await answerGroups(user);
    const medicines = screen.getByRole('group', { name: 'Medicines, treatment and pregnancy' });
    await user.click(within(medicines).getByRole('radio', { name: 'Yes' }));
    expect(plannerStore.getState().draft.safety).toBeUndefined();
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Tick which of “Medicines, treatment and pregnancy” apply to you, or answer no');
    await user.click(within(summary).getByRole('link'));
    expect(within(medicines).getByRole('checkbox', { name: 'Taking blood thinners' })).toHaveFocus();
    await user.click(within(medicines).getByRole('checkbox', { name: 'Pregnant' }));
    expect(plannerStore.getState().draft.safety).toEqual(['pregnancy']);
  });

  test('a group left unanswered is named, and the link goes to its “Yes”', async () => {
    const { user } = await renderApp({ step: 'safety', draft: { ...draft, signs: [] } });
    await user.click(continueButton());
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Answer yes or no for “Right now or recently”');
    await user.click(within(summary).getByRole('link'));
    const recent = screen.getByRole('group', { name: 'Right now or recently' });
    expect(within(recent).getByRole('radio', { name: 'Yes' })).toHaveFocus();
  });

  test('a saved answer shows as it was given: yes where an item is ticked, no elsewhere', async () => {
    await renderApp({ step: 'safety', draft: { ...draft, signs: [], safety: ['sciatica'] } });
    const conditions = screen.getByRole('group', { name: 'Health conditions' });
    expect(within(conditions).getByRole('radio', { name: 'Yes' })).toBeChecked();
    expect(within(conditions).getByRole('checkbox', { name: /Sciatica/ })).toBeChecked();
    const pain = screen.getByRole('group', { name: 'About your back pain' });
    expect(within(pain).getByRole('radio', { name: 'No' })).toBeChecked();
  });

  test('every health check is asked once, in one step or the other, and only the urgent ones first', () => {
    const { signs, safety } = QUESTIONS;
    if (signs.kind !== 'signs' || safety.kind !== 'safety') throw new Error('the health checks changed kind');
    const rest = safety.groups.flatMap((group) => group.items);
    expect([...signs.items, ...rest].sort()).toEqual([...SAFETY_ITEMS].sort());
    expect(signs.items.every((item) => SAFETY_ITEM_TIER[item] === 'urgent')).toBe(true);
    expect(rest.some((item) => SAFETY_ITEM_TIER[item] === 'urgent')).toBe(false);
  });
});

describe('follow-ups', () => {
  test('chronic pain asks whether the pain is improving; a yes/no question', async () => {
    const { user } = await renderApp({
      step: 'safety',
      draft: { ...POSTURE_DRAFT, goal: 'chronic-pain', safety: undefined } as never,
    });
    await answerGroups(user);
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Is your back pain improving?' })).toBeVisible();
    expect(screen.getByText('Question 6 of 6')).toBeVisible();
    expect(screen.getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['yes', 'no']);
  });

  test('the clinician question reveals how many weeks apart, and asks for it', async () => {
    const { user } = await renderApp({ step: 'clinicianAdvice', draft: { ...POSTURE_DRAFT, goal: 'condition' } });
    expect(screen.getByText('Question 6 of 6')).toBeVisible();
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Once every few weeks' }));
    const weeks = await screen.findByRole('combobox', { name: 'How many weeks apart?' });
    await user.click(continueButton());
    expect(screen.getByRole('alert')).toHaveTextContent('Select how many weeks apart');
    expect(weeks).toHaveAccessibleDescription(/Select how many weeks apart/);
    await user.selectOptions(weeks, 'Every 4 weeks');
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    expect(screen.getByText('every 4 weeks')).toBeVisible();
  });

  test('“I haven’t asked yet” is an answer too', async () => {
    const { user } = await renderApp({ step: 'clinicianAdvice', draft: { ...POSTURE_DRAFT, goal: 'condition' } });
    await user.click(screen.getByRole('radio', { name: 'I haven’t asked yet' }));
    await user.click(continueButton());
    expect(plannerStore.getState().step).toBe('review');
  });

  test('a recent fracture asks “has a doctor cleared you?”: no goes to the review and no plan', async () => {
    const { user } = await renderApp({ step: 'safety', draft: { ...POSTURE_DRAFT, safety: undefined } as never });
    await answerGroups(user, { 'Right now or recently': /A broken bone, major injury or surgery/ });
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Has a doctor cleared you for massage?' })).toBeVisible();
    expect(screen.getByText('Question 6 of 6')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'No, not yet' }));
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' }),
    ).toBeVisible();
    expect(screen.getByText(/Ask a doctor whether massage is safe for you now/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enter what they advised' })).toBeNull();
    expect(screen.getByText(/Once a doctor has cleared you for massage, retake the questions/)).toBeVisible();
  });

  test('cleared by a doctor: what they advised, then whether usual pressure is fine; the plan keeps lighter unless so', async () => {
    const { user } = await renderApp({
      step: 'cleared',
      draft: { ...POSTURE_DRAFT, afterLastMassage: 'fine', safety: ['recent-fracture-or-surgery'] },
    });
    await user.click(screen.getByRole('radio', { name: 'Yes, a doctor has cleared me' }));
    await user.click(continueButton());
    await user.click(screen.getByRole('radio', { name: 'Once a week' }));
    await user.click(continueButton());
    expect(
      screen.getByRole('heading', { level: 1, name: 'Did your doctor say usual pressure is fine?' }),
    ).toBeVisible();
    expect(screen.getByText('Question 8 of 8')).toBeVisible();
    await user.click(screen.getByRole('radio', { name: 'No, or they didn’t say' }));
    await user.click(continueButton());
    expect(screen.getByText('Usual pressure allowed')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Every week/ })).toBeVisible();
    expect(screen.getByText('Lighter pressure')).toBeVisible();
    expect(screen.getByText(/Lighter pressure until your clinician says usual pressure is fine/)).toBeVisible();
  });

  test('a fever or an illness asks nothing more, and says to wait until well, then retake', async () => {
    const { user } = await renderApp({ step: 'safety', draft: { ...POSTURE_DRAFT, safety: undefined } as never });
    await answerGroups(user, { 'Right now or recently': /fever or an illness/i });
    await user.click(continueButton());
    expect(screen.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Wait until you are well' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Enter what they advised' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Retake the questions' })).toBeVisible();
  });
});

test('a step that does not fit the answers shows the next one that does, never an empty page', async () => {
  await renderApp({ step: 'improving', draft: { goal: 'relaxation', lifestyle: 'mixed' } });
  expect(screen.getByRole('heading', { level: 1, name: 'How did you feel after your last massage?' })).toBeVisible();
});
