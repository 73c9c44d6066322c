import { screen, within } from '@testing-library/react';
import { describe, expect, test, vi } from 'vitest';
import { plannerStore } from '../../src/state/use-planner';
import { checkInsOf, phasesOf, rangeOf } from '../domain/fixtures';
import { answersOf, every, renderApp, latestAnswers } from './helpers';

describe('a plan', () => {
  test('the answer first, the guide’s range, pressure, why with sources, the table and the cautions', async () => {
    await renderApp({ answers: answersOf() });
    // Posture while sitting, soreness lasting: the less frequent end of posture's range.
    const { min, max } = rangeOf('posture');
    expect(
      screen.getByRole('heading', { level: 1, name: `How often to book a back massage ${every(max)}` }),
    ).toBeVisible();
    // Said once, under the answer: not again as the first reason under "Why this?".
    expect(
      screen.getByText('The guide says every 1 to 2 weeks for “Posture-related stiffness (desk workers)”.'),
    ).toBeVisible();
    expect(screen.getByText('Lighter pressure')).toBeVisible();
    const why = screen.getByRole('heading', { level: 2, name: 'Why this?' }).nextElementSibling as HTMLElement;
    expect(
      within(why).getByText(
        `Soreness lasted more than a day, so sessions are spaced out from ${every(min).toLowerCase()} to ${every(max).toLowerCase()}, with lighter pressure.`,
        { exact: false },
      ),
    ).toBeVisible();
    // Sources in plain words, each reason's in one sentence, the citation kept.
    expect(within(why).getAllByText(/^From /)).toHaveLength(within(why).getAllByRole('listitem').length);
    expect(
      within(why).getByText(
        'From the guide and a study of how people felt after a massage (Cambron et al., J Altern Complement Med, 2007).',
      ),
    ).toBeVisible();
    const table = screen.getByRole('table', { name: 'How often the guide suggests a back massage, by situation' });
    const yours = within(table).getByText('Your situation').closest('tr') as HTMLElement;
    expect(within(yours).getByText('every 1 to 2 weeks')).toBeVisible();
    expect(within(table).getAllByText('Your situation')).toHaveLength(1);
    expect(screen.getByText(/Massage works alongside stretching/)).toBeVisible();
    // Said once on the page, by the footer every screen has.
    expect(screen.getAllByText(/not medical advice/)).toHaveLength(1);
    // The default build is no practice's: the guide as published, no booking link, the planner's own name.
    expect(within(table).queryByText(/The published guide says/)).toBeNull();
    expect(screen.queryByRole('link', { name: /Book a session/ })).toBeNull();
    expect(within(screen.getByRole('banner')).getByText('Back massage planner')).toBeVisible();
  });

  test('a caution that gates the next massage comes first under the answer, and is not said again', async () => {
    await renderApp({
      answers: answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine', safety: ['pregnancy'] }),
    });
    const heading = screen.getByRole('heading', { level: 1 });
    const caution =
      'Check with your clinician before your next massage, because of: Pregnant. Ask for lighter pressure.';
    const gate = screen.getByText(caution);
    expect(gate.parentElement).toBe(heading.nextElementSibling);
    // Before the guide's range, the pressure and the next step.
    const range = screen.getByText(/^The guide says every 2 to 4 weeks/);
    const next = screen.getByRole('button', { name: 'See your dates' });
    expect(gate.compareDocumentPosition(range) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(range.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // "Look after yourself" keeps the general advice only.
    const advice = screen.getByRole('heading', { level: 2, name: 'Look after yourself' }).closest('details');
    expect(within(advice as HTMLElement).queryByText(caution)).toBeNull();
    expect(within(advice as HTMLElement).getByText(/Massage works alongside stretching/)).toBeInTheDocument();
  });

  test('one filled button: “See your dates”; pressure is a fact, not a button', async () => {
    await renderApp({ answers: answersOf({ goal: 'chronic-pain', afterLastMassage: 'fine' }) });
    const filled = [...document.querySelectorAll('main .button:not(.button--secondary)')];
    expect(filled.map((button) => button.textContent)).toEqual(['See your dates']);
    expect(screen.getByText('Usual pressure').tagName).toBe('LI');
    expect(screen.queryByRole('button', { name: /pressure/ })).toBeNull();
  });

  test('chronic pain: twice a week at first, about 60 minutes, a review point, and what follows', async () => {
    await renderApp({ answers: answersOf({ goal: 'chronic-pain', afterLastMassage: 'fine' }) });
    expect(screen.getByRole('heading', { level: 1, name: /Twice a week at first/ })).toBeVisible();
    expect(screen.getByText('About 60 minutes a session')).toBeVisible();
    // Once it improves, the guide says the person can reduce (sitting strains the back: maintenance's more frequent end).
    const later = every(phasesOf().maintenance.min).toLowerCase();
    expect(
      screen.getByText(
        `Check how your pain is doing after about 4 weeks. Once it improves, you can reduce to ${later}.`,
      ),
    ).toBeVisible();
  });

  test('bruising: lighter pressure and a pause with its date, until that date comes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Answered on Monday 3 March 2025: no session before Monday 10 March.
      vi.setSystemTime(new Date(2025, 2, 9, 10, 0));
      const answers = answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'bruising' });
      const { unmount } = await renderApp({ answers });
      // A plan (how often is the guide's, and tested with it), with the pressure and the pause as badges.
      expect(screen.getByRole('heading', { level: 1, name: /Every/ })).toBeVisible();
      expect(screen.getByText('Lighter pressure')).toBeVisible();
      expect(
        screen.getByText(
          /Wait at least 7 days: not before Mon(,)? 10 March|Wait at least 7 days: not before Mon, March 10/,
        ),
      ).toBeVisible();
      expect(screen.getByText(/Tell your therapist about the bruising/)).toBeVisible();
      unmount();
      // On 10 March the wait is over: no chip says to wait for a day that has come.
      vi.setSystemTime(new Date(2025, 2, 10, 8, 0));
      await renderApp({ answers });
      expect(screen.getByText('Lighter pressure')).toBeVisible();
      expect(screen.queryByText(/Wait at least 7 days/)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  test('the lifestyle row’s option is named where the engine names one', async () => {
    await renderApp({
      answers: answersOf({ goal: 'relaxation', lifestyle: 'hard-training', afterLastMassage: 'fine' }),
    });
    expect(screen.getByRole('heading', { level: 1, name: /Every 2 weeks/ })).toBeVisible();
    expect(
      screen.getByText(
        /Also an option: the guide says weekly for “Athletes, regular exercise or a physically hard job”/,
      ),
    ).toBeVisible();
  });

  test('a clinician’s advice is labelled as theirs', async () => {
    await renderApp({ answers: answersOf({ goal: 'condition', clinicianAdvice: { kind: 'times-a-week', times: 2 } }) });
    expect(screen.getByRole('heading', { level: 1, name: /Twice a week/ })).toBeVisible();
    expect(screen.getByText('As your clinician advised')).toBeVisible();
  });

  test('Retake starts from the previous answers', async () => {
    const { user } = await renderApp({ answers: answersOf() });
    await user.click(screen.getByRole('button', { name: 'Retake the questions' }));
    expect(screen.getByRole('radio', { name: /Stiffness from sitting or posture/ })).toBeChecked();
  });

  test('Start over asks first, and can be cancelled', async () => {
    const { user } = await renderApp({ answers: answersOf() });
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Start over?' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'No, keep them' }));
    expect(screen.getByRole('button', { name: 'Start over' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Start over' }));
    await user.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect(await screen.findByRole('button', { name: 'Start' })).toBeVisible();
    expect(latestAnswers()).toBeNull();
  });
});

describe('see a professional first', () => {
  test('says why, offers to enter the clinician’s advice, and shows no plan', async () => {
    const { user } = await renderApp({
      answers: answersOf({ goal: 'relaxation', safety: ['sciatica'] }),
      draft: {
        goal: 'relaxation',
        lifestyle: 'mostly-sitting',
        afterLastMassage: 'lasting',
        safety: ['sciatica'],
        clinicianAdvice: 'not-yet',
      },
    });
    expect(screen.getByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' })).toBeVisible();
    expect(screen.getByText(/You ticked “Sciatica \(pain running down a leg from the back\)”/)).toBeVisible();
    expect(screen.queryByText(/Every \d/)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enter what they advised' }));
    const form = screen.getByRole('region', { name: 'What did they advise?' });
    // For a referral by the health checks, no question about pressure: usual unless something else says lighter.
    expect(within(form).queryByRole('group', { name: 'Did they say usual pressure is fine?' })).toBeNull();
    await user.click(within(form).getByRole('button', { name: 'Save their advice' }));
    expect(
      within(form).getByRole('group', { name: 'How often did they say to have a massage?' }),
    ).toHaveAccessibleDescription('Select how often they advised');
    await user.click(within(form).getByRole('radio', { name: 'Once a week' }));
    await user.click(within(form).getByRole('button', { name: 'Save their advice' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Every week/ })).toBeVisible();
    expect(plannerStore.getState().advice).toMatchObject([{ advice: { kind: 'times-a-week', times: 1 } }]);
    expect(screen.getByText('As your clinician advised')).toBeVisible();
  });
});

describe('urgent care', () => {
  test('the instructions come first, with the emergency numbers, and no plan', async () => {
    const { user } = await renderApp({
      answers: answersOf({ safety: ['bladder-bowel-numbness', 'pregnancy'] }),
      draft: {
        goal: 'posture',
        lifestyle: 'mostly-sitting',
        afterLastMassage: 'lasting',
        signs: ['bladder-bowel-numbness'],
      },
    });
    const heading = screen.getByRole('heading', { level: 1, name: 'Get urgent care now' });
    expect(heading.nextElementSibling).toHaveTextContent(
      /112 in most of Europe, 911 in the US and Canada, 999 in the UK/,
    );
    expect(screen.getByText(/New loss of bladder or bowel control/)).toBeVisible();
    expect(screen.queryByText('Pregnant')).not.toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.queryByText(/pressure/i)).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Change your answers' }));
    expect(screen.getByRole('checkbox', { name: /New loss of bladder or bowel control/ })).toBeChecked();
  });
});

describe('after bruising twice in a row', () => {
  const bruised = {
    answers: answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine', answeredOn: '2025-03-03' }),
    checkIns: checkInsOf({ date: '2025-03-10', felt: 'bruising' }, { date: '2025-03-24', felt: 'bruising' }),
  };

  test('the action first; entering what they advised brings a plan back, lighter unless they allowed usual', async () => {
    const { user } = await renderApp(bruised);
    expect(screen.getByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' })).toBeVisible();
    expect(document.querySelector('.lead')).toHaveTextContent(/See a doctor or physical therapist before your next/);
    await user.click(screen.getByRole('button', { name: 'Enter what they advised' }));
    const form = screen.getByRole('region', { name: 'What did they advise?' });
    await user.click(within(form).getByRole('radio', { name: 'Once every few weeks' }));
    await user.selectOptions(within(form).getByRole('combobox', { name: 'How many weeks apart?' }), 'Every 3 weeks');
    await user.click(within(form).getByRole('button', { name: 'Save their advice' }));
    expect(
      within(form).getByRole('group', { name: 'Did they say usual pressure is fine?' }),
    ).toHaveAccessibleDescription(
      'If they didn’t say, choose “No”: your plan keeps lighter pressure. Select whether they said usual pressure is fine',
    );
    await user.click(within(form).getByRole('radio', { name: 'No, or they didn’t say' }));
    await user.click(within(form).getByRole('button', { name: 'Save their advice' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Every 3 weeks/ })).toBeVisible();
    expect(screen.getByText('Lighter pressure')).toBeVisible();
    expect(screen.getByText(/the plan follows their advice, not the guide’s/)).toBeVisible();
  });

  test('a retake starts from “bruising” and, whatever it answers, the referral stays', async () => {
    const { user } = await renderApp(bruised);
    const retakes = screen.getAllByRole('button', { name: 'Retake the questions' });
    await user.click(retakes[0] as HTMLElement);
    await user.click(await screen.findByRole('button', { name: 'Continue' })); // goal, as before
    await user.click(screen.getByRole('button', { name: 'Continue' })); // lifestyle, as before
    expect(screen.getByRole('radio', { name: 'Bruised, or my symptoms got worse' })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Fine' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('button', { name: 'Continue' })); // signs that need care now, as before
    await user.click(screen.getByRole('button', { name: 'Continue' })); // health checks, as before
    await user.click(screen.getByRole('button', { name: 'See my recommendation' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'See a doctor or physical therapist first' }),
    ).toBeVisible();
    expect(plannerStore.getState().submissions).toHaveLength(2);
  });
});
