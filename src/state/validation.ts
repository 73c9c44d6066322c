/**
 * Everything the store needs zod for, behind one dynamic import: reading saved data back and turning a finished
 * draft into answers. A first visit's first question never waits for it (docs/decisions/003).
 */
export { completeAnswers } from '../domain/answers';
export { mergeSaved, salvageSaved } from './saved-data';
export { lacksFrom, mergeWithSaved, readSavedText } from './saved-text';
export { readDataFile } from './data-file';
