/**
 * Where a shared plan starts in the address's fragment: `#plan=2.…`. Its own module, free of zod, because the first
 * visit checks for it (`features/plan/shared-link.ts`) long before the share format itself (`share.ts`) loads.
 */
export const SHARE_KEY = 'plan=';
