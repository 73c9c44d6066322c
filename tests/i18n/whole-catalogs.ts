import type { Catalog } from '../../src/i18n/describe';
import { en } from '../../src/i18n/en';
import { enResult } from '../../src/i18n/en-result';

/** The whole English catalog: the questions' part and the results' part. */
export const ENGLISH: Catalog = { ...en, ...enResult };
