import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { decodeSharedPlan } from '../../src/domain/share';
import { DEFAULT_PLAN } from '../../src/state/saved-shape';
import { todayOnDevice } from '../../src/state/today';
import { plannerStore } from '../../src/state/use-planner';
import { answersOf, renderApp, catchDownloads } from './helpers';

// Wednesday 25 November 2026 on the device (jsdom's locale is en-US: “Wed, November 25”).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 25, 10, 0));
});
afterEach(() => {
  vi.useRealTimers();
});

/** Posture while sitting, fine, answered yesterday: every week, on the start's weekday (the day after answering). */
const weekly = answersOf({ afterLastMassage: 'fine', answeredOn: '2026-11-24' });

async function openPlan(overrides: Partial<typeof DEFAULT_PLAN> = {}, answers = weekly) {
  const rendered = await renderApp({ answers, plan: { ...DEFAULT_PLAN, ...overrides } });
  await rendered.user.click(screen.getByRole('button', { name: 'See your dates' }));
  await screen.findByRole('heading', { level: 1, name: 'Your plan' });
  return rendered;
}

const sessionDates = () =>
  screen.getAllByRole('listitem').flatMap((item) => {
    const date = item.querySelector('.session__date')?.textContent;
    return date === undefined || item.classList.contains('session--skipped') ? [] : [date];
  });

describe('the plan screen', () => {
  test('is one tap from the recommendation and back, with the dates by month and the next one marked', async () => {
    const { user } = await openPlan();
    expect(screen.getByText(/^Every week, on Wednesday, from Wed, November 25 to Wed, February 10\.$/)).toBeVisible();
    expect(
      within(screen.getByRole('group', { name: 'Your next session' })).getByText('Wed, November 25'),
    ).toBeVisible();
    expect(screen.getByRole('region', { name: 'November 2026' })).toBeVisible();
    expect(screen.getByRole('region', { name: 'February 2027' })).toBeVisible();
    expect(sessionDates()).toHaveLength(12);
    const first = within(screen.getByRole('region', { name: 'November 2026' })).getAllByRole(
      'listitem',
    )[0] as HTMLElement;
    expect(first).toHaveTextContent('Wed, November 25');
    expect(within(first).getByText('next')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Back to your recommendation' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Every week/ })).toBeVisible();
  });

  test('a new start, days and length re-flow the plan at once', async () => {
    const { user } = await openPlan();
    await user.click(screen.getByText('Change your plan'));
    await user.click(screen.getByRole('checkbox', { name: 'Friday' }));
    expect(sessionDates()[0]).toBe('Fri, November 27');
    const weeks = screen.getByRole('spinbutton', { name: 'How many weeks to plan' });
    await user.clear(weeks);
    await user.type(weeks, '4');
    expect(sessionDates()).toHaveLength(4);
    expect(plannerStore.getState().plan).toMatchObject({ weekdays: [5], weeks: 4 });
  });

  test('a length outside 4 to 52 weeks is named, and the plan keeps the last good one', async () => {
    const { user } = await openPlan();
    await user.click(screen.getByText('Change your plan'));
    const weeks = screen.getByRole('spinbutton', { name: 'How many weeks to plan' });
    await user.clear(weeks);
    await user.type(weeks, '3');
    expect(weeks).toHaveAccessibleDescription(/Enter a whole number of weeks from 4 to 52\./);
    expect(weeks).toHaveAttribute('aria-invalid', 'true');
    expect(plannerStore.getState().plan.weeks).toBe(12);
  });

  test('twice a week on days too close together: the plan says which days it uses instead', async () => {
    const chronic = answersOf({ goal: 'chronic-pain', afterLastMassage: 'fine', answeredOn: '2026-11-24' });
    const { user } = await openPlan({}, chronic);
    await user.click(screen.getByText('Change your plan'));
    await user.click(screen.getByRole('checkbox', { name: 'Monday' }));
    await user.click(screen.getByRole('checkbox', { name: 'Tuesday' }));
    expect(screen.getByText('Sessions fall on Monday and Thursday: your days were too close together.')).toBeVisible();
    expect(sessionDates().slice(0, 2)).toEqual(['Thu, November 26', 'Mon, November 30']);
  });

  test('another point in the range is the person’s own choice, and the plan says so', async () => {
    const relaxation = answersOf({
      goal: 'relaxation',
      lifestyle: 'mixed',
      afterLastMassage: 'fine',
      answeredOn: '2026-11-24',
    });
    const { user } = await openPlan({}, relaxation);
    await user.click(screen.getByText('Change your plan'));
    expect(screen.getByRole('radio', { name: 'Every 3 weeks (suggested)' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Every 2 weeks' }));
    expect(screen.getByText('Your choice: the planner suggested every 3 weeks.')).toBeVisible();
    expect(sessionDates().slice(0, 2)).toEqual(['Wed, November 25', 'Wed, December 9']);
  });

  test('moving a session checks the ceilings; a good move is labelled; skipping and putting back', async () => {
    const { user } = await openPlan();
    await user.click(screen.getByRole('button', { name: 'Move or skip Wed, December 2' }));
    const to = screen.getByLabelText('Move to');
    expect(to).toHaveFocus();
    await user.clear(to);
    await user.type(to, '2026-12-08');
    await user.click(screen.getByRole('button', { name: 'Move it' }));
    expect(to).toHaveAccessibleDescription('That’s the day before or after another session: never two days in a row.');
    await user.clear(to);
    await user.type(to, '2026-12-04');
    await user.click(screen.getByRole('button', { name: 'Move it' }));
    expect(screen.getByText('Regular · moved from Wed, December 2')).toBeVisible();
    expect(sessionDates().slice(0, 3)).toEqual(['Wed, November 25', 'Fri, December 4', 'Wed, December 9']);

    await user.click(screen.getByRole('button', { name: 'Move or skip Wed, December 9' }));
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    expect(sessionDates()).not.toContain('Wed, December 9');
    expect(screen.getByRole('heading', { level: 2, name: 'Sessions' })).toHaveFocus();
    const skipped = screen.getByRole('region', { name: 'Skipped' });
    await user.click(within(skipped).getByRole('button', { name: 'Put back Wed, December 9' }));
    expect(sessionDates()).toContain('Wed, December 9');
  });

  test('the clinician’s advice is labelled as theirs, with no choice of point', async () => {
    const advised = answersOf({
      goal: 'condition',
      clinicianAdvice: { kind: 'every-weeks', weeks: 2 },
      answeredOn: '2026-11-24',
    });
    const { user } = await openPlan({}, advised);
    expect(screen.getByText('As your clinician advised: every 2 weeks.')).toBeVisible();
    await user.click(screen.getByText('Change your plan'));
    expect(screen.queryByRole('group', { name: 'How often' })).toBeNull();
    expect(screen.getAllByText('As your clinician advised').length).toBeGreaterThan(0);
  });
});

describe('the calendar file', () => {
  test('downloads the sessions with the reminder chosen, and says what to do with it', async () => {
    const { files, click } = catchDownloads();
    const { user } = await openPlan({ weeks: 4 });
    await user.click(screen.getByRole('radio', { name: 'Two hours before' }));
    await user.click(screen.getByRole('radio', { name: 'At a time' }));
    await user.click(screen.getByRole('button', { name: 'Download calendar file (.ics)' }));
    expect(
      await screen.findByText(/Downloaded “back-massage-plan.ics” with 4 sessions\. Open it to add them/),
    ).toBeVisible();
    const text = await files[0]?.text();
    expect(text?.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(text).toContain('DTSTART:20261125T180000\r\n');
    expect(text).toContain('TRIGGER:-PT2H\r\n');
    expect(text).toContain('SUMMARY:Back massage\r\n');
    expect(click).toHaveBeenCalled();
    expect(plannerStore.getState().calendar.sequence).toBe(0);
  });

  test('a time left wrong, folded away, is shown and focused instead of a download', async () => {
    const { files } = catchDownloads();
    const { user } = await openPlan({ weeks: 4 });
    const options = screen.getByText('Time of day and reminder').closest('details') as HTMLDetailsElement;
    expect(options.open).toBe(false);
    await user.click(screen.getByText('Time of day and reminder'));
    await user.click(screen.getByRole('radio', { name: 'At a time' }));
    await user.clear(screen.getByLabelText('Time', { exact: true }));
    expect(screen.getByText('Enter a time, for example 18:30.')).toBeInTheDocument();
    await user.click(screen.getByText('Time of day and reminder'));
    expect(options.open).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Download calendar file (.ics)' }));
    expect(options.open).toBe(true);
    expect(screen.getByLabelText('Time', { exact: true })).toHaveFocus();
    expect(files).toHaveLength(0);
  });
});

describe('a calendar file that is out of date', () => {
  test('is said after a change of dates, only to a person who downloaded one; the next file cancels what went', async () => {
    const { files } = catchDownloads();
    const behind = /Your calendar file is out of date/;
    const { user } = await openPlan({ weeks: 4 });
    // Never downloaded: a change of dates says nothing about a calendar.
    await user.click(screen.getByRole('button', { name: 'Move or skip Wed, December 9' }));
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    expect(screen.queryByText(behind)).toBeNull();
    await user.click(
      within(screen.getByRole('region', { name: 'Skipped' })).getByRole('button', { name: 'Put back Wed, December 9' }),
    );

    await user.click(screen.getByRole('button', { name: 'Download calendar file (.ics)' }));
    await screen.findByText(/with 4 sessions/);
    expect(screen.queryByText(behind)).toBeNull();
    // The time of day is not a change of dates.
    await user.click(screen.getByRole('radio', { name: 'At a time' }));
    expect(screen.queryByText(behind)).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Move or skip Wed, December 9' }));
    await user.click(screen.getByRole('button', { name: 'Skip this one' }));
    expect(screen.getByText(behind)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Download calendar file (.ics)' }));
    await screen.findByText(/with 3 sessions/);
    expect(screen.queryByText(behind)).toBeNull();
    const second = (await files[1]?.text()) ?? '';
    expect(second).toMatch(/UID:20261209-[^\r]+\r\nDTSTAMP:[^\r]+\r\nSEQUENCE:1\r\nDTSTART:20261209T180000\r\n/);
    expect(second.match(/STATUS:CANCELLED/g)).toHaveLength(1);
    expect(second.match(/TRANSP:TRANSPARENT/g)).toHaveLength(4);
  });
});

describe('sharing', () => {
  test('without the Web Share API, the link is copied, shown, and keeps the items private unless asked', async () => {
    const flagged = answersOf({ goal: 'relaxation', afterLastMassage: 'fine', safety: ['pregnancy'] });
    const { user } = await openPlan({}, flagged);
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    expect(await screen.findByText('Link copied. Paste it into a message to your therapist.')).toBeVisible();
    const copied = await navigator.clipboard.readText();
    expect(screen.getByRole('textbox', { name: 'Link to your plan' })).toHaveValue(copied);
    const fragment = new URL(copied).hash.slice(1);
    const shared = decodeSharedPlan(fragment, todayOnDevice());
    expect(shared).toMatchObject({ ok: true, plan: { answers: { safety: [] }, withheldSafety: ['light-pressure'] } });

    await user.click(screen.getByRole('checkbox', { name: 'Include which health checks I ticked' }));
    await user.click(screen.getByRole('button', { name: 'Share link' }));
    await waitFor(async () => {
      expect(
        decodeSharedPlan(new URL(await navigator.clipboard.readText()).hash.slice(1), todayOnDevice()),
      ).toMatchObject({
        ok: true,
        plan: { answers: { safety: ['pregnancy'] }, withheldSafety: [] },
      });
    });
  });

  test('inside a practice’s page, the link opens the planner’s own page, not the bare embed', async () => {
    window.history.replaceState(null, '', '/embed.html');
    try {
      const { user } = await openPlan();
      await user.click(screen.getByRole('button', { name: 'Share link' }));
      await screen.findByText('Link copied. Paste it into a message to your therapist.');
      const link = new URL(await navigator.clipboard.readText());
      expect(link.pathname).toBe('/');
      expect(link.hash).toMatch(/^#plan=2\./);
    } finally {
      window.history.replaceState(null, '', '/');
    }
  });

  test('with the Web Share API, the system share sheet gets the link; closing it says nothing', async () => {
    const share = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new DOMException('', 'AbortError'));
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    try {
      const { user } = await openPlan();
      await user.click(screen.getByRole('button', { name: 'Share link' }));
      expect(await screen.findByText('Shared.')).toBeVisible();
      const [[shared]] = share.mock.calls as [[ShareData]];
      expect(shared.title).toBe('My back massage plan');
      expect(shared.url).toMatch(/#plan=2\./);
      await user.click(screen.getByRole('button', { name: 'Share link' }));
      await waitFor(() => {
        expect(share).toHaveBeenCalledTimes(2);
      });
      expect(screen.queryByText('Shared.')).toBeNull();
      expect(screen.queryByText(/Link copied/)).toBeNull();
    } finally {
      Reflect.deleteProperty(navigator, 'share');
    }
  });
});
