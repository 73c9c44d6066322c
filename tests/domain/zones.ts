import { expect } from 'vitest';

/** The zones `npm run test:time-zones` runs under, with their UTC offsets in mid-January 2025 (minutes west). */
const ZONES: Readonly<Record<string, number>> = {
  UTC: 0,
  'Pacific/Kiritimati': -840, // UTC+14, east of the date line
  'America/New_York': 300, // daylight saving
  'America/Los_Angeles': 480, // daylight saving
};

/** Fails unless the process really runs in one of those zones, so a run can't silently test UTC three times. */
export function expectZoneInForce(): void {
  const zone = process.env.TZ ?? '';
  expect(Object.keys(ZONES)).toContain(zone);
  expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
  expect(new Date(Date.UTC(2025, 0, 15, 12)).getTimezoneOffset()).toBe(ZONES[zone]);
}
