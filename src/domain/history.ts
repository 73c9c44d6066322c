/**
 * The timeline replayed: after each event, the recommendation it led to and what it changed. The history screen
 * words it; the check-in and the retake show the change their own event made. Pure, like the rest of the engine.
 */
import { describeChange, type ChangeSummary } from './change';
import type { IsoDate } from './dates';
import type { Guide } from './guide';
import { recommendFromState, type Recommendation } from './recommend';
import { createTimelineReader, eventsOf, type Timeline, type TimelineEvent } from './timeline';

export interface HistoryEntry {
  readonly event: TimelineEvent;
  /** The recommendation before this event; null when there was none. */
  readonly before: Recommendation | null;
  /** The recommendation after this event; null before the first submission. */
  readonly recommendation: Recommendation | null;
  /** What this event changed in the recommendation; null when there was none before it. */
  readonly change: ChangeSummary | null;
}

/** Every event counted on `today`, oldest first, with the recommendation after it and what it changed. */
export function replayTimeline(timeline: Timeline, guide: Guide, today: IsoDate): readonly HistoryEntry[] {
  const reader = createTimelineReader();
  const entries: HistoryEntry[] = [];
  let before: Recommendation | null = null;
  for (const event of eventsOf(timeline, today)) {
    reader.add(event);
    const reading = reader.reading();
    const after = reading === null ? null : recommendFromState(reading.answers, reading.state, guide);
    entries.push({
      event,
      before,
      recommendation: after,
      change: before === null || after === null ? null : describeChange(before, after),
    });
    before = after;
  }
  return entries;
}
