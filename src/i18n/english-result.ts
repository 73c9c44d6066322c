/** The English words for results, with the questions' words; loaded with the result screens. */
import { createDescriber, type Catalog } from './describe';
import { en } from './en';
import { enResult } from './en-result';
import { locale } from './english';

/** The whole English catalog. */
export const ENGLISH: Catalog = { ...en, ...enResult };

export const resultWords = createDescriber(ENGLISH, locale);
