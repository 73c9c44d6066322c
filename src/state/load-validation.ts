/**
 * Loads `validation.ts` (and with it zod) once, when first needed; later calls share the same promise. A load
 * that failed (offline before the file was fetched) is tried again by the next call.
 */
import type * as ValidationModule from './validation';

export type Validation = typeof ValidationModule;

let loading: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
  if (loading === undefined) {
    const attempt = import('./validation');
    loading = attempt;
    attempt.catch(() => {
      if (loading === attempt) loading = undefined;
    });
  }
  return loading;
}
