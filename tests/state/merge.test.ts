/**
 * The merge of two tabs' saved timelines (`mergeSaved`) is a join: whatever order the copies meet in, and however
 * often, they come to the same timeline, with every entry either had unless deleted, the later correction of each,
 * and one report per planned session. `addsTo` says exactly when a merge would change the other copy.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { CheckIn } from '../../src/domain/answers';
import { addsTo, mergeSaved } from '../../src/state/saved-data';
import { EMPTY_PLANNER, type SavedPlanner } from '../../src/state/saved-shape';
import { isoDate } from '../domain/fixtures';

const FELT = ['fine', 'mild', 'lasting', 'bruising'] as const;

/**
 * Check-ins as tabs make them: an id names one entry (its date, seq and plan never change); a correction changes
 * what it says and stamps it later (`edited`, unique per correction, as the store's clock makes it).
 */
const entry = fc
  .record({
    id: fc.integer({ min: 0, max: 12 }),
    edit: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
  })
  .map(({ id, edit }): CheckIn => {
    // Some report a planned session: c0 and c6 the same one, c3 and c9 another.
    const planned = id % 3 === 0;
    const day = String(1 + (id % 6)).padStart(2, '0');
    return {
      id: `c${String(id)}`,
      seq: 1000 + id,
      date: isoDate(`2026-11-${day}`),
      happened: true,
      // What a correction says follows from the correction, so one stamp always means one content.
      felt: FELT[(edit ?? 0) % 4] ?? 'fine',
      ...(edit === undefined ? {} : { edited: 1_000_000 + id * 10 + edit }),
      ...(planned ? { planned: isoDate(`2026-11-${day}`) } : {}),
    };
  });

/** A copy as a tab holds it (its entries merged: in order, one per id and planned session), some deleted. */
const copyDeleting = (deletable: readonly string[]) =>
  fc
    .record({ checkIns: fc.array(entry, { maxLength: 8 }), deleted: fc.subarray([...deletable]) })
    .map(({ checkIns, deleted }): SavedPlanner =>
      mergeSaved({ ...EMPTY_PLANNER, checkIns: [] }, { ...EMPTY_PLANNER, checkIns, deletedCheckIns: deleted }),
    );
/**
 * Deleting the answer that stood for a planned session can let another tab's answer to it stand instead, or not,
 * depending on which copies met first (either way the tabs settle on one: two-tabs.test.ts); so the algebra is
 * checked with deletions of unplanned check-ins, and the rest with any.
 */
const copy = copyDeleting(['c1', 'c4', 'c7', 'c10']);
const anyCopy = copyDeleting(['c0', 'c1', 'c3', 'c4', 'c6', 'c7', 'c9', 'c10']);

/** The part of a copy two tabs must agree on. */
const timeline = (state: SavedPlanner) => ({
  checkIns: state.checkIns,
  deleted: [...state.deletedCheckIns].sort(),
});

describe('merging two tabs’ saved timelines', () => {
  test('property: the same timeline whatever the order, grouping or repetition of the merges', () => {
    fc.assert(
      fc.property(copy, copy, copy, (a, b, c) => {
        const ab = mergeSaved(a, b);
        expect(timeline(ab)).toEqual(timeline(mergeSaved(b, a)));
        expect(timeline(mergeSaved(ab, c))).toEqual(timeline(mergeSaved(a, mergeSaved(b, c))));
        expect(timeline(mergeSaved(ab, ab))).toEqual(timeline(ab));
        expect(timeline(mergeSaved(ab, a))).toEqual(timeline(ab));
      }),
      { numRuns: 2000 },
    );
  });

  test('property: nothing lost but what either deleted or a later answer to the same session replaced', () => {
    fc.assert(
      fc.property(anyCopy, anyCopy, (a, b) => {
        const merged = mergeSaved(a, b);
        const gone = new Set([...a.deletedCheckIns, ...b.deletedCheckIns]);
        for (const one of [...a.checkIns, ...b.checkIns]) {
          const kept = merged.checkIns.find((other) => other.id === one.id);
          if (gone.has(one.id)) expect(kept).toBeUndefined();
          else if (kept === undefined) {
            // Replaced: another answer to the same planned session, entered or corrected later, stands.
            const standing = merged.checkIns.find((other) => other.planned === one.planned);
            expect(one.planned).toBeDefined();
            expect((standing?.edited ?? standing?.seq ?? 0) >= (one.edited ?? one.seq)).toBe(true);
          } else expect(kept.edited ?? 0).toBeGreaterThanOrEqual(one.edited ?? 0);
        }
        const planned = merged.checkIns.flatMap((one) => (one.planned === undefined ? [] : [one.planned]));
        expect(new Set(planned).size).toBe(planned.length);
        expect(merged.checkIns.map((one) => one.date)).toEqual(merged.checkIns.map((one) => one.date).sort());
      }),
      { numRuns: 2000 },
    );
  });

  test('property: addsTo is true exactly when merging would change the other copy’s timeline', () => {
    fc.assert(
      fc.property(anyCopy, anyCopy, (ours, theirs) => {
        const changes = JSON.stringify(timeline(mergeSaved(theirs, ours))) !== JSON.stringify(timeline(theirs));
        expect(addsTo(ours, theirs)).toBe(changes);
        // Once merged, neither side has anything to add.
        const merged = mergeSaved(ours, theirs);
        expect(addsTo(ours, merged)).toBe(false);
        expect(addsTo(theirs, merged)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  test('a correction made later wins in both tabs, whichever tab made it', () => {
    const original: CheckIn = { id: 'c1', seq: 1, date: isoDate('2026-11-02'), happened: true, felt: 'fine' };
    const corrected: CheckIn = { ...original, felt: 'bruising', edited: 5 };
    const ours = { ...EMPTY_PLANNER, checkIns: [original] };
    const theirs = { ...EMPTY_PLANNER, checkIns: [corrected] };
    expect(mergeSaved(ours, theirs).checkIns).toEqual([corrected]);
    expect(mergeSaved(theirs, ours).checkIns).toEqual([corrected]);
  });
});
