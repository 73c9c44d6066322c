/** The guide as this practice configured it: loads with the engine, not with the first question. */
import { narrowGuide } from '../domain/practice-guide';
import { practice } from './practice';

export const practiceGuide = narrowGuide(practice.ranges);
