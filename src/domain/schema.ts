/**
 * The one place the domain gets zod from. `zod/mini` keeps the first visit small (docs/decisions/001), and
 * `jitless` stops zod probing `new Function`, which a strict Content-Security-Policy reports as a violation.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

/** A validation problem as a code with values; the text catalog words it. */
export type ValidationProblem =
  | { readonly path: string; readonly code: 'missing' }
  | { readonly path: string; readonly code: 'wrong-type'; readonly expected: string; readonly received: string }
  | { readonly path: string; readonly code: 'not-allowed'; readonly allowed: readonly string[] }
  | { readonly path: string; readonly code: 'unknown-fields'; readonly fields: readonly string[] }
  | { readonly path: string; readonly code: 'out-of-range'; readonly min?: number; readonly max?: number }
  | { readonly path: string; readonly code: 'not-whole-number' }
  | { readonly path: string; readonly code: 'invalid'; readonly check: string };

export type ParseResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly problems: readonly ValidationProblem[] };

function toPath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** What a value is, in the words a validation message needs ("NaN", "null", "array", "string"…). */
function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return typeof value;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** Turns zod's issues into problems a person or a caller can read (zod/mini ships no messages of its own). */
function toProblems(issues: readonly z.core.$ZodIssue[], input: unknown): ValidationProblem[] {
  return issues.flatMap((issue): ValidationProblem[] => {
    const path = toPath(issue.path);
    const value = valueAt(input, issue.path);
    if (value === undefined && issue.code !== 'unrecognized_keys') return [{ path, code: 'missing' }];
    switch (issue.code) {
      case 'invalid_type':
        if (issue.expected === 'int' && typeof value === 'number' && Number.isFinite(value)) {
          return [{ path, code: 'not-whole-number' }];
        }
        return [
          {
            path,
            code: 'wrong-type',
            expected: issue.expected === 'int' ? 'number' : issue.expected,
            received: describeValue(value),
          },
        ];
      case 'invalid_value':
        return [{ path, code: 'not-allowed', allowed: issue.values.map(String) }];
      case 'unrecognized_keys':
        return [{ path, code: 'unknown-fields', fields: issue.keys }];
      case 'too_small':
        return [{ path, code: 'out-of-range', min: Number(issue.minimum) }];
      case 'too_big':
        return [{ path, code: 'out-of-range', max: Number(issue.maximum) }];
      case 'invalid_union': {
        const { options } = issue as { options?: readonly unknown[] };
        if (options) return [{ path, code: 'not-allowed', allowed: options.map(String) }];
        const branches = issue.errors.map((branch) => toProblems(branch, value));
        const fewest = branches.sort((a, b) => a.length - b.length)[0];
        return fewest && fewest.length > 0
          ? fewest.map((problem) => ({ ...problem, path: joinPath(path, problem.path) }))
          : [{ path, code: 'invalid', check: 'union' }];
      }
      case 'invalid_format':
        return [{ path, code: 'invalid', check: issue.format }];
      default:
        return [{ path, code: 'invalid', check: issue.message === 'Invalid input' ? issue.code : issue.message }];
    }
  });
}

function joinPath(outer: string, inner: string): string {
  if (!outer) return inner;
  if (!inner) return outer;
  return inner.startsWith('[') ? `${outer}${inner}` : `${outer}.${inner}`;
}

/** Parses with a schema and never throws. */
export function safeParseWith<T>(schema: z.ZodMiniType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, problems: toProblems(result.error.issues, input) };
}
