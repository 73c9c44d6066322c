/**
 * The person's data as a readable JSON file they keep (export), and reading one back (import): the whole file
 * is checked first, and a file with anything wrong in it is refused as a whole, so nothing changes. Format 2 holds
 * the timeline; format 1 files (the latest answers only) are read as saved data of version 1 is.
 */
import type { IsoDate } from '../domain/dates';
import { DATA_FILE_APP, DATA_FILE_FORMAT, MAX_DATA_FILE_LENGTH, type PlannerData } from './data-file-write';
import { salvageSaved } from './saved-data';
import { isRecord } from './saved-shape';

export { toDataFile, type PlannerData } from './data-file-write';

export type DataFileProblem =
  | { readonly code: 'too-big' }
  | { readonly code: 'not-json' }
  | { readonly code: 'not-planner' }
  | { readonly code: 'newer-format' }
  /** Entries dated after today (a wrong clock on the device that made it, or on this one). */
  | { readonly code: 'future-date' }
  /** A list with the same entry twice, which the planner never writes. */
  | { readonly code: 'repeated-ids'; readonly fields: readonly string[] }
  /** A list longer than the planner keeps: loading part of it would lose the rest. */
  | { readonly code: 'too-many'; readonly fields: readonly string[] }
  | { readonly code: 'invalid'; readonly fields: readonly string[] };

export type DataFileResult =
  { readonly ok: true; readonly data: PlannerData } | { readonly ok: false; readonly problem: DataFileProblem };

/**
 * Reads an exported file on `today`. Never throws; any field that doesn't validate, and any entry dated after
 * today, refuses the whole file.
 */
export function readDataFile(text: string, today: IsoDate): DataFileResult {
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
  if (parsed.format !== DATA_FILE_FORMAT && parsed.format !== 1) return { ok: false, problem: { code: 'not-planner' } };
  const exportedOn = parsed.exportedOn;
  const fields = Object.fromEntries(
    Object.entries(parsed).filter(([key]) => key !== 'app' && key !== 'format' && key !== 'exportedOn'),
  );
  const unknownTop = typeof exportedOn === 'string' || exportedOn === undefined ? [] : ['exportedOn'];
  const { value, dropped, future, tooMany, repeated } = salvageSaved(fields, today, parsed.format);
  if (future.length > 0) return { ok: false, problem: { code: 'future-date' } };
  if (tooMany.length > 0) return { ok: false, problem: { code: 'too-many', fields: tooMany } };
  if (repeated.length > 0) return { ok: false, problem: { code: 'repeated-ids', fields: repeated } };
  const wrong = [...unknownTop, ...dropped];
  if (wrong.length > 0) return { ok: false, problem: { code: 'invalid', fields: wrong } };
  const { submissions, checkIns, advice, plan, draft } = value;
  return { ok: true, data: { submissions, checkIns, advice, plan, draft } };
}
