import {
  parseAnswers,
  parseCheckIns,
  type AdviceEntry,
  type Answers,
  type CheckIn,
  type ClinicianAdvice,
  type Submission,
} from '../../src/domain/answers';
import { addDays, parseIsoDate, type IsoDate } from '../../src/domain/dates';
import { GUIDE, type DayRange, type Guide } from '../../src/domain/guide';
import { recommend, type Recommendation } from '../../src/domain/recommend';
import type { Timeline } from '../../src/domain/timeline';

/** The day test answers were given unless a test says otherwise. */
const ANSWERED_ON = '2025-01-01' as IsoDate;

/** Test answers, and (for the timeline's submission) the day they were given. */
export type TestAnswers = Answers & { readonly answeredOn?: IsoDate };

/**
 * Parses answers through the real boundary, so tests only ever feed the engine what a form could. `answeredOn`
 * is not an answer: it stays beside them, for the submission a timeline makes of them (`timelineOf`).
 */
export function answersOf(input: Partial<Record<keyof Answers | 'answeredOn', unknown>>): TestAnswers {
  const { answeredOn, ...answers } = input;
  const result = parseAnswers({
    lifestyle: 'mixed',
    afterLastMassage: 'fine',
    safety: [],
    goal: 'relaxation',
    ...answers,
  });
  if (!result.success) throw new Error(`test answers do not parse: ${JSON.stringify(result.problems)}`);
  if (answeredOn === undefined) return result.data;
  if (typeof answeredOn !== 'string') throw new Error('answeredOn is a YYYY-MM-DD date');
  return { ...result.data, answeredOn: isoDate(answeredOn) };
}

/** The answers alone, as a submission holds them. */
export function withoutDate(answers: TestAnswers): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([key]) => key !== 'answeredOn')) as Answers;
}

/** A submission of these answers on their day (`ANSWERED_ON` unless they say), entered in `seq` order. */
export function submissionOf(answers: TestAnswers, seq = 0, id = `s${String(seq)}`): Submission {
  return { id, seq, date: answers.answeredOn ?? ANSWERED_ON, answers: withoutDate(answers) };
}

/** Advice entered on `date`. */
export function adviceOf(
  advice: ClinicianAdvice,
  date: string,
  { usualPressure = false, seq = 1000 }: { readonly usualPressure?: boolean; readonly seq?: number } = {},
): AdviceEntry {
  return { id: `a${String(seq)}`, seq, date: isoDate(date), advice, usualPressure };
}

/** One submission of `answers`, then the check-ins and advice. */
export function timelineOf(
  answers: TestAnswers,
  checkIns: readonly CheckIn[] = [],
  advice: readonly AdviceEntry[] = [],
): Timeline {
  return { submissions: [submissionOf(answers)], checkIns, advice };
}

/** The last day anything in the timeline happened: today, for a test that wants every event to count. */
export function lastDayOf(timeline: Timeline): IsoDate {
  const dates = [...timeline.submissions, ...timeline.checkIns, ...timeline.advice].map((entry) => entry.date);
  return dates.reduce((latest, date) => (date > latest ? date : latest), ANSWERED_ON);
}

/** The recommendation after these answers and check-ins, on the day of the last of them. */
export function recommendFor(
  answers: TestAnswers,
  checkIns: readonly CheckIn[] = [],
  guide: Guide = GUIDE,
): Recommendation {
  const timeline = timelineOf(answers, checkIns);
  const result = recommend(timeline, guide, lastDayOf(timeline));
  if (result === null) throw new Error('no recommendation');
  return result;
}

type CheckInInput = {
  date: string;
  felt?: 'fine' | 'mild' | 'lasting' | 'bruising';
  improving?: boolean;
  pain?: number;
  planned?: string;
};

/** Check-ins from short descriptions, entered in the order given (after the answers); without `felt` the session did not happen. */
export function checkInsOf(...inputs: CheckInInput[]): CheckIn[] {
  const result = parseCheckIns(
    inputs.map((input, index) =>
      input.felt === undefined
        ? { id: `c${String(index)}`, seq: index + 1, happened: false, ...input }
        : { id: `c${String(index)}`, seq: index + 1, happened: true, ...input },
    ),
  );
  if (!result.success) throw new Error(`test check-ins do not parse: ${JSON.stringify(result.problems)}`);
  return result.data;
}

/** Consecutive weekly check-ins from 2025-01-06, one per soreness given. */
export function weeklyCheckIns(...felt: ('fine' | 'mild' | 'lasting' | 'bruising')[]): CheckIn[] {
  return checkInsOf(...felt.map((level, index) => ({ date: addDays(isoDate('2025-01-06'), index * 7), felt: level })));
}

export function isoDate(text: string): IsoDate {
  const date = parseIsoDate(text);
  if (date === null) throw new Error(`not a date: ${text}`);
  return date;
}

/**
 * A steady row's range as the guide states it. A test of another rule reads the guide's numbers from here rather
 * than writing them, so changing one range fails only the tests about that range.
 */
export function rangeOf(row: 'relaxation' | 'posture' | 'athletes', guide: Guide = GUIDE): DayRange {
  const frequency = guide.rows[row].frequency;
  if (frequency.kind !== 'steady') throw new Error(`${row} has no steady range`);
  return frequency.days;
}

/**
 * The guide with posture's range as the wording tests were written against (every 1 to 2 weeks): they read
 * sentences, so they say which range they read them for rather than depending on `guide.ts`'s data.
 */
export const WORDING_GUIDE: Guide = {
  rows: {
    ...GUIDE.rows,
    posture: { ...GUIDE.rows.posture, frequency: { kind: 'steady', days: { min: 7, max: 14 } } },
  },
};

/** Chronic pain's two ranges as the guide states them. */
export function phasesOf(guide: Guide = GUIDE): { readonly initial: DayRange; readonly maintenance: DayRange } {
  const frequency = guide.rows['chronic-pain'].frequency;
  if (frequency.kind !== 'phased') throw new Error('chronic pain has phases');
  return frequency;
}
