/**
 * workingSecondsBetween against a slow reference that knows nothing of windows or offsets: it steps
 * minute by minute and asks Intl what the wall clock shows (weekday, date, time), and counts a minute
 * when the clock is inside the hours of a working, non-holiday day (or in the early-morning part of
 * a night shift that started the day before).
 *
 * The two agree exactly unless a window edge falls on a wall time a change of offset skips (spring)
 * or shows twice (autumn): there the app reads it with the offset before the change (wallToUtc) and
 * the clock-watcher cannot, so the test allows at most the size of the change per such edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { workingSecondsBetween, type WorkingHours } from '../../../../src/lib/time/working-hours';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/St_Johns', // −3:30, changes at 02:00 local
  'America/Santiago', // changes at midnight
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Kathmandu', // +5:45
  'Australia/Sydney',
  'Australia/Lord_Howe', // a 30-minute change
  'Pacific/Chatham', // +12:45 / +13:45
  'Africa/Casablanca', // out of summer time for Ramadan
];
const MINUTE = 60_000;
const DAY = 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

interface Clock {
  date: string;
  weekday: number;
  minute: number;
}

function clockReader(zone: string): (utcMs: number) => Clock {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  // "Thu, 01/01/2026, 01:00". format() and a regex: formatToParts is twenty times slower here.
  return (utcMs) => {
    const text = format.format(utcMs);
    const m = /^(\w{3}), (\d{2})\/(\d{2})\/(\d{4}), (\d{2}):(\d{2})$/.exec(text);
    if (!m) throw new Error(`unexpected clock ${JSON.stringify(text)}`);
    const [, weekday, month, day, year, hour, minute] = m as unknown as string[];
    return {
      date: `${year}-${month}-${day}`,
      weekday: WEEKDAYS.indexOf(weekday as string) + 1,
      minute: (Number(hour) % 24) * 60 + Number(minute),
    };
  };
}

const midnights = new Map<string, number>();
const midnight = (date: string): number => {
  let ms = midnights.get(date);
  if (ms === undefined) midnights.set(date, (ms = Date.parse(`${date}T00:00:00Z`)));
  return ms;
};
const dayBefore = (date: string): string => new Date(midnight(date) - DAY).toISOString().slice(0, 10);

/** Working seconds from a to b (a ≤ b, whole minutes), and how far an ambiguous edge may move it. */
function reference(hours: WorkingHours, aMs: number, bMs: number): { seconds: number; slackSeconds: number } {
  const read = clockReader(hours.timeZone);
  const start = Number(hours.start.slice(0, 2)) * 60 + Number(hours.start.slice(3));
  const end = Number(hours.end.slice(0, 2)) * 60 + Number(hours.end.slice(3));
  const works = new Map<string, boolean>();
  const worksOn = (weekday: number, date: string): boolean => {
    let yes = works.get(date);
    if (yes === undefined)
      works.set(date, (yes = hours.days.includes(weekday) && !hours.holidays.includes(date)));
    return yes;
  };
  let seconds = 0;
  // How often the clock shows each edge on each date, and the sum of its jumps (other than a minute).
  // Only needed near a change of the clock: elsewhere every edge shows once and nothing jumps.
  const changeNear = changes(hours.timeZone).some((t) => t > aMs - 4 * DAY && t < bMs + 3 * DAY);
  const margin = changeNear ? 2 * DAY : 0;
  const shown = new Map<string, Map<number, number>>();
  let slackSeconds = 0;
  let previousWall: number | undefined;
  for (let t = aMs - margin; t < bMs + margin; t += MINUTE) {
    const c = read(t);
    if (changeNear) {
      let edges = shown.get(c.date);
      if (!edges) shown.set(c.date, (edges = new Map()));
      if (c.minute === start || c.minute === end) edges.set(c.minute, (edges.get(c.minute) ?? 0) + 1);
      const wall = midnight(c.date) + c.minute * MINUTE;
      if (previousWall !== undefined) slackSeconds += (2 * Math.abs(wall - previousWall - MINUTE)) / 1000;
      previousWall = wall;
    }
    if (t < aMs || t >= bMs) continue;
    const yesterday = ((c.weekday + 5) % 7) + 1;
    const working =
      end > start
        ? worksOn(c.weekday, c.date) && c.minute >= start && c.minute < end
        : (worksOn(c.weekday, c.date) && c.minute >= start) ||
          (worksOn(yesterday, dayBefore(c.date)) && c.minute < end);
    if (working) seconds += 60;
  }
  // An edge skipped or shown twice on a date near the span is what the slack is for (the first and
  // last dates are scanned in part; windows that reach the span start and end within the others).
  const dates = [...shown.values()].slice(1, -1);
  const ambiguous = dates.some((edges) => edges.get(start) !== 1 || edges.get(end) !== 1);
  return { seconds, slackSeconds: ambiguous ? slackSeconds : 0 };
}

const time = fc
  .oneof(
    fc.integer({ min: 0, max: 23 }).map((h) => h * 60),
    fc.integer({ min: 0, max: 1439 }),
    fc.constantFrom(0, 30, 60, 90, 120, 150, 180, 210), // where the changes happen
  )
  .map((m) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);

const FIRST = Date.UTC(2024, 0, 1);
const LAST = Date.UTC(2029, 0, 1);

/** Roughly (to the day) when the zone's clock changes in 2024–2028, found by reading the clock. */
const changesOf = new Map<string, number[]>();
function changes(zone: string): number[] {
  let found = changesOf.get(zone);
  if (!found) {
    const read = clockReader(zone);
    const offset = (t: number): number => {
      const c = read(t);
      return Date.parse(`${c.date}T00:00:00Z`) + c.minute * MINUTE - t;
    };
    found = [];
    for (let t = FIRST; t < LAST; t += DAY) if (offset(t) !== offset(t + DAY)) found.push(t);
    changesOf.set(zone, found);
  }
  return found;
}

// Instants (in minutes) in 2024–2028; half within 5 days of a change of the zone's clock. Unbiased,
// as fast-check otherwise favours the ends of a range (spans of a few minutes, the first instant).
const instant = (zone: string): fc.Arbitrary<number> => {
  const anywhere = fc.noBias(fc.integer({ min: FIRST / MINUTE, max: LAST / MINUTE }));
  const near = changes(zone);
  if (near.length === 0) return anywhere;
  const nearChange = fc
    .tuple(fc.constantFrom(...near), fc.noBias(fc.integer({ min: -5 * 1440, max: 5 * 1440 })))
    .map(([change, minutes]) => change / MINUTE + minutes);
  return fc.oneof(anywhere, nearChange);
};

const scenario = fc
  .constantFrom(...ZONES)
  .chain((timeZone) =>
    fc.record({
      timeZone: fc.constant(timeZone),
      days: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
      start: time,
      end: time,
      wholeDay: fc.integer({ min: 0, max: 5 }), // 0: end = start, the 24 h window
      aMinute: instant(timeZone),
      spanMinutes: fc.noBias(fc.integer({ min: -10 * 1440, max: 10 * 1440 })),
      holidayOffsets: fc.uniqueArray(fc.integer({ min: -2, max: 11 }), { maxLength: 4 }),
    }),
  )
  .map(({ aMinute, spanMinutes, holidayOffsets, wholeDay, ...rest }) => {
    const first = Math.min(aMinute, aMinute + spanMinutes) * MINUTE;
    const holidays = holidayOffsets.map((d) => new Date(first + d * DAY).toISOString().slice(0, 10));
    const hours: WorkingHours = { ...rest, end: wholeDay === 0 ? rest.start : rest.end, holidays };
    return { hours, aMs: aMinute * MINUTE, bMs: (aMinute + spanMinutes) * MINUTE };
  });

describe('workingSecondsBetween against a minute-by-minute clock-watcher', () => {
  it('agrees for random zones, hours and spans up to 10 days', () => {
    fc.assert(
      fc.property(scenario, ({ hours, aMs, bMs }) => {
        const got = workingSecondsBetween(hours, aMs / 1000, bMs / 1000);
        const sign = bMs < aMs ? -1 : 1;
        const ref = reference(hours, Math.min(aMs, bMs), Math.max(aMs, bMs));
        expect(Math.abs(got - sign * ref.seconds)).toBeLessThanOrEqual(ref.slackSeconds);
        expect(Number.isInteger(got) && Math.sign(got) !== -sign).toBe(true);
      }),
      { numRuns: 100, seed: Number(process.env['TIME_PROPERTY_SEED'] ?? 20261205) },
    );
  }, 60_000);
});
