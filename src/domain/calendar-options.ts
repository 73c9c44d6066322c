/**
 * The calendar choices a person makes (a time of day, a reminder) and the calendar id, as schemas: saved data and
 * the plan screen check them without loading the calendar writer itself.
 */
import { z } from './schema';

export const REMINDER_LEADS = ['none', 'evening-before', 'two-hours-before'] as const;
export type ReminderLead = (typeof REMINDER_LEADS)[number];
export const ReminderLeadSchema = z.enum(REMINDER_LEADS);

/** A session's time of day, `HH:MM` on the 24-hour clock, in the person's own local time. */
export const SESSION_TIME_PATTERN = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
export const SessionTimeSchema = z.string().check(z.regex(SESSION_TIME_PATTERN));

/** The random id the store makes once; UIDs are derived from it, so they carry nothing about the person. */
export const CalendarIdSchema = z.string().check(z.regex(/^[A-Za-z0-9-]{8,64}$/));
