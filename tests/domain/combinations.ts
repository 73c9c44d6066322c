import type { Answers } from '../../src/domain/answers';
import { FEELINGS, LIFESTYLES, ROW_IDS, SAFETY_ITEMS, type SafetyItem } from '../../src/domain/guide';

/** Safety answers of the walk: none, and each single item. */
export const SAFETY_CHOICES: readonly (readonly SafetyItem[])[] = [[], ...SAFETY_ITEMS.map((item) => [item])];
const IMPROVING = [undefined, true, false] as const;
const ADVICE = [undefined, { kind: 'times-a-week', times: 3 } as const, { kind: 'every-weeks', weeks: 2 } as const];

/**
 * Every combination of goal, lifestyle, how they felt, improving, safety (none and each item) and clinician
 * advice (none, the most frequent, one every 2 weeks): 5 × 4 × 5 × 3 × 18 × 3 = 16,200 answers, all valid.
 */
export function* everyAnswer(): Generator<Answers> {
  for (const goal of ROW_IDS)
    for (const lifestyle of LIFESTYLES)
      for (const afterLastMassage of FEELINGS)
        for (const improving of IMPROVING)
          for (const safety of SAFETY_CHOICES)
            for (const clinicianAdvice of ADVICE) {
              yield {
                goal,
                lifestyle,
                afterLastMassage,
                safety: [...safety],
                ...(improving === undefined ? {} : { improving }),
                ...(clinicianAdvice === undefined ? {} : { clinicianAdvice }),
              };
            }
}
