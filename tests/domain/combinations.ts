import type { Answers } from '../../src/domain/answers';
import { FEELINGS, LIFESTYLES, ROW_IDS, SAFETY_ITEMS, SAFETY_ITEM_TIER, type SafetyItem } from '../../src/domain/guide';

/** Safety answers of the walk: none, and each single item. */
const SAFETY_CHOICES: readonly (readonly SafetyItem[])[] = [[], ...SAFETY_ITEMS.map((item) => [item])];
const IMPROVING = [undefined, true, false] as const;
const ADVICE = [undefined, { kind: 'times-a-week', times: 3 } as const, { kind: 'every-weeks', weeks: 2 } as const];
/** For a not-until-cleared item: not asked yet, not cleared, cleared, and cleared with usual pressure allowed. */
const CLEARANCE = [{}, { cleared: false }, { cleared: true }, { cleared: true, usualPressure: true }] as const;

/**
 * Every combination of goal, lifestyle, how they felt, improving, safety (none and each item; the four
 * not-until-cleared items with each answer to "cleared?" and "usual pressure?") and clinician advice (none, the
 * most frequent, one every 2 weeks): 5 × 4 × 5 × 3 × (14 + 4 × 4) × 3 = 27,000 answers, all valid.
 */
export function* everyAnswer(): Generator<Answers> {
  for (const goal of ROW_IDS)
    for (const lifestyle of LIFESTYLES)
      for (const afterLastMassage of FEELINGS)
        for (const improving of IMPROVING)
          for (const safety of SAFETY_CHOICES)
            for (const clearance of safety.some((item) => SAFETY_ITEM_TIER[item] === 'not-until-cleared')
              ? CLEARANCE
              : CLEARANCE.slice(0, 1))
              for (const clinicianAdvice of ADVICE) {
                yield {
                  goal,
                  lifestyle,
                  afterLastMassage,
                  safety: [...safety],
                  ...(improving === undefined ? {} : { improving }),
                  ...clearance,
                  ...(clinicianAdvice === undefined ? {} : { clinicianAdvice }),
                };
              }
}
