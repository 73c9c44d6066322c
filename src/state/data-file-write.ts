/**
 * Writing the person's data file: the one format the export and the storage notice's download both make, and
 * Import reads (`data-file.ts`). No zod here, so the notices can offer it without loading the checker.
 */
import type { SavedPlanner } from './saved-shape';

export const DATA_FILE_APP = 'back-massage-planner';
export const DATA_FILE_FORMAT = 2;
/** Far more than a file at every cap (about 1 MB for 5,000 check-ins); a bigger file is not the planner's. */
export const MAX_DATA_FILE_LENGTH = 3_000_000;

/**
 * What a file holds: the timeline, the preferences, and answers given but not yet submitted (so a download in the
 * middle of the questions keeps them); not where the person was in the questionnaire.
 */
export type PlannerData = Pick<SavedPlanner, 'submissions' | 'checkIns' | 'advice' | 'plan' | 'draft'>;

export function toDataFile(data: PlannerData, exportedOn: string): string {
  return JSON.stringify(
    {
      app: DATA_FILE_APP,
      format: DATA_FILE_FORMAT,
      exportedOn,
      submissions: data.submissions,
      checkIns: data.checkIns,
      advice: data.advice,
      plan: data.plan,
      draft: data.draft,
    },
    null,
    2,
  );
}
