/**
 * Reads an exported calendar back into plain values to compare, with two independent parsers: ical.js (Mozilla's,
 * which Thunderbird uses) and ts-ics. Every file is read by both, and a file they read differently fails the test
 * that wrote it, so a quirk one parser forgives can't pass unnoticed.
 */
import ICAL from 'ical.js';
import { convertIcsCalendar } from 'ts-ics';

export interface ParsedEvent {
  readonly uid: string;
  readonly start: string;
  readonly end: string;
  readonly isAllDay: boolean;
  readonly summary: string;
  readonly description: string;
  readonly status: string;
  readonly sequence: number;
  readonly stamp: string;
  readonly triggers: readonly string[];
  /** `TRANSPARENT`: free time, so the calendar doesn't show the person busy. */
  readonly transparency: string;
}

/** The same file as ts-ics reads it, in the same terms (its floating and all-day times come back as UTC). */
function readWithTsIcs(text: string) {
  return (convertIcsCalendar(undefined, text).events ?? []).map((event) => ({
    uid: event.uid,
    start: event.start.date.toISOString().slice(0, event.start.type === 'DATE' ? 10 : 19),
    summary: event.summary,
    status: event.status ?? '',
    transparency: event.timeTransparent ?? '',
    alarms: event.alarms?.length ?? 0,
  }));
}

export function parseCalendar(text: string): { readonly prodid: string; readonly events: readonly ParsedEvent[] } {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const events = calendar.getAllSubcomponents('vevent').map((event): ParsedEvent => {
    const start = event.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = event.getFirstPropertyValue('dtend') as ICAL.Time;
    return {
      uid: String(event.getFirstPropertyValue('uid')),
      start: start.toString(),
      end: end.toString(),
      isAllDay: start.isDate,
      summary: String(event.getFirstPropertyValue('summary')),
      description: String(event.getFirstPropertyValue('description')),
      status: String(event.getFirstPropertyValue('status')),
      sequence: Number(event.getFirstPropertyValue('sequence')),
      stamp: (event.getFirstPropertyValue('dtstamp') as ICAL.Time).toString(),
      triggers: event
        .getAllSubcomponents('valarm')
        .map((alarm) => (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toString()),
      transparency: String(event.getFirstPropertyValue('transp')),
    };
  });
  const byIcalJs = events.map((event) => ({
    uid: event.uid,
    start: event.start,
    summary: event.summary,
    status: event.status,
    transparency: event.transparency,
    alarms: event.triggers.length,
  }));
  const byTsIcs = readWithTsIcs(text);
  if (JSON.stringify(byIcalJs) !== JSON.stringify(byTsIcs)) {
    throw new Error(`ical.js and ts-ics read the file differently:\n${JSON.stringify({ byIcalJs, byTsIcs }, null, 1)}`);
  }
  return { prodid: String(calendar.getFirstPropertyValue('prodid')), events };
}

/** Every physical line of an export: at most 75 octets of UTF-8 each, ended by CRLF and nothing else. */
export function lineProblems(text: string): string[] {
  const problems: string[] = [];
  if (!text.endsWith('\r\n')) problems.push('does not end with CRLF');
  if (/\r(?!\n)|(?<!\r)\n/.test(text)) problems.push('a bare CR or LF');
  for (const line of text.split('\r\n')) {
    const octets = new TextEncoder().encode(line).length;
    if (octets > 75) problems.push(`${String(octets)} octets: ${line}`);
    // A character split between two lines leaves half a surrogate pair at the end of one and the start of the next.
    if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(line)) {
      problems.push(`a split character: ${line}`);
    }
  }
  return problems;
}
