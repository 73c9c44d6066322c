import { describe, expect, test } from 'vitest';
import type { Recommendation } from '../../src/domain/recommend';
import { answersOf, checkInsOf, phasesOf, rangeOf, recommendFor, weeklyCheckIns } from './fixtures';

/** The parts of a recommendation a person reads first. */
function summary(recommendation: Recommendation) {
  const schedule = recommendation.schedule;
  return {
    outcome: recommendation.outcome,
    intervalDays: schedule?.intervalDays ?? null,
    phase: schedule?.source === 'guide' ? schedule.phase : (schedule?.source ?? null),
    pressure: recommendation.pressure,
  };
}

const codes = (recommendation: Recommendation) => recommendation.reasons.map((reason) => reason.code);
const cautionCodes = (recommendation: Recommendation) => recommendation.cautions.map((caution) => caution.code);

describe('the worked examples of GUIDE section 2', () => {
  test('relaxation, mixed, fine: every 3 weeks in a range of 2 to 4 weeks, usual pressure', () => {
    const result = recommendFor(answersOf({ goal: 'relaxation', lifestyle: 'mixed', afterLastMassage: 'fine' }));
    expect(summary(result)).toEqual({ outcome: 'plan', intervalDays: 21, phase: 'ongoing', pressure: 'usual' });
    expect(result.rowFrequency).toEqual({ kind: 'steady', days: { min: 14, max: 28 } });
    expect(result.reasons[0]).toMatchObject({ code: 'row', row: 'relaxation' });
    expect(codes(result)).toContain('middle-of-range');
  });

  test('relaxation, mixed, no massage in the last 3 months: every 4 weeks, starting slowly', () => {
    const result = recommendFor(answersOf({ goal: 'relaxation', afterLastMassage: 'none-recently' }));
    expect(summary(result)).toMatchObject({ intervalDays: 28, pressure: 'usual' });
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'start-slowly', days: 28 }));
  });

  test('relaxation, hard training, fine: every 2 weeks, with weekly named as the athletes’ option', () => {
    const result = recommendFor(answersOf({ goal: 'relaxation', lifestyle: 'hard-training' }));
    expect(summary(result)).toMatchObject({ intervalDays: 14 });
    expect(result.rowFrequency).toEqual({ kind: 'steady', days: { min: 14, max: 28 } });
    expect(result.lifestyleOption).toEqual({ row: 'athletes', range: { min: 7, max: 7 }, intervalDays: 7 });
  });

  test('posture, mostly sitting, fine: every week in a range of 1 to 2 weeks', () => {
    const result = recommendFor(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' }));
    expect(summary(result)).toEqual({ outcome: 'plan', intervalDays: 7, phase: 'ongoing', pressure: 'usual' });
    expect(result.rowFrequency).toEqual({ kind: 'steady', days: { min: 7, max: 14 } });
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ code: 'straining-lifestyle', lifestyle: 'mostly-sitting', days: 7 }),
    );
  });

  test('posture, mostly sitting, soreness lasting more than a day: every 2 weeks, lighter pressure', () => {
    const result = recommendFor(
      answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'lasting' }),
    );
    expect(summary(result)).toMatchObject({ intervalDays: 14, pressure: 'lighter' });
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'soreness-lasting', from: 7, to: 14 }));
    expect(result.pause).toBeNull();
  });

  test('chronic pain, mostly sitting, fine: twice a week at first, about 60 minutes, review after about 4 weeks', () => {
    const result = recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'mostly-sitting' }));
    expect(summary(result)).toEqual({ outcome: 'plan', intervalDays: 3.5, phase: 'initial', pressure: 'usual' });
    expect(result.sessionMinutes).toBe(60);
    expect(result.schedule).toMatchObject({ reviewAfterDays: 28 });
    // Then, once the pain improves, maintenance at rule 2's point for a straining lifestyle: every 2 weeks.
    expect(result.schedule).toMatchObject({
      then: { phase: 'maintenance', intervalDays: 14, range: { min: 14, max: 21 } },
    });
    expect(result.reasons).toContainEqual(
      expect.objectContaining({ code: 'session-length', minutes: 60, sources: ['sherman-2014', 'perlman-2012'] }),
    );
  });

  test('chronic pain, improving, mixed, fine: maintenance every 3 weeks', () => {
    const result = recommendFor(answersOf({ goal: 'chronic-pain', improving: true }));
    expect(summary(result)).toEqual({ outcome: 'plan', intervalDays: 21, phase: 'maintenance', pressure: 'usual' });
    expect(result.schedule).toMatchObject({ reviewAfterDays: null, range: { min: 14, max: 21 }, then: null });
  });

  test('athletes, physical job, soreness lasting more than a day: weekly, lighter pressure', () => {
    const result = recommendFor(
      answersOf({ goal: 'athletes', lifestyle: 'physical-job', afterLastMassage: 'lasting' }),
    );
    expect(summary(result)).toMatchObject({ intervalDays: 7, pressure: 'lighter' });
  });

  test('relaxation, mixed, bruising: every 4 weeks, lighter, at least 7 days away, tell your therapist', () => {
    const result = recommendFor(
      answersOf({ goal: 'relaxation', afterLastMassage: 'bruising', answeredOn: '2025-03-03' }),
    );
    expect(summary(result)).toMatchObject({ intervalDays: 28, pressure: 'lighter' });
    expect(result.pause).toEqual({ days: 7, since: '2025-03-03' });
    expect(cautionCodes(result)).toContain('tell-therapist');
  });

  test.each(['relaxation', 'chronic-pain', 'athletes', 'posture'] as const)(
    'any goal but a condition (%s), bruising twice in a row at check-ins: see a professional first',
    (goal) => {
      const result = recommendFor(answersOf({ goal }), weeklyCheckIns('bruising', 'bruising'));
      expect(result.outcome).toBe('professional');
      expect(result.schedule).toBeNull();
      expect(codes(result)).toContain('bruising-twice');
    },
  );

  test('injury or condition: as a doctor or physical therapist advises, then a plan that follows the advice', () => {
    const before = recommendFor(answersOf({ goal: 'condition', lifestyle: 'hard-training' }));
    expect(before).toMatchObject({ outcome: 'professional', schedule: null, rowFrequency: { kind: 'as-advised' } });
    expect(cautionCodes(before)).toContain('see-professional');

    const advice = { kind: 'every-weeks', weeks: 2 } as const;
    const after = recommendFor(answersOf({ goal: 'condition', lifestyle: 'hard-training', clinicianAdvice: advice }));
    expect(after.outcome).toBe('plan');
    expect(after.schedule).toEqual({ source: 'clinician', advice, intervalDays: 14 });
    expect(after.lifestyleOption).toBeNull();
  });
});

describe('rule 2: a point inside the range', () => {
  test.each([
    ['relaxation', 'mixed', 21, 'middle-of-range'],
    ['relaxation', 'mostly-sitting', 21, 'middle-of-range'],
    ['relaxation', 'physical-job', 14, 'straining-lifestyle'],
    ['posture', 'mixed', 14, 'middle-of-range'],
    ['posture', 'hard-training', 7, 'straining-lifestyle'],
    ['chronic-pain', 'mixed', 7, 'middle-of-range'],
    ['chronic-pain', 'physical-job', 3.5, 'straining-lifestyle'],
    ['athletes', 'mixed', 7, 'single-value'],
    ['athletes', 'mostly-sitting', 7, 'single-value'],
  ] as const)('%s with a %s lifestyle: every %s days (%s)', (goal, lifestyle, days, code) => {
    const result = recommendFor(answersOf({ goal, lifestyle }));
    expect(result.schedule?.intervalDays).toBe(days);
    expect(codes(result)).toContain(code);
  });

  test('starting slowly beats a straining lifestyle: the less frequent end', () => {
    const result = recommendFor(
      answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'none-recently' }),
    );
    expect(result.schedule?.intervalDays).toBe(rangeOf('posture').max);
    expect(result.lifestyleOption).toBeNull();
  });

  test('a desk worker whose goal is relaxation: every 3 weeks, with the desk workers’ row as an option', () => {
    const result = recommendFor(answersOf({ goal: 'relaxation', lifestyle: 'mostly-sitting' }));
    expect(result.schedule?.intervalDays).toBe(21);
    expect(result.rowFrequency).toEqual({ kind: 'steady', days: { min: 14, max: 28 } });
    expect(result.lifestyleOption).toEqual({ row: 'posture', range: { min: 7, max: 14 }, intervalDays: 7 });
  });

  test.each([
    ['posture', 'hard-training'],
    ['athletes', 'mostly-sitting'],
    ['chronic-pain', 'hard-training'],
    ['relaxation', 'mixed'],
  ] as const)('no lifestyle option where the goal’s row is not less frequent (%s, %s)', (goal, lifestyle) => {
    expect(recommendFor(answersOf({ goal, lifestyle })).lifestyleOption).toBeNull();
  });

  test('maintenance for chronic pain with a physical job names the athletes’ weekly option', () => {
    const result = recommendFor(answersOf({ goal: 'chronic-pain', lifestyle: 'physical-job', improving: true }));
    expect(result.schedule?.intervalDays).toBe(14);
    expect(result.lifestyleOption).toMatchObject({ row: 'athletes', intervalDays: 7 });
  });
});

describe('rule 3: soreness only makes the plan gentler, and the latest report counts', () => {
  test('an athlete whose soreness lasted two days: weekly (the only value), lighter pressure', () => {
    const result = recommendFor(
      answersOf({ goal: 'athletes', lifestyle: 'hard-training', afterLastMassage: 'lasting' }),
    );
    expect(summary(result)).toMatchObject({ intervalDays: 7, pressure: 'lighter' });
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'soreness-lasting', from: 7, to: 7 }));
  });

  test('mild soreness gone within a day changes nothing', () => {
    const fine = recommendFor(answersOf({ goal: 'posture', afterLastMassage: 'fine' }));
    const mild = recommendFor(answersOf({ goal: 'posture', afterLastMassage: 'mild' }));
    expect(mild).toEqual(fine);
  });

  test('a check-in with lasting soreness makes a fine start gentler', () => {
    const result = recommendFor(answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' }), weeklyCheckIns('lasting'));
    expect(summary(result)).toMatchObject({ intervalDays: rangeOf('posture').max, pressure: 'lighter' });
  });

  test('one fine check-in after lasting soreness keeps the gentler step', () => {
    const result = recommendFor(
      answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'lasting' }),
      weeklyCheckIns('fine'),
    );
    expect(summary(result)).toMatchObject({ intervalDays: rangeOf('posture').max, pressure: 'lighter' });
  });

  test('two fine check-ins after lasting soreness return to rule 2’s point and usual pressure, never beyond', () => {
    const answers = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'lasting' });
    const result = recommendFor(answers, weeklyCheckIns('fine', 'mild'));
    expect(summary(result)).toMatchObject({ intervalDays: 7, pressure: 'usual' });
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'stepped-back', days: 7 }));
    const more = recommendFor(answers, weeklyCheckIns('fine', 'fine', 'fine', 'fine'));
    expect(more.schedule?.intervalDays).toBe(7);
  });

  test('a person starting slowly moves to rule 2’s point after two fine check-ins', () => {
    const answers = answersOf({ goal: 'relaxation', afterLastMassage: 'none-recently' });
    const point = recommendFor({ ...answers, afterLastMassage: 'fine' }).schedule?.intervalDays;
    expect(recommendFor(answers, weeklyCheckIns('fine')).schedule?.intervalDays).toBe(rangeOf('relaxation').max);
    expect(recommendFor(answers, weeklyCheckIns('fine', 'fine')).schedule?.intervalDays).toBe(point);
  });

  test('bruising at a check-in pauses for 7 days from that check-in and says to tell the therapist', () => {
    const result = recommendFor(answersOf({ goal: 'posture' }), checkInsOf({ date: '2025-02-28', felt: 'bruising' }));
    expect(summary(result)).toMatchObject({
      outcome: 'plan',
      intervalDays: rangeOf('posture').max,
      pressure: 'lighter',
    });
    expect(result.pause).toEqual({ days: 7, since: '2025-02-28' });
    expect(cautionCodes(result)).toContain('tell-therapist');
  });

  test('bruising, fine, bruising is not two in a row: still a plan, gentler, paused', () => {
    const result = recommendFor(answersOf({ goal: 'relaxation' }), weeklyCheckIns('bruising', 'fine', 'bruising'));
    expect(summary(result)).toMatchObject({
      outcome: 'plan',
      intervalDays: rangeOf('relaxation').max,
      pressure: 'lighter',
    });
    expect(result.pause).toEqual({ days: 7, since: '2025-01-20' });
  });

  test('bruising in the questionnaire and at the next check-in is two in a row', () => {
    const result = recommendFor(answersOf({ afterLastMassage: 'bruising' }), weeklyCheckIns('bruising'));
    expect(result.outcome).toBe('professional');
  });

  test('the referral holds through lasting soreness and lifts at a later fine check-in, still gentler', () => {
    const answers = answersOf({ goal: 'relaxation' });
    expect(recommendFor(answers, weeklyCheckIns('bruising', 'bruising', 'lasting')).outcome).toBe('professional');
    const lifted = recommendFor(answers, weeklyCheckIns('bruising', 'bruising', 'fine'));
    expect(summary(lifted)).toMatchObject({
      outcome: 'plan',
      intervalDays: rangeOf('relaxation').max,
      pressure: 'lighter',
    });
    expect(lifted.pause).toBeNull();
  });

  test('a skipped session is not a report: it neither breaks nor adds to a streak', () => {
    const answers = answersOf({ goal: 'relaxation' });
    const checkIns = checkInsOf(
      { date: '2025-01-06', felt: 'bruising' },
      { date: '2025-01-13' },
      { date: '2025-01-20', felt: 'bruising' },
    );
    expect(recommendFor(answers, checkIns).outcome).toBe('professional');
  });

  test('check-ins count in date order, whatever order they are given in', () => {
    const answers = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' });
    const ordered = checkInsOf(
      { date: '2025-01-06', felt: 'lasting' },
      { date: '2025-01-13', felt: 'fine' },
      { date: '2025-01-20', felt: 'fine' },
    );
    const shuffled = [ordered[2], ordered[0], ordered[1]].filter((checkIn) => checkIn !== undefined);
    expect(recommendFor(answers, shuffled)).toEqual(recommendFor(answers, ordered));
    expect(recommendFor(answers, ordered).schedule?.intervalDays).toBe(7);
  });

  test('every report counts: a check-in on the day the questions were answered, or before it, too', () => {
    const answers = answersOf({
      goal: 'posture',
      lifestyle: 'mostly-sitting',
      afterLastMassage: 'fine',
      answeredOn: '2025-02-01',
    });
    expect(recommendFor(answers, checkInsOf({ date: '2025-02-01', felt: 'lasting' })).pressure).toBe('lighter');
    // Reported before the answers: "fine" in the questions is milder than the report, and never lifts it.
    expect(recommendFor(answers, checkInsOf({ date: '2025-01-20', felt: 'lasting' })).pressure).toBe('lighter');
    expect(recommendFor(answers, checkInsOf({ date: '2025-02-02', felt: 'lasting' })).pressure).toBe('lighter');
  });
});

describe('rule 4: chronic pain has phases', () => {
  const chronic = answersOf({ goal: 'chronic-pain', lifestyle: 'mixed' });

  test('chronic pain, then improving, then a setback', () => {
    expect(summary(recommendFor(chronic))).toMatchObject({ intervalDays: 7, phase: 'initial' });
    const improving = checkInsOf({ date: '2025-01-06', felt: 'fine', improving: true });
    expect(summary(recommendFor(chronic, improving))).toMatchObject({ intervalDays: 21, phase: 'maintenance' });
    const setback = checkInsOf(
      { date: '2025-01-06', felt: 'fine', improving: true },
      { date: '2025-01-27', felt: 'fine', improving: false },
    );
    const result = recommendFor(chronic, setback);
    expect(summary(result)).toMatchObject({ intervalDays: 7, phase: 'initial' });
    expect(codes(result)).toContain('chronic-setback');
  });

  test('improvement reported in the questionnaire starts in maintenance; a later “no” is a setback', () => {
    const answers = answersOf({ goal: 'chronic-pain', improving: true });
    expect(recommendFor(answers).schedule).toMatchObject({ phase: 'maintenance' });
    const result = recommendFor(answers, checkInsOf({ date: '2025-01-06', improving: false }));
    expect(result.schedule).toMatchObject({ phase: 'initial', intervalDays: 7, reviewAfterDays: 28 });
  });

  test('pain scores are recorded but no rule reads them', () => {
    const low = recommendFor(chronic, checkInsOf({ date: '2025-01-06', felt: 'fine', pain: 1 }));
    const high = recommendFor(chronic, checkInsOf({ date: '2025-01-06', felt: 'fine', pain: 9 }));
    expect(high).toEqual(low);
  });

  test('lasting soreness in maintenance: the less frequent end of maintenance, lighter', () => {
    const answers = answersOf({
      goal: 'chronic-pain',
      lifestyle: 'mostly-sitting',
      improving: true,
      afterLastMassage: 'lasting',
    });
    expect(summary(recommendFor(answers))).toMatchObject({
      intervalDays: phasesOf().maintenance.max,
      phase: 'maintenance',
      pressure: 'lighter',
    });
  });

  test('lasting soreness in the first weeks: once a week rather than twice', () => {
    const answers = answersOf({ goal: 'chronic-pain', lifestyle: 'mostly-sitting', afterLastMassage: 'lasting' });
    expect(summary(recommendFor(answers))).toMatchObject({
      intervalDays: phasesOf().initial.max,
      phase: 'initial',
      pressure: 'lighter',
    });
  });
});

describe('rule 5 and the safety screen: gates, tiers and the strictest wins', () => {
  test.each(['bladder-bowel-numbness', 'leg-weakness-worsening', 'back-pain-with-fever', 'swollen-leg'] as const)(
    'an urgent flag (%s) with any goal: urgent care first, no plan',
    (item) => {
      for (const goal of ['relaxation', 'chronic-pain', 'athletes', 'condition', 'posture'] as const) {
        const result = recommendFor(
          answersOf({ goal, safety: [item], clinicianAdvice: { kind: 'times-a-week', times: 2 } }),
        );
        expect(result.outcome).toBe('urgent');
        expect(result.schedule).toBeNull();
        expect(result.cautions[0]).toEqual({ code: 'urgent-care' });
      }
    },
  );

  test.each(['sciatica', 'herniated-disc', 'fibromyalgia', 'cancer-history-or-weight-loss', 'night-pain'] as const)(
    '%s gates the plan until a clinician’s advice is entered',
    (item) => {
      const gated = recommendFor(answersOf({ goal: 'posture', safety: [item] }));
      expect(gated).toMatchObject({ outcome: 'professional', schedule: null });
      expect(gated.reasons).toContainEqual(expect.objectContaining({ code: 'safety-item', item }));
      const advised = recommendFor(
        answersOf({ goal: 'posture', safety: [item], clinicianAdvice: { kind: 'times-a-week', times: 1 } }),
      );
      expect(advised.schedule).toEqual({
        source: 'clinician',
        advice: { kind: 'times-a-week', times: 1 },
        intervalDays: 7,
      });
    },
  );

  test('a fever or an illness: wait until well, then retake; no frequency, and no advice to enter', () => {
    const result = recommendFor(
      answersOf({ goal: 'posture', safety: ['fever-or-illness'], clinicianAdvice: { kind: 'times-a-week', times: 1 } }),
    );
    expect(result).toMatchObject({ outcome: 'wait', schedule: null, adviceEntry: null });
    expect(result.cautions[0]).toEqual({ code: 'wait-until-well' });
  });

  test.each(['recent-fracture-or-surgery', 'wounds-or-burns', 'severe-osteoporosis', 'bleeding-disorder'] as const)(
    '%s: no plan until a doctor has cleared them; then their advice, with lighter pressure unless they allowed usual',
    (item) => {
      const advice = { kind: 'times-a-week', times: 1 } as const;
      const unasked = recommendFor(answersOf({ goal: 'posture', safety: [item] }));
      expect(unasked).toMatchObject({ outcome: 'professional', schedule: null, adviceEntry: null });
      expect(unasked.cautions[0]).toEqual({ code: 'get-cleared' });
      const notCleared = recommendFor(
        answersOf({ goal: 'posture', safety: [item], cleared: false, clinicianAdvice: advice }),
      );
      expect(notCleared).toMatchObject({ outcome: 'professional', schedule: null });
      expect(codes(notCleared)).toContain('not-cleared');

      const clearedNoAdvice = recommendFor(answersOf({ goal: 'posture', safety: [item], cleared: true }));
      expect(clearedNoAdvice).toMatchObject({ outcome: 'professional', adviceEntry: { asksPressure: true } });
      const cleared = recommendFor(
        answersOf({ goal: 'posture', safety: [item], cleared: true, clinicianAdvice: advice }),
      );
      expect(cleared).toMatchObject({
        outcome: 'plan',
        pressure: 'lighter',
        schedule: { source: 'clinician', advice },
      });
      expect(cleared.reasons).toContainEqual(
        expect.objectContaining({ code: 'clinician-pressure', pressure: 'lighter' }),
      );
      const usual = recommendFor(
        answersOf({ goal: 'posture', safety: [item], cleared: true, clinicianAdvice: advice, usualPressure: true }),
      );
      expect(usual).toMatchObject({ outcome: 'plan', pressure: 'usual' });
      expect(usual.reasons).toContainEqual(expect.objectContaining({ code: 'clinician-pressure', pressure: 'usual' }));
    },
  );

  test.each(['blood-thinners', 'cancer-treatment', 'pregnancy'] as const)(
    '%s keeps the guide’s plan with lighter pressure and “check with your clinician first” as the first caution',
    (item) => {
      const result = recommendFor(answersOf({ goal: 'relaxation', safety: [item] }));
      expect(summary(result)).toMatchObject({ outcome: 'plan', intervalDays: 21, pressure: 'lighter' });
      expect(result.cautions[0]).toEqual({ code: 'check-with-clinician-first', items: [item] });
    },
  );

  test('several flags: the strictest wins, and each is named', () => {
    const result = recommendFor(answersOf({ safety: ['pregnancy', 'sciatica', 'swollen-leg'] }));
    expect(result.outcome).toBe('urgent');
    const gated = recommendFor(answersOf({ safety: ['pregnancy', 'sciatica'] }));
    expect(gated).toMatchObject({ outcome: 'professional', pressure: 'lighter' });
    expect(gated.reasons.filter((reason) => reason.code === 'safety-item')).toHaveLength(2);
  });

  test('a clinician’s advice is never made more frequent or less frequent by soreness; pressure and pause still apply', () => {
    const advice = { kind: 'times-a-week', times: 3 } as const;
    const result = recommendFor(
      answersOf({ goal: 'condition', clinicianAdvice: advice }),
      checkInsOf({ date: '2025-01-06', felt: 'bruising' }),
    );
    expect(result.schedule).toEqual({ source: 'clinician', advice, intervalDays: 7 / 3 });
    expect(result.pressure).toBe('lighter');
    expect(result.pause).toEqual({ days: 7, since: '2025-01-06' });
  });

  test('bruising twice in a row refers even a clinician-advised plan back to the professional', () => {
    const answers = answersOf({ goal: 'condition', clinicianAdvice: { kind: 'every-weeks', weeks: 1 } });
    expect(recommendFor(answers, weeklyCheckIns('bruising', 'bruising')).outcome).toBe('professional');
  });

  test('a condition with a light-pressure flag and advice: the clinician’s plan, lighter pressure', () => {
    const result = recommendFor(
      answersOf({ goal: 'condition', safety: ['blood-thinners'], clinicianAdvice: { kind: 'every-weeks', weeks: 3 } }),
    );
    expect(summary(result)).toMatchObject({
      outcome: 'plan',
      intervalDays: 21,
      phase: 'clinician',
      pressure: 'lighter',
    });
  });

  test('a condition never gets the guide’s session length or a lifestyle option', () => {
    const result = recommendFor(
      answersOf({ goal: 'condition', lifestyle: 'physical-job', clinicianAdvice: { kind: 'every-weeks', weeks: 4 } }),
    );
    expect(result.sessionMinutes).toBeNull();
    expect(result.lifestyleOption).toBeNull();
  });
});

describe('rule 7: every recommendation explains itself', () => {
  test('each reason carries the sources it rests on', () => {
    const result = recommendFor(
      answersOf({ goal: 'chronic-pain', safety: ['pregnancy'], afterLastMassage: 'lasting' }),
    );
    for (const reason of result.reasons) expect(reason.sources.length).toBeGreaterThan(0);
    expect(result.reasons).toContainEqual(expect.objectContaining({ code: 'safety-item', sources: ['nccih'] }));
  });
});
