/**
 * What a person says: their answers to the questionnaire and their check-ins after each massage. Everything that
 * enters the engine is parsed here first (parse, don't cast); types come from the schemas.
 */
import { isIsoDate, type IsoDate } from './dates';
import {
  ADVICE_EVERY_WEEKS,
  ADVICE_TIMES_A_WEEK,
  FEELINGS,
  LIFESTYLES,
  ROW_IDS,
  SAFETY_ITEMS,
  SORENESS_LEVELS,
  URGENT_ITEMS,
} from './guide';
import { NOT_YET, needsUrgentCare, type AnswersDraft } from './questionnaire';
import { safeParseWith, z, type ParseResult } from './schema';

/** A real calendar date as `YYYY-MM-DD` (no 30 February). */
export const IsoDateSchema = z.pipe(
  z.string().check(z.refine((text) => isIsoDate(text), { error: 'calendar-date' })),
  z.transform((text) => text as IsoDate),
);

const wholeNumber = (min: number, max: number) => z.number().check(z.int(), z.minimum(min), z.maximum(max));

/** What a doctor or physical therapist advised (rule 5). */
export const ClinicianAdviceSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('times-a-week'),
    times: wholeNumber(ADVICE_TIMES_A_WEEK.min, ADVICE_TIMES_A_WEEK.max),
  }),
  z.strictObject({
    kind: z.literal('every-weeks'),
    weeks: wholeNumber(ADVICE_EVERY_WEEKS.min, ADVICE_EVERY_WEEKS.max),
  }),
]);
export type ClinicianAdvice = z.infer<typeof ClinicianAdviceSchema>;

/** Each answer's schema on its own, so saved drafts can be checked one answer at a time. */
const ANSWER_SCHEMAS = {
  /** The main goal picks the guide's row (rule 1). */
  goal: z.enum(ROW_IDS),
  lifestyle: z.enum(LIFESTYLES),
  /** How they felt after their last massage. */
  afterLastMassage: z.enum(FEELINGS),
  /** The safety screen's ticked items; empty means "none of these". */
  safety: z
    .array(z.enum(SAFETY_ITEMS))
    .check(z.refine((items) => new Set(items).size === items.length, { error: 'no-duplicates' })),
  /** Chronic pain only: is it improving? Unanswered means not yet (rule 4). */
  improving: z.boolean(),
  /** A not-until-cleared item (docs/rules.md, “The safety screen”): has a doctor cleared them for massage? */
  cleared: z.boolean(),
  /** Gated cases only: what their clinician advised. */
  clinicianAdvice: ClinicianAdviceSchema,
  /** Where lighter pressure is the default with a clinician's advice: did they say usual pressure is fine? */
  usualPressure: z.boolean(),
} as const;

/** One questionnaire submission's answers; when it was answered is the submission's date (`SubmissionSchema`). */
export const AnswersSchema = z.strictObject({
  goal: ANSWER_SCHEMAS.goal,
  lifestyle: ANSWER_SCHEMAS.lifestyle,
  afterLastMassage: ANSWER_SCHEMAS.afterLastMassage,
  safety: ANSWER_SCHEMAS.safety,
  improving: z.optional(ANSWER_SCHEMAS.improving),
  cleared: z.optional(ANSWER_SCHEMAS.cleared),
  clinicianAdvice: z.optional(ANSWER_SCHEMAS.clinicianAdvice),
  usualPressure: z.optional(ANSWER_SCHEMAS.usualPressure),
});
export type Answers = z.infer<typeof AnswersSchema>;

/** A stable random id, so two tabs can merge entries without losing one. */
const EntryIdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));
/**
 * The order in which the person entered things, assigned by the store: events on the same day count in this order
 * (docs/rules.md, "One timeline"), never in an order made up from their ids.
 */
const SeqSchema = z.number().check(z.int(), z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

const checkInCommon = {
  id: EntryIdSchema,
  seq: SeqSchema,
  date: IsoDateSchema,
  /** Pain now, 0 to 10: history and chart only; no rule reads it (rule 4). */
  pain: z.optional(wholeNumber(0, 10)),
  /** Chronic pain: is it improving? */
  improving: z.optional(z.boolean()),
  /** The planned session this reports on (the date the plan had it); absent for a massage that was not planned. */
  planned: z.optional(IsoDateSchema),
  /** When it was last corrected (the store's clock, as `seq`): of two tabs' copies, the later correction stands. */
  edited: z.optional(SeqSchema),
};

export const CheckInSchema = z.discriminatedUnion('happened', [
  z.strictObject({ ...checkInCommon, happened: z.literal(true), felt: z.enum(SORENESS_LEVELS) }),
  z.strictObject({ ...checkInCommon, happened: z.literal(false) }),
]);
export type CheckIn = z.infer<typeof CheckInSchema>;

const CheckInsSchema = z.array(CheckInSchema);

/** A questionnaire submission: the first, or a retake. A retake adds one; it never erases the earlier ones. */
export const SubmissionSchema = z.strictObject({
  id: EntryIdSchema,
  seq: SeqSchema,
  /** The day the questions were answered. */
  date: IsoDateSchema,
  answers: AnswersSchema,
});
export type Submission = z.infer<typeof SubmissionSchema>;

/** What a doctor or physical therapist advised, entered after the questions (rule 5's path; after a referral). */
export const AdviceEntrySchema = z.strictObject({
  id: EntryIdSchema,
  seq: SeqSchema,
  date: IsoDateSchema,
  advice: ClinicianAdviceSchema,
  /** They said usual pressure is fine (otherwise lighter pressure, where that is the default). */
  usualPressure: z.boolean(),
});
export type AdviceEntry = z.infer<typeof AdviceEntrySchema>;

/** Parses questionnaire answers from anywhere (a form, storage, a link, a file). Never throws. */
export function parseAnswers(input: unknown): ParseResult<Answers> {
  return safeParseWith(AnswersSchema, input);
}

/** Parses a list of check-ins. Never throws. */
export function parseCheckIns(input: unknown): ParseResult<CheckIn[]> {
  return safeParseWith(CheckInsSchema, input);
}

/** Each draft answer's schema, so saved drafts can be checked one answer at a time (nothing lost for one bad one). */
export const DRAFT_ANSWER_SCHEMAS = {
  ...ANSWER_SCHEMAS,
  signs: ANSWER_SCHEMAS.safety.check(
    z.refine((items) => items.every((item) => URGENT_ITEMS.includes(item)), { error: 'signs-are-urgent' }),
  ),
  clinicianAdvice: z.union([ANSWER_SCHEMAS.clinicianAdvice, z.literal(NOT_YET)]),
} as const;

/** Turns a finished draft into parsed answers, through the same schema as every other boundary. */
export function completeAnswers(draft: AnswersDraft): ParseResult<Answers> {
  const advice = draft.clinicianAdvice;
  // One list, signs first; the rest is asked only without an urgent sign, and is needed then.
  const signs = draft.signs ?? [];
  const safety = needsUrgentCare(draft) ? signs : draft.safety && [...signs, ...draft.safety];
  const parsed = parseAnswers({
    goal: draft.goal,
    lifestyle: draft.lifestyle,
    afterLastMassage: draft.afterLastMassage,
    safety,
    ...(draft.improving === undefined ? {} : { improving: draft.improving }),
    ...(draft.cleared === undefined ? {} : { cleared: draft.cleared }),
    ...(advice === undefined || advice === NOT_YET ? {} : { clinicianAdvice: advice }),
    ...(draft.usualPressure === undefined ? {} : { usualPressure: draft.usualPressure }),
  });
  // The health checks' first step is a question of its own: unanswered, it is one to go back to.
  if (draft.signs !== undefined) return parsed;
  return { success: false, problems: [{ path: 'signs', code: 'missing' }, ...(parsed.success ? [] : parsed.problems)] };
}
