import { parseAnswers, parseCheckIns, type Answers, type CheckIn } from '../../src/domain/answers';
import { addDays, parseIsoDate, type IsoDate } from '../../src/domain/dates';

/** Parses answers through the real boundary, so tests only ever feed the engine what a form could. */
export function answersOf(input: Partial<Record<keyof Answers, unknown>>): Answers {
  const result = parseAnswers({
    lifestyle: 'mixed',
    afterLastMassage: 'fine',
    safety: [],
    goal: 'relaxation',
    ...input,
  });
  if (!result.success) throw new Error(`test answers do not parse: ${JSON.stringify(result.problems)}`);
  return result.data;
}

type CheckInInput = {
  date: string;
  felt?: 'fine' | 'mild' | 'lasting' | 'bruising';
  improving?: boolean;
  pain?: number;
};

/** Check-ins from short descriptions; without `felt` the session did not happen. */
export function checkInsOf(...inputs: CheckInInput[]): CheckIn[] {
  const result = parseCheckIns(
    inputs.map((input, index) =>
      input.felt === undefined
        ? { id: `c${index}`, happened: false, ...input }
        : { id: `c${index}`, happened: true, ...input },
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
