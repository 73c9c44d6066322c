/**
 * The person's data as a readable JSON file they keep (export), and reading one back (import): the whole file
 * is checked first, and a file with anything wrong in it is refused as a whole, so nothing changes.
 */
import { salvageSaved } from './saved-data';
import { isRecord, type SavedPlanner } from './saved-shape';

export const DATA_FILE_APP = 'back-massage-planner';
export const DATA_FILE_FORMAT = 1;
/** Far more than years of check-ins; a bigger file is not the planner's. */
export const MAX_DATA_FILE_LENGTH = 1_000_000;

/** What a file holds: the answers, check-ins and preferences, not where the person was in the questionnaire. */
export type PlannerData = Pick<SavedPlanner, 'answers' | 'checkIns' | 'plan'>;

export function toDataFile(data: PlannerData, exportedOn: string): string {
  return JSON.stringify(
    {
      app: DATA_FILE_APP,
      format: DATA_FILE_FORMAT,
      exportedOn,
      answers: data.answers,
      checkIns: data.checkIns,
      plan: data.plan,
    },
    null,
    2,
  );
}

export type DataFileProblem =
  | { readonly code: 'too-big' }
  | { readonly code: 'not-json' }
  | { readonly code: 'not-planner' }
  | { readonly code: 'newer-format' }
  | { readonly code: 'invalid'; readonly fields: readonly string[] };

export type DataFileResult =
  { readonly ok: true; readonly data: PlannerData } | { readonly ok: false; readonly problem: DataFileProblem };

/** Reads an exported file. Never throws; any field that doesn't validate refuses the whole file. */
export function readDataFile(text: string): DataFileResult {
  if (text.length > MAX_DATA_FILE_LENGTH) return { ok: false, problem: { code: 'too-big' } };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, problem: { code: 'not-json' } };
  }
  if (!isRecord(parsed) || parsed.app !== DATA_FILE_APP || typeof parsed.format !== 'number') {
    return { ok: false, problem: { code: 'not-planner' } };
  }
  if (parsed.format > DATA_FILE_FORMAT) return { ok: false, problem: { code: 'newer-format' } };
  if (parsed.format !== DATA_FILE_FORMAT) return { ok: false, problem: { code: 'not-planner' } };
  const exportedOn = parsed.exportedOn;
  const fields = Object.fromEntries(
    Object.entries(parsed).filter(([key]) => key !== 'app' && key !== 'format' && key !== 'exportedOn'),
  );
  const unknownTop = typeof exportedOn === 'string' || exportedOn === undefined ? [] : ['exportedOn'];
  const { value, dropped } = salvageSaved(fields);
  const wrong = [...unknownTop, ...dropped];
  if (wrong.length > 0) return { ok: false, problem: { code: 'invalid', fields: wrong } };
  return { ok: true, data: { answers: value.answers, checkIns: value.checkIns, plan: value.plan } };
}
