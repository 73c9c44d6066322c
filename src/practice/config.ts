/**
 * The practice's configuration (`practice.config.json`): checked when the app is built, with an error naming each
 * field that is wrong and why. Build time only: the browser gets the checked result through `virtual:practice`
 * (see `vite-plugin.ts`), never this module or zod's full build.
 *
 * What cannot be configured is simply not here: the safety screen, the gates, the soreness rules and the ceilings.
 * An unknown field is an error, so a misspelt or hoped-for setting never passes silently.
 */
import { z } from 'zod';
import {
  guideLimits,
  NARROWABLE,
  type GuideNarrowing,
  type TimesAWeekRange,
  type WeeksRange,
} from '../domain/practice-guide.ts';
import { isHexColour } from './contrast.ts';
import { accentFor, describeFailure, type AccentColours, type Mode, type Palette } from './theme.ts';

/** What the browser gets: everything but the colours, which become CSS. */
export interface Practice {
  readonly name: string | null;
  readonly bookingLink: string | null;
  readonly contactLine: string | null;
  readonly ranges: GuideNarrowing;
  /** Origins of the pages allowed to embed the planner and be told its height. */
  readonly embedOn: readonly string[];
}

export interface PracticeBuild {
  readonly practice: Practice;
  /** The brand colour in both modes, or null for the app's own. */
  readonly accent: Readonly<Record<Mode, AccentColours>> | null;
}

export const DEFAULT_PRACTICE: Practice = {
  name: null,
  bookingLink: null,
  contactLine: null,
  ranges: {},
  embedOn: [],
};

const SETTINGS = ['practiceName', 'bookingLink', 'contactLine', 'brandColour', 'ranges', 'embedOn'] as const;

const oneLine = (max: number) =>
  z
    .string({ error: 'must be text in quotes, or null' })
    .trim()
    .min(1, { error: 'must not be empty (use null for none)' })
    .max(max, { error: `must be at most ${max} characters` })
    .refine((text) => !/[\r\n]/.test(text), { error: 'must be one line' });

const hexColour = z
  .string({ error: 'must be a colour in quotes, like "#1f5f8b"' })
  .refine(isHexColour, { error: 'must be a hex colour like "#1f5f8b"' });

const wholeNumber = z.int({ error: 'must be a whole number' });

const weeks = z.strictObject({ fromWeeks: wholeNumber, toWeeks: wholeNumber });
const timesAWeek = z.strictObject({ fromTimesAWeek: wholeNumber, toTimesAWeek: wholeNumber });

const isLocalHost = (host: string) =>
  host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';

const BrandSchema = z.nullable(z.strictObject({ light: hexColour, dark: hexColour })).optional();
const RangesSchema = z
  .nullable(
    z.strictObject({
      relaxation: weeks.optional(),
      posture: weeks.optional(),
      chronicPainAtFirst: timesAWeek.optional(),
      chronicPainLater: weeks.optional(),
    }),
  )
  .optional();

const FileSchema = z.strictObject({
  practiceName: z.nullable(oneLine(80)).optional(),
  bookingLink: z
    .nullable(
      z.string({ error: 'must be a link in quotes, or null' }).superRefine((text, context) => {
        const url = URL.canParse(text) ? new URL(text) : null;
        if (url === null) context.addIssue({ code: 'custom', message: `"${text}" is not a link` });
        else if (url.protocol !== 'https:')
          context.addIssue({ code: 'custom', message: `must start with https:// (it starts with ${url.protocol}//)` });
        else if (url.username !== '' || url.password !== '')
          context.addIssue({ code: 'custom', message: 'must not hold a user name or password' });
      }),
    )
    .optional(),
  contactLine: z.nullable(oneLine(160)).optional(),
  brandColour: BrandSchema,
  ranges: RangesSchema,
  embedOn: z
    .nullable(
      z.array(
        z.string({ error: 'must be a web address in quotes' }).superRefine((text, context) => {
          const url = URL.canParse(text) ? new URL(text) : null;
          if (url === null || url.origin === 'null' || url.origin !== text.replace(/\/$/, ''))
            context.addIssue({
              code: 'custom',
              message: `"${text}" must be a site's origin only, like "https://www.example.com" (no path)`,
            });
          else if (url.protocol !== 'https:' && !isLocalHost(url.hostname))
            context.addIssue({ code: 'custom', message: `"${text}" must start with https://` });
        }),
        { error: 'must be a list of web addresses, like ["https://www.example.com"]' },
      ),
    )
    .optional(),
});

type PracticeFile = z.infer<typeof FileSchema>;

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'the configuration' : path.map(String).join('.');
}

/** The fields an object in the file may have, by where it is. */
function knownKeys(path: readonly PropertyKey[]): readonly string[] {
  if (path.length === 0) return SETTINGS;
  if (path[0] === 'brandColour') return ['light', 'dark'];
  return path[1] === 'chronicPainAtFirst' ? ['fromTimesAWeek', 'toTimesAWeek'] : ['fromWeeks', 'toWeeks'];
}

/** One line per issue, starting with the field: "bookingLink: must start with https://". */
function describeIssue(issue: z.core.$ZodIssue): string {
  const field = fieldName(issue.path);
  if (issue.code === 'unrecognized_keys') {
    const why =
      issue.path.length === 1 && issue.path[0] === 'ranges'
        ? 'only relaxation, posture, chronicPainAtFirst and chronicPainLater have a range a practice may narrow'
        : `not a setting (the settings here are ${knownKeys(issue.path).join(', ')})`;
    return issue.keys.map((key) => `${fieldName([...issue.path, key])}: ${why}`).join('\n');
  }
  if (issue.code === 'invalid_type' && issue.path.length === 0) return 'the configuration must be a JSON object';
  if (issue.code === 'invalid_type' && issue.expected === 'object') return `${field}: must be an object { … }`;
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${field}: is missing`;
  return `${field}: ${issue.message}`;
}

/** A range in the configuration's words, as from–to, and how the guide says it. */
function fromTo(range: WeeksRange | TimesAWeekRange): { from: number; to: number; words: string } {
  return 'fromWeeks' in range
    ? { from: range.fromWeeks, to: range.toWeeks, words: `every ${range.fromWeeks} to ${range.toWeeks} weeks` }
    : {
        from: range.fromTimesAWeek,
        to: range.toTimesAWeek,
        words: `${range.fromTimesAWeek} to ${range.toTimesAWeek} times a week`,
      };
}

/** Each range inside the guide's, from no more than to. */
function rangeProblems(ranges: PracticeFile['ranges']): string[] {
  const limits = guideLimits();
  const problems: string[] = [];
  for (const name of NARROWABLE) {
    const range = ranges?.[name];
    if (range === undefined) continue;
    const given = fromTo(range);
    const limit = fromTo(limits[name]);
    const unit = 'fromWeeks' in range ? 'Weeks' : 'TimesAWeek';
    const why = `the guide says ${limit.words}, and a practice may only narrow that`;
    if (given.from < limit.from || given.from > limit.to)
      problems.push(`ranges.${name}.from${unit}: ${given.from} is outside the guide's range (${why})`);
    if (given.to < limit.from || given.to > limit.to)
      problems.push(`ranges.${name}.to${unit}: ${given.to} is outside the guide's range (${why})`);
    if (given.from > given.to)
      problems.push(`ranges.${name}: from${unit} (${given.from}) must not be more than to${unit} (${given.to})`);
  }
  return problems;
}

export type PracticeCheck =
  { readonly ok: true; readonly build: PracticeBuild } | { readonly ok: false; readonly problems: readonly string[] };

/** The accent in both modes, and where it would fall below AA. */
function brandAccent(
  brand: PracticeFile['brandColour'],
  palettes: Readonly<Record<Mode, Palette>>,
): { accent: Record<Mode, AccentColours> | null; problems: string[] } {
  if (brand == null) return { accent: null, problems: [] };
  const light = accentFor(brand.light, 'light', palettes.light);
  const dark = accentFor(brand.dark, 'dark', palettes.dark);
  const problems: string[] = [];
  for (const [mode, result] of [
    ['light', light],
    ['dark', dark],
  ] as const) {
    const worst = result.failures[0];
    if (worst !== undefined) problems.push(`brandColour.${mode} "${brand[mode]}": ${describeFailure(worst, mode)}`);
  }
  return { accent: { light: light.colours, dark: dark.colours }, problems };
}

/** Ranges and colours that are well formed are checked further even when another field is wrong. */
function deeperProblems(raw: unknown, palettes: Readonly<Record<Mode, Palette>>): string[] {
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const ranges = RangesSchema.safeParse(fields['ranges']);
  const brand = BrandSchema.safeParse(fields['brandColour']);
  return [
    ...(ranges.success ? rangeProblems(ranges.data) : []),
    ...(brand.success ? brandAccent(brand.data, palettes).problems : []),
  ];
}

/**
 * Checks a parsed configuration file against the guide and the page's colours. Every problem is reported at once,
 * each starting with the field it is about.
 */
export function checkPracticeConfig(raw: unknown, palettes: Readonly<Record<Mode, Palette>>): PracticeCheck {
  const parsed = FileSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue).split('\n'));
    return { ok: false, problems: [...problems, ...deeperProblems(raw, palettes)] };
  }
  const file = parsed.data;
  const { accent, problems: colourProblems } = brandAccent(file.brandColour, palettes);
  const problems = [...rangeProblems(file.ranges), ...colourProblems];
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    build: {
      practice: {
        name: file.practiceName ?? null,
        bookingLink: file.bookingLink ?? null,
        contactLine: file.contactLine ?? null,
        ranges: file.ranges ?? {},
        embedOn: (file.embedOn ?? []).map((origin) => new URL(origin).origin),
      },
      accent,
    },
  };
}
