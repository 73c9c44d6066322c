/**
 * The practice this build is for (`practice.config.json`, checked when the app was built): its name, booking link,
 * contact line, narrower ranges and the sites that may embed the planner. The default is no practice: the guide
 * as it stands.
 */
import { practice as configured } from 'virtual:practice';
import type { Practice } from './config';

export type { Practice };

export const practice: Practice = configured;
