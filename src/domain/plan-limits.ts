/** The plan's limits as plain numbers, for the store and the first screens without loading the plan builder. */

/** The horizon in weeks. */
export const PLAN_WEEKS = { min: 4, max: 52, default: 12 } as const;

/** At most this many moved or skipped sessions are kept (a year of weekly sessions has 52). */
export const MAX_SESSION_CHANGES = 60;
