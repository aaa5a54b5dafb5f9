import { describe, expect, it } from 'vitest';
import {
  isWithinWorkingHours,
  workingSecondsAt,
  workingSecondsBetween,
  workingWindows,
  type WorkingHours,
} from '../../../../src/lib/time/working-hours';

// All expectations are worked by hand from the calendar (2026-01-01 is a Thursday) and the zones'
// rules (Berlin CET +1 / CEST +2, New York EST −5 / EDT −4, Kolkata +5:30; see zone.test.ts).
const sec = (iso: string): number => Date.parse(`${iso}Z`) / 1000;
const H = 3600;
const M = 60;
const officeHours = (timeZone: string, holidays: string[] = []): WorkingHours => ({
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  timeZone,
  holidays,
});
const nights = (timeZone: string, days = [1, 2, 3, 4, 5, 6, 7], holidays: string[] = []): WorkingHours => ({
  days,
  start: '22:00',
  end: '06:00',
  timeZone,
  holidays,
});
const lengths = (hours: WorkingHours, from: string, to: string): number[] =>
  workingWindows(hours, from, to).map((w) => w.endUtc - w.startUtc);

describe('office hours, Mon–Fri 09:00–17:00', () => {
  it("the issue's example: Friday 18:00 → Monday 09:30 is 30 minutes (Berlin, winter)", () => {
    // Fri 2026-01-16 18:00 CET = 17:00 UTC (after Friday's window); Mon 2026-01-19 09:30 CET =
    // 08:30 UTC; Monday's window opened at 09:00 CET: 30 min.
    expect(
      workingSecondsBetween(officeHours('Europe/Berlin'), sec('2026-01-16T17:00'), sec('2026-01-19T08:30')),
    ).toBe(30 * M);
  });

  it('the same in Asia/Kolkata (+5:30)', () => {
    // Fri 18:00 IST = 12:30 UTC; Mon 09:30 IST = 04:00 UTC.
    expect(
      workingSecondsBetween(officeHours('Asia/Kolkata'), sec('2026-01-16T12:30'), sec('2026-01-19T04:00')),
    ).toBe(30 * M);
  });

  it('across a weekend: Fri 16:00 → Mon 10:00 is 1 h + 1 h; backwards it is negative', () => {
    const hours = officeHours('Europe/Berlin');
    // Fri 16:00 CET = 15:00 UTC, Mon 10:00 CET = 09:00 UTC.
    expect(workingSecondsBetween(hours, sec('2026-01-16T15:00'), sec('2026-01-19T09:00'))).toBe(2 * H);
    expect(workingSecondsBetween(hours, sec('2026-01-19T09:00'), sec('2026-01-16T15:00'))).toBe(-2 * H);
    // A whole week, Mon 09:00 → next Mon 09:00: 5 × 8 h.
    expect(workingSecondsBetween(hours, sec('2026-01-12T08:00'), sec('2026-01-19T08:00'))).toBe(40 * H);
    // Saturday to Sunday: nothing.
    expect(workingSecondsBetween(hours, sec('2026-01-17T08:00'), sec('2026-01-18T20:00'))).toBe(0);
  });

  it('a holiday on the Monday: Friday 18:00 → Tuesday 09:30 is 30 minutes', () => {
    const hours = officeHours('Europe/Berlin', ['2026-01-19']);
    expect(workingSecondsBetween(hours, sec('2026-01-16T17:00'), sec('2026-01-20T08:30'))).toBe(30 * M);
    // Without the holiday Monday's 8 h count too.
    expect(
      workingSecondsBetween(officeHours('Europe/Berlin'), sec('2026-01-16T17:00'), sec('2026-01-20T08:30')),
    ).toBe(8 * H + 30 * M);
  });

  it('windows, the running sum, and the clock at and between them', () => {
    // Mon 2026-01-19 and Tue 2026-01-20 in UTC: 09:00–17:00 each.
    const windows = workingWindows(officeHours('UTC'), '2026-01-17', '2026-01-20');
    expect(windows).toEqual([
      { startUtc: sec('2026-01-19T09:00'), endUtc: sec('2026-01-19T17:00'), before: 0 },
      { startUtc: sec('2026-01-20T09:00'), endUtc: sec('2026-01-20T17:00'), before: 8 * H },
    ]);
    expect(workingSecondsAt(windows, sec('2026-01-19T08:59'))).toBe(0);
    expect(workingSecondsAt(windows, sec('2026-01-19T10:15'))).toBe(H + 15 * M);
    expect(workingSecondsAt(windows, sec('2026-01-19T20:00'))).toBe(8 * H);
    expect(workingSecondsAt(windows, sec('2026-01-20T09:01'))).toBe(8 * H + M);
    expect(workingSecondsAt(windows, sec('2026-01-25T00:00'))).toBe(16 * H);
    expect(workingSecondsAt([], sec('2026-01-25T00:00'))).toBe(0);
    expect(isWithinWorkingHours(windows, sec('2026-01-19T08:59'))).toBe(false);
    expect(isWithinWorkingHours(windows, sec('2026-01-19T09:00'))).toBe(true);
    expect(isWithinWorkingHours(windows, sec('2026-01-19T16:59'))).toBe(true);
    expect(isWithinWorkingHours(windows, sec('2026-01-19T17:00'))).toBe(false);
    expect(isWithinWorkingHours(windows, sec('2026-01-21T10:00'))).toBe(false);
    expect(workingWindows(officeHours('UTC'), '2026-01-20', '2026-01-19')).toEqual([]);
    expect(() => workingWindows(officeHours('UTC'), '2026-02-30', '2026-03-01')).toThrow();
  });

  it('across the spring change in New York, Fri 16:00 EST → Mon 10:00 EDT is 2 h', () => {
    // Fri 2026-03-06 16:00 EST = 21:00 UTC; Mon 2026-03-09 10:00 EDT = 14:00 UTC.
    const hours = officeHours('America/New_York');
    expect(workingSecondsBetween(hours, sec('2026-03-06T21:00'), sec('2026-03-09T14:00'))).toBe(2 * H);
    // Monday's window is 09:00–17:00 EDT = 13:00–21:00 UTC.
    expect(workingWindows(hours, '2026-03-09', '2026-03-09')).toEqual([
      { startUtc: sec('2026-03-09T13:00'), endUtc: sec('2026-03-09T21:00'), before: 0 },
    ]);
  });
});

describe('overnight, 22:00–06:00', () => {
  it('runs into the next day and belongs to the day it starts on (UTC)', () => {
    const hours = nights('UTC');
    // 21:00 → 07:00 next day covers the whole night: 8 h; 23:00 → 05:00: 6 h.
    expect(workingSecondsBetween(hours, sec('2026-01-05T21:00'), sec('2026-01-06T07:00'))).toBe(8 * H);
    expect(workingSecondsBetween(hours, sec('2026-01-05T23:00'), sec('2026-01-06T05:00'))).toBe(6 * H);
    // Noon to noon: 22:00–06:00 = 8 h.
    expect(workingSecondsBetween(hours, sec('2026-01-05T12:00'), sec('2026-01-06T12:00'))).toBe(8 * H);
  });

  it('a holiday removes the night that starts on it, not the one that ends on it', () => {
    // Holiday Mon 2026-01-05: the night Sun 22:00 → Mon 06:00 stays (00:00–06:00 = 6 h counted from
    // midnight), the night Mon 22:00 → Tue 06:00 goes; Tue's night starts after noon Tue.
    const hours = nights('UTC', [1, 2, 3, 4, 5, 6, 7], ['2026-01-05']);
    expect(workingSecondsBetween(hours, sec('2026-01-05T00:00'), sec('2026-01-06T12:00'))).toBe(6 * H);
  });

  it('weeknights only: the Friday night runs into Saturday, there is none on Saturday', () => {
    // Fri 2026-01-09 22:00 → Sat 06:00 counts (8 h); Sat and Sun nights do not; Mon 22:00 → 23:00 1 h.
    const hours = nights('UTC', [1, 2, 3, 4, 5]);
    expect(workingSecondsBetween(hours, sec('2026-01-09T12:00'), sec('2026-01-12T23:00'))).toBe(9 * H);
  });

  it('Europe/Berlin: 7 h across the spring change, 9 h across the autumn one', () => {
    const hours = nights('Europe/Berlin');
    // Sat 2026-03-28 22:00 CET = 21:00 UTC → Sun 06:00 CEST = 04:00 UTC: 7 h.
    // Sat 2026-10-24 22:00 CEST = 20:00 UTC → Sun 06:00 CET = 05:00 UTC: 9 h.
    expect(lengths(hours, '2026-03-27', '2026-03-29')).toEqual([8 * H, 7 * H, 8 * H]);
    expect(lengths(hours, '2026-10-23', '2026-10-25')).toEqual([8 * H, 9 * H, 8 * H]);
    expect(workingWindows(hours, '2026-03-28', '2026-03-28')[0]).toEqual({
      startUtc: sec('2026-03-28T21:00'),
      endUtc: sec('2026-03-29T04:00'),
      before: 0,
    });
    // Sat noon → Sun noon (local) on each change weekend.
    expect(workingSecondsBetween(hours, sec('2026-03-28T11:00'), sec('2026-03-29T10:00'))).toBe(7 * H);
    expect(workingSecondsBetween(hours, sec('2026-10-24T10:00'), sec('2026-10-25T11:00'))).toBe(9 * H);
  });

  it('America/New_York: 7 h across the spring change, 9 h across the autumn one', () => {
    const hours = nights('America/New_York');
    // Sat 2026-03-07 22:00 EST = 03:00 UTC Sun → Sun 06:00 EDT = 10:00 UTC: 7 h.
    // Sat 2026-10-31 22:00 EDT = 02:00 UTC Sun → Sun 06:00 EST = 11:00 UTC: 9 h.
    expect(lengths(hours, '2026-03-07', '2026-03-08')).toEqual([7 * H, 8 * H]);
    expect(lengths(hours, '2026-10-31', '2026-11-01')).toEqual([9 * H, 8 * H]);
    expect(workingSecondsBetween(hours, sec('2026-03-07T17:00'), sec('2026-03-08T16:00'))).toBe(7 * H);
    expect(workingSecondsBetween(hours, sec('2026-10-31T16:00'), sec('2026-11-01T17:00'))).toBe(9 * H);
  });
});

describe('the whole day, start === end', () => {
  it('00:00–00:00 is 24 h, 23 h on the spring day and 25 h on the autumn day (Berlin)', () => {
    const hours: WorkingHours = {
      days: [7],
      start: '00:00',
      end: '00:00',
      timeZone: 'Europe/Berlin',
      holidays: [],
    };
    // Sundays: 2026-03-22 (24 h), 03-29 (23 h: 03-28T23:00Z → 03-29T22:00Z), 10-25 (25 h).
    expect(lengths(hours, '2026-03-22', '2026-03-29')).toEqual([24 * H, 23 * H]);
    expect(lengths(hours, '2026-10-25', '2026-10-25')).toEqual([25 * H]);
  });
});

describe('window edges inside a spring gap', () => {
  it('a window 02:30–03:15 on the spring day reads 03:30–03:15 CEST and is dropped', () => {
    // 02:30 (gap) → 01:30 UTC; 03:15 CEST → 01:15 UTC: reversed, so no window on 2026-03-29.
    const hours: WorkingHours = {
      days: [6, 7],
      start: '02:30',
      end: '03:15',
      timeZone: 'Europe/Berlin',
      holidays: [],
    };
    // Saturday's is an ordinary 45 min: 02:30–03:15 CET = 01:30–02:15 UTC.
    expect(workingWindows(hours, '2026-03-28', '2026-03-29')).toEqual([
      { startUtc: sec('2026-03-28T01:30'), endUtc: sec('2026-03-28T02:15'), before: 0 },
    ]);
  });

  it('windows never overlap: the next start is clipped to the previous end', () => {
    // 03:15–02:45 every day. Sat 03-28 03:15 CET = 02:15 UTC → Sun 02:45 (gap, read as CET) =
    // 01:45 UTC. Sun 03:15 CEST = 01:15 UTC, clipped to 01:45 UTC → Mon 02:45 CEST = 00:45 UTC.
    const hours: WorkingHours = {
      days: [1, 2, 3, 4, 5, 6, 7],
      start: '03:15',
      end: '02:45',
      timeZone: 'Europe/Berlin',
      holidays: [],
    };
    expect(workingWindows(hours, '2026-03-28', '2026-03-29')).toEqual([
      { startUtc: sec('2026-03-28T02:15'), endUtc: sec('2026-03-29T01:45'), before: 0 },
      { startUtc: sec('2026-03-29T01:45'), endUtc: sec('2026-03-30T00:45'), before: 23 * H + 30 * M },
    ]);
  });
});
