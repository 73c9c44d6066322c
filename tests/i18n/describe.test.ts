import { describe, expect, test } from 'vitest';
import { changeStory } from '../../src/domain/change-story';
import { replayTimeline } from '../../src/domain/history';
import { GUIDE, ROW_IDS, SAFETY_TIERS, type RowId } from '../../src/domain/guide';
import { SOURCE_IDS } from '../../src/domain/sources';
import { recommendFromState, type Recommendation } from '../../src/domain/recommend';
import { readTimeline, type Timeline } from '../../src/domain/timeline';
import { createDescriber, fill } from '../../src/i18n/describe';
import { ENGLISH } from './whole-catalogs';
import {
  WORDING_GUIDE,
  answersOf,
  isoDate,
  lastDayOf,
  recommendFor,
  timelineOf,
  weeklyCheckIns,
  type TestAnswers,
} from '../domain/fixtures';

/** The state one submission of these answers adds up to. */
function stateOf(answers: TestAnswers) {
  const reading = readTimeline(timelineOf(answers), '2099-01-01' as never);
  if (reading === null) throw new Error('no answers');
  return reading.state;
}
import { everyAnswer } from '../domain/combinations';

const words = createDescriber(ENGLISH, 'en-GB');

test.each([
  [3.5, 'twice a week'],
  [7 / 3, '3 times a week'],
  [7, 'every week'],
  [14, 'every 2 weeks'],
  [84, 'every 12 weeks'],
])('%s days between sessions reads “%s”', (days, text) => {
  expect(words.interval(days)).toBe(text);
});

test.each<[RowId, string]>([
  ['relaxation', 'every 2 to 4 weeks'],
  ['chronic-pain', '1 to 2 times a week at first; as the pain improves, every 2 to 3 weeks to maintain'],
  ['athletes', 'weekly'],
  ['condition', 'as a doctor or physical therapist advises'],
  ['posture', 'every 1 to 2 weeks'],
])('the %s row reads exactly as the guide states it: %s', (row, text) => {
  expect(words.rowFrequency(GUIDE.rows[row].frequency)).toBe(text);
});

describe('reasons and cautions in plain words', () => {
  test('posture while sitting, soreness lasting: the reasons a person reads', () => {
    const result = recommendFor(
      answersOf({ goal: 'posture', lifestyle: 'mostly-sitting', afterLastMassage: 'lasting' }),
      [],
      WORDING_GUIDE,
    );
    expect(result.reasons.map(words.reason)).toEqual([
      'The guide says every 1 to 2 weeks for “Posture-related stiffness (desk workers)”.',
      'Your lifestyle (mostly sitting) strains your back, so every week, the more frequent end.',
      'Soreness lasted more than a day, so sessions are spaced out from every week to every 2 weeks, with lighter pressure.',
    ]);
  });

  test('urgent care names the emergency numbers first', () => {
    const result = recommendFor(answersOf({ safety: ['swollen-leg'] }));
    expect(words.caution(result.cautions[0] ?? { code: 'self-care' })).toContain(
      '112 in most of Europe, 911 in the US and Canada, 999 in the UK',
    );
  });

  test('a light-pressure flag names the items in the first caution', () => {
    const result = recommendFor(answersOf({ safety: ['blood-thinners', 'pregnancy'] }));
    expect(words.caution(result.cautions[0] ?? { code: 'self-care' })).toBe(
      'Check with your clinician before your next massage, because of: Taking blood thinners and Pregnant. Ask for lighter pressure.',
    );
  });

  test('a shared link without the items: the reasons and the caution name no item, and still say what to do', () => {
    const full = answersOf({ safety: ['sciatica', 'pregnancy'], clinicianAdvice: { kind: 'every-weeks', weeks: 2 } });
    const answers = { ...full, safety: [] };
    const result = recommendFromState(answers, stateOf(full), GUIDE, ['refer', 'light-pressure']);
    expect(result.reasons.map(words.reason)).toContain(
      'One of the health checks (not shown in this link) means a doctor or physical therapist should advise how often.',
    );
    expect(words.caution(result.cautions[0] ?? { code: 'self-care' })).toBe(
      'Check with your clinician before your next massage, because of one of the health checks. Ask for lighter pressure.',
    );
    for (const tier of SAFETY_TIERS) {
      const withheld = recommendFromState(answers, stateOf(answers), GUIDE, [tier]);
      for (const reason of withheld.reasons) expect(words.reason(reason)).not.toMatch(/\{\w+\}|undefined/);
    }
  });

  test('every reason and caution of the whole walk has words, with no placeholder left unfilled', () => {
    const seen = new Set<string>();
    const results: Recommendation[] = [];
    for (const answers of everyAnswer())
      results.push(recommendFor(answers), recommendFor(answers, weeklyCheckIns('lasting', 'fine', 'fine')));
    for (const result of results) {
      for (const text of [...result.reasons.map(words.reason), ...result.cautions.map(words.caution)]) {
        if (seen.has(text)) continue;
        seen.add(text);
        expect(text).not.toMatch(/\{\w+\}|undefined|NaN|\[object/);
        expect(text.length).toBeGreaterThan(10);
      }
    }
    expect(seen.size).toBeGreaterThan(40);
  });

  test('every source is said in plain words, a published one with a citation a person can look up', () => {
    expect(words.source('guide')).toBe('the guide');
    expect(words.source('sherman-2014')).toBe(
      'a study of 228 people with long-term neck pain (Sherman et al., Ann Fam Med, 2014)',
    );
    expect(words.fromSources(['guide', 'cherkin-2011'])).toBe(
      'From the guide and a study of 401 people with long-term low back pain (Cherkin et al., Ann Intern Med, 2011).',
    );
    for (const id of SOURCE_IDS) expect(words.source(id)).not.toMatch(/\{|undefined|^[A-Z][a-z]+ et al\./);
  });

  test('every row has a name and the guide’s reason', () => {
    for (const row of ROW_IDS) {
      expect(ENGLISH[`row.${row}.name`].length).toBeGreaterThan(5);
      expect(ENGLISH[`row.${row}.why`].length).toBeGreaterThan(5);
    }
  });
});

describe('what changed, in plain sentences led by what to do next', () => {
  const posture = answersOf({ goal: 'posture', lifestyle: 'mostly-sitting' });

  /** The story of the last event of this timeline, worded, with the next session on `next`. */
  function lastStory(timeline: Timeline, next: string | null = null, guide = WORDING_GUIDE) {
    const entry = replayTimeline(timeline, guide, lastDayOf(timeline)).at(-1);
    const story = entry === undefined ? null : changeStory(entry);
    if (story === null) throw new Error('the last event changed nothing');
    return { story, sentences: words.story(story, next === null ? null : isoDate(next)) };
  }

  test('lasting soreness: the date it moves to, then lighter pressure', () => {
    const { sentences, story } = lastStory(timelineOf(posture, weeklyCheckIns('lasting')), '2025-01-20');
    expect(sentences).toEqual([
      'Because the soreness lasted more than a day, your next massage moves to Mon 20 January.',
      'Ask for lighter pressure.',
    ]);
    expect(story.sources.length).toBeGreaterThan(0);
  });

  test('the same change in the history, where no next date is said', () => {
    expect(lastStory(timelineOf(posture, weeklyCheckIns('lasting'))).sentences[0]).toBe(
      'Because the soreness lasted more than a day, you now book every 2 weeks.',
    );
  });

  test('a referral after bruising twice: see a professional, and the dates on hold', () => {
    expect(lastStory(timelineOf(posture, weeklyCheckIns('bruising', 'bruising')), null, GUIDE).sentences).toEqual([
      'Because your back bruised after the last two massages, see a doctor or physical therapist before your next massage.',
      'Your dates are on hold until then. Enter what they advise and your plan comes back.',
    ]);
  });

  test('fine after lasting soreness: usual pressure again, said as such', () => {
    const { sentences } = lastStory(timelineOf(posture, weeklyCheckIns('lasting', 'fine', 'fine')), '2025-01-27');
    expect(sentences.join(' ')).toMatch(/^Because your last massage went well, /);
    expect(sentences.join(' ')).toMatch(/usual pressure again\./);
  });
});

test('placeholders without a value stay visible rather than vanish', () => {
  expect(fill('every {weeks} weeks', {})).toBe('every {weeks} weeks');
  expect(fill('every {weeks} weeks', { weeks: 3 })).toBe('every 3 weeks');
});
