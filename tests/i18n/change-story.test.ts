/**
 * Every change the engine can produce, worded: the sequence walk's timelines (check-ins of every kind, retakes,
 * advice, setbacks) replayed, and each event that changed something told in both languages, with a next date and
 * without. Each is one or two whole sentences: a capital first letter, a full stop, no placeholder, no arrow.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { changeStory, type ChangeCause, type ChangeStory } from '../../src/domain/change-story';
import { GUIDE } from '../../src/domain/guide';
import { replayTimeline } from '../../src/domain/history';
import { createDescriber, type Catalog } from '../../src/i18n/describe';
import { es } from '../../src/i18n/es';
import { esResult } from '../../src/i18n/es-result';
import { isoDate } from '../domain/fixtures';
import { sequenceArbitrary, walkSequence } from '../domain/sequences';
import { ENGLISH } from './whole-catalogs';

const LANGUAGES = [
  ['English', createDescriber(ENGLISH, 'en-GB')],
  ['Spanish', createDescriber({ ...es, ...esResult } satisfies Catalog, 'es-ES')],
] as const;

const CAUSES: readonly ChangeCause[] = [
  'bruising-twice',
  'bruising',
  'soreness-lasting',
  'pain-worse',
  'pain-improving',
  'went-well',
  'massage',
  'advice',
  'answers',
];

/** What is wrong with a told change, if anything. */
function sentenceProblems(sentences: readonly string[]): string[] {
  const found: string[] = [];
  if (sentences.length < 1 || sentences.length > 2) found.push(`${String(sentences.length)} sentences`);
  for (const sentence of sentences) {
    if (/\{\w+\}|undefined|NaN|null|\[object/.test(sentence)) found.push(`a hole: ${sentence}`);
    if (/→|->/.test(sentence)) found.push(`an arrow: ${sentence}`);
    if (!/^\p{Lu}/u.test(sentence)) found.push(`a lowercase start: ${sentence}`);
    if (!/[.!]$/.test(sentence)) found.push(`no full stop: ${sentence}`);
  }
  return found;
}

describe('every change the engine can produce reads as one or two plain sentences', () => {
  test('over 3,000 walked timelines, in English and Spanish, with and without the next date', () => {
    const seen = new Map<string, ChangeStory>();
    fc.assert(
      fc.property(sequenceArbitrary, (sequence) => {
        const { timeline, today } = walkSequence(sequence);
        for (const entry of replayTimeline(timeline, GUIDE, today)) {
          const story = changeStory(entry);
          if (story === null) continue;
          seen.set(JSON.stringify({ ...story, sources: [] }), story);
        }
      }),
      // A fixed seed: the same 3,000 timelines each run, which reach every cause (about 1.4 s).
      { numRuns: 3000, seed: 17 },
    );
    const causes = new Set([...seen.values()].map((story) => story.cause));
    const steps = new Set([...seen.values()].map((story) => story.step.kind));
    // The walk reaches every cause a check-in, a retake or advice can have, and every next step.
    expect(causes).toEqual(new Set(CAUSES));
    expect(steps).toEqual(new Set(['plan', 'professional', 'urgent', 'wait']));
    for (const story of seen.values()) {
      expect(story.sources.length).toBeGreaterThan(0);
      for (const next of [null, isoDate('2025-03-04')]) {
        const [english, spanish] = LANGUAGES.map(([, words]) => words.story(story, next));
        expect(sentenceProblems(english ?? []), JSON.stringify(story)).toEqual([]);
        expect(sentenceProblems(spanish ?? []), JSON.stringify(story)).toEqual([]);
        expect(spanish).not.toEqual(english);
      }
    }
  });

  test('the check finds a hole, an arrow, a lowercase start, a missing stop and too many sentences', () => {
    expect(sentenceProblems(['every week → every 2 weeks', 'Wait {days} days.', 'One.'])).toEqual([
      '3 sentences',
      'an arrow: every week → every 2 weeks',
      'a lowercase start: every week → every 2 weeks',
      'no full stop: every week → every 2 weeks',
      'a hole: Wait {days} days.',
    ]);
  });
});
