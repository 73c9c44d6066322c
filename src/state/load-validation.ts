/** Loads `validation.ts` (and with it zod) once, when first needed; later calls share the same promise. */
import type * as ValidationModule from './validation';

export type Validation = typeof ValidationModule;

let loading: Promise<Validation> | undefined;

export function loadValidation(): Promise<Validation> {
  loading ??= import('./validation');
  return loading;
}
