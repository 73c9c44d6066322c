import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { plannerStore } from '../../src/state/use-planner';
import { checkInsOf, phasesOf, recommendFor } from '../domain/fixtures';
import { answersOf, every, renderApp } from './helpers';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

const answers = answersOf({
  goal: 'chronic-pain',
  lifestyle: 'mixed',
  afterLastMassage: 'fine',
  answeredOn: '2026-11-01',
});
const checkIns = checkInsOf(
  { date: '2026-11-08', felt: 'fine', pain: 6 },
  { date: '2026-11-15', felt: 'lasting', pain: 5 },
  { date: '2026-11-22', felt: 'fine', pain: 3, improving: true },
);

async function openHistory() {
  const rendered = await renderApp({ answers, checkIns });
  await rendered.user.click(screen.getByRole('button', { name: 'Your history' }));
  await screen.findByRole('heading', { level: 1, name: 'Your history' });
  return rendered;
}

describe('history', () => {
  test('a chart with a point per massage, the same figures in a table, and a timeline of what each changed', async () => {
    const { user } = await openHistory();
    const chart = screen.getByRole('group', { name: /Chart of soreness after each massage/ });
    // Each massage is one stop for the Tab key, named with its date and values, and shown under the chart.
    const points = within(chart).getAllByRole('img');
    expect(points.map((point) => point.getAttribute('aria-label'))).toEqual([
      'Sun, November 8. Massage: fine, pain 6 of 10.',
      'Sun, November 15. Massage: sore for more than a day, pain 5 of 10.',
      'Sun, November 22. Massage: fine, pain 3 of 10. Pain improving.',
    ]);
    expect(within(chart).getByText('Bruised')).toBeInTheDocument();
    expect(within(chart).getByText('10')).toBeInTheDocument();
    const first = points[0] as HTMLElement;
    act(() => {
      first.focus();
    });
    expect(first).toHaveFocus();
    expect(screen.getByText('Sun, November 8. Massage: fine, pain 6 of 10.', { selector: 'p' })).toBeVisible();
    await user.tab();
    expect(points[1]).toHaveFocus();

    const table = screen.getByRole('table', { name: 'Your check-ins' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Sun, November 8Fine6–',
      'Sun, November 15Sore for more than a day5–',
      'Sun, November 22Fine3Yes',
    ]);
    // Newest first, each event with what it changed.
    const timeline = screen.getByRole('list', { name: 'What happened' });
    const items = [...timeline.querySelectorAll(':scope > li')].map((item) => item.textContent);
    const atFirst = every(recommendFor(answers).schedule?.intervalDays ?? 0).toLowerCase();
    const maintenance = every(phasesOf().maintenance.max).toLowerCase();
    expect(items[0]).toBe(
      `Sun, November 22Massage: fine, pain 3 of 10. Pain improving.Because your pain is improving, you now book ${maintenance}.Where this comes fromFrom the guide.Edit Delete`,
    );
    expect(items[1]).toMatch(
      /^Sun, November 15Massage: sore for more than a day, pain 5 of 10\.Because the soreness lasted more than a day, ask for lighter pressure at your next massage\. Your dates stay the same\.Where this comes from.*Cambron.*Edit Delete$/,
    );
    // The answers themselves are kept and one tap away.
    const answered = items.at(-1) ?? '';
    expect(answered).toContain(`You answered the questions: ${atFirst}.`);
    await user.click(within(timeline).getByText('Your answers'));
    expect(within(timeline).getByText('Ongoing back pain or knots', { exact: false })).toBeVisible();
  });

  test('a check-in entered by mistake can be edited or deleted, and the plan is worked out again', async () => {
    const { user } = await openHistory();
    await user.click(screen.getByRole('button', { name: 'Edit the check-in of Sun, November 15' }));
    const form = screen.getByRole('form', { name: 'Edit the check-in of Sun, November 15' });
    // A correction starts from what was entered: how it felt, and pain 5 on the scale.
    expect(within(form).getByRole('radio', { name: 'Sore for more than a day' })).toBeChecked();
    expect(
      within(within(form).getByRole('group', { name: /^Pain now/ })).getByRole('radio', { name: '5' }),
    ).toBeChecked();
    await user.click(within(form).getByRole('radio', { name: 'Fine' }));
    await user.click(within(form).getByRole('radio', { name: 'No, not yet' }));
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(plannerStore.getState().checkIns[1]).toMatchObject({
      date: '2026-11-15',
      felt: 'fine',
      pain: 5,
      improving: false,
    });

    await user.click(screen.getByRole('button', { name: 'Delete the check-in of Sun, November 8' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(plannerStore.getState().checkIns).toHaveLength(2);
    expect(plannerStore.getState().deletedCheckIns).toHaveLength(1);
  });

  test('a massage that was not planned can be logged; a date in the future is refused', async () => {
    const { user } = await openHistory();
    const log = screen.getByRole('region', { name: 'Log a massage that wasn’t planned' });
    const date = within(log).getByLabelText('When was it?');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(within(log).getByRole('button', { name: 'Add it' }));
    expect(date).toHaveAccessibleDescription('Enter a date, today or earlier.');
    await user.clear(date);
    await user.type(date, '2026-11-24');
    // Nothing is chosen for the person: how it felt is asked, not assumed.
    const felt = within(log).getByRole('group', { name: 'How did you feel afterwards?' });
    expect(
      within(felt)
        .getAllByRole('radio')
        .filter((radio) => (radio as HTMLInputElement).checked),
    ).toEqual([]);
    await user.click(within(log).getByRole('button', { name: 'Add it' }));
    expect(felt).toHaveAccessibleDescription('Choose how you felt afterwards');
    expect(plannerStore.getState().checkIns).toHaveLength(3);
    await user.click(within(felt).getByRole('radio', { name: 'Mildly sore, gone within a day' }));
    await user.click(within(log).getByRole('button', { name: 'Add it' }));
    expect(plannerStore.getState().checkIns.at(-1)).toMatchObject({ date: '2026-11-24', felt: 'mild', happened: true });
    expect(plannerStore.getState().checkIns.at(-1)).not.toHaveProperty('planned');
  });
});

test('a skipped session, corrected, stays skipped unless the person says it happened', async () => {
  const { user } = await renderApp({
    answers,
    checkIns: checkInsOf({ date: '2026-11-08', planned: '2026-11-08' }, { date: '2026-11-15', felt: 'fine' }),
  });
  await user.click(screen.getByRole('button', { name: 'Your history' }));
  await user.click(await screen.findByRole('button', { name: 'Edit the check-in of Sun, November 8' }));
  const form = screen.getByRole('form', { name: 'Edit the check-in of Sun, November 8' });
  expect(within(form).getByRole('radio', { name: 'No, I skipped it' })).toBeChecked();
  expect(within(form).queryByRole('group', { name: 'How did you feel afterwards?' })).toBeNull();
  await user.click(within(form).getByRole('radio', { name: '4' }));
  await user.click(within(form).getByRole('button', { name: 'Save' }));
  expect(plannerStore.getState().checkIns[0]).toMatchObject({ date: '2026-11-08', happened: false, pain: 4 });
  expect(plannerStore.getState().checkIns[0]).not.toHaveProperty('felt');
});

test('after bruising twice, a massage that went fine, logged from the history, brings the plan back', async () => {
  const bruised = checkInsOf({ date: '2026-11-08', felt: 'bruising' }, { date: '2026-11-15', felt: 'bruising' });
  const { user } = await renderApp({
    answers: answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine', answeredOn: '2026-11-01' }),
    checkIns: bruised,
  });
  expect(screen.getByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' })).toBeVisible();
  await user.click(screen.getByRole('button', { name: 'Your history' }));
  const log = await screen.findByRole('region', { name: 'Log a massage that wasn’t planned' });
  await user.click(within(log).getByRole('radio', { name: 'Fine' }));
  await user.click(within(log).getByRole('button', { name: 'Add it' }));
  await user.click(screen.getByRole('button', { name: /Back$/ }));
  expect(await screen.findByRole('heading', { level: 1, name: /^(?!See a doctor).*Every/ })).toBeVisible();
});
