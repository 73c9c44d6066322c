/**
 * What an event changed, as the person needs it: why (the cause), then what they do next (see a professional,
 * book on a new date, ask for lighter pressure, or nothing new). The catalog words it in one or two sentences
 * (`Describer.story`); the sources of the cause are one tap away. Pure.
 */
import type { SourceId } from './sources';
import type { HistoryEntry } from './history';
import type { Pressure, Reason, ReasonCode } from './recommend';

/** Why the recommendation changed, in the person's terms. */
export type ChangeCause =
  | 'bruising-twice'
  | 'bruising'
  | 'soreness-lasting'
  | 'pain-worse'
  | 'pain-improving'
  | 'went-well'
  | 'massage'
  | 'advice'
  | 'answers';

/** What the person does next. */
export type ChangeStep =
  | { readonly kind: 'urgent' | 'wait' | 'professional' }
  | {
      readonly kind: 'plan';
      /** A plan again, after a referral, a wait or urgent care. */
      readonly isBack: boolean;
      /** Do the dates change (another interval, or a pause that starts or ends)? */
      readonly datesMove: boolean;
      readonly intervalDays: number;
      /** The pressure now, when it changed; null when it stayed. */
      readonly pressure: Pressure | null;
      /** About this many minutes a session, when that is new. */
      readonly sessionMinutes: number | null;
      /** A wait that starts: at least this many days before the next massage. */
      readonly pauseDays: number | null;
    };

export interface ChangeStory {
  readonly cause: ChangeCause;
  readonly step: ChangeStep;
  /** What the cause rests on: the new reasons' sources, or the guide. */
  readonly sources: readonly SourceId[];
}

const REASON_OF_CAUSE: Partial<Record<ChangeCause, ReasonCode>> = {
  'bruising-twice': 'bruising-twice',
  bruising: 'soreness-bruising',
  'soreness-lasting': 'soreness-lasting',
  'pain-worse': 'chronic-setback',
  'pain-improving': 'chronic-improving',
  'went-well': 'stepped-back',
};

/**
 * Why, from the event itself first: what the massage felt like (bruising before all), then what the pain did; a
 * massage that went well is also what lifts a referral. A skipped session changes nothing the engine recommends
 * (docs/rules.md), so a check-in that changed something was a massage.
 */
function causeOf(entry: HistoryEntry, because: readonly Reason[]): ChangeCause {
  const { event, before, recommendation: after } = entry;
  if (event.kind === 'answers') return 'answers';
  if (event.kind === 'advice') return 'advice';
  const has = (code: ReasonCode) => because.some((reason) => reason.code === code);
  const felt = event.entry.happened ? event.entry.felt : null;
  if (felt === 'bruising') return has('bruising-twice') ? 'bruising-twice' : 'bruising';
  if (felt === 'lasting') return 'soreness-lasting';
  if (before?.outcome !== 'plan' && after?.outcome === 'plan') return 'went-well';
  if (has('chronic-setback')) return 'pain-worse';
  if (has('chronic-improving')) return 'pain-improving';
  return felt === 'fine' || has('stepped-back') ? 'went-well' : 'massage';
}

/**
 * The story of a history entry that changed something; null when it changed nothing (or there was nothing
 * before it). The person's next step comes from the recommendation after the event.
 */
export function changeStory(entry: HistoryEntry): ChangeStory | null {
  const { change, before, recommendation: after } = entry;
  if (change === null || change.changes.length === 0 || before === null || after === null) return null;
  // Without a plan, only a change of outcome is something to act on: the pressure of a massage not to book isn't.
  if (after.outcome !== 'plan' && before.outcome === after.outcome) return null;
  const cause = causeOf(entry, change.because);
  const reason = change.because.find((one) => one.code === REASON_OF_CAUSE[cause]);
  const sources: readonly SourceId[] =
    reason?.sources ?? [...new Set(change.because.flatMap((one) => one.sources))].slice(0, 3);
  const withSources = (step: ChangeStep): ChangeStory => ({
    cause,
    step,
    sources: sources.length === 0 ? ['guide'] : sources,
  });
  if (after.outcome !== 'plan' || after.schedule === null) {
    return withSources({ kind: after.outcome === 'plan' ? 'professional' : after.outcome });
  }
  const codes = new Set(change.changes.map((one) => one.code));
  const lengthChange = change.changes.find((one) => one.code === 'session-length');
  return withSources({
    kind: 'plan',
    isBack: before.outcome !== 'plan',
    datesMove: codes.has('interval') || codes.has('pause') || codes.has('outcome'),
    intervalDays: after.schedule.intervalDays,
    pressure: codes.has('pressure') ? after.pressure : null,
    sessionMinutes: lengthChange?.code === 'session-length' ? lengthChange.to : null,
    pauseDays: codes.has('pause') && after.pause !== null ? after.pause.days : null,
  });
}
