import { describe, expect, it } from 'vitest';
import {
  browserTimeZone,
  isTimeZone,
  offsetMinutes,
  offsetPeriods,
  wallToUtc,
  type OffsetPeriod,
} from '../../../../src/lib/time/zone';

// Expectations come from the zones' published rules, worked by hand:
// Europe/Berlin: CET +60, CEST +120; changes at 01:00 UTC on the last Sunday of March and October.
// America/New_York: EST −300, EDT −240; at 02:00 local on the 2nd Sunday of March, 1st of November.
// Australia/Sydney: AEST +600, AEDT +660; ends 03:00 AEDT 1st Sunday of April, starts 02:00 AEST
// 1st Sunday of October. Asia/Kolkata: IST +330, no changes.
const utc = (iso: string): number => Date.parse(`${iso}Z`);
const wall = utc; // a wall time written as if it were UTC

describe('isTimeZone / browserTimeZone', () => {
  it('accepts IANA names and UTC, refuses the rest', () => {
    for (const name of ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Sydney']) {
      expect(isTimeZone(name)).toBe(true);
    }
    for (const name of ['', 'Mars/Olympus', 'Europe/Berlinn', '+01:00', 'GMT+1:00', ' UTC', 'x'.repeat(80)]) {
      expect(isTimeZone(name)).toBe(false);
    }
  });

  it('browserTimeZone is a zone Intl knows', () => {
    expect(isTimeZone(browserTimeZone())).toBe(true);
  });
});

describe('offsetMinutes', () => {
  it.each([
    ['Europe/Berlin', '2026-01-15T12:00', 60],
    ['Europe/Berlin', '2026-07-15T12:00', 120],
    ['America/New_York', '2026-07-15T12:00', -240],
    ['America/New_York', '2026-01-15T12:00', -300],
    ['Asia/Kolkata', '2026-06-01T00:00', 330],
    ['Australia/Sydney', '2026-01-15T00:00', 660],
    ['Australia/Sydney', '2026-07-15T00:00', 600],
    ['UTC', '2026-07-15T00:00', 0],
    // The minute before and the minute of each change.
    ['Europe/Berlin', '2026-03-29T00:59', 60],
    ['Europe/Berlin', '2026-03-29T01:00', 120],
    ['Europe/Berlin', '2026-10-25T00:59', 120],
    ['Europe/Berlin', '2026-10-25T01:00', 60],
    // 02:00 EST = 07:00 UTC; 02:00 EDT = 06:00 UTC.
    ['America/New_York', '2026-03-08T06:59', -300],
    ['America/New_York', '2026-03-08T07:00', -240],
    ['America/New_York', '2026-11-01T05:59', -240],
    ['America/New_York', '2026-11-01T06:00', -300],
  ])('%s at %s UTC is %i', (zone, at, expected) => {
    expect(offsetMinutes(zone, utc(at))).toBe(expected);
  });
});

describe('wallToUtc', () => {
  it.each([
    // Berlin spring, 2026-03-29: 02:00–02:59 never shows. The gap reads with CET (+1), as 03:xx.
    ['Europe/Berlin', '2026-03-29T01:59', '2026-03-29T00:59'],
    ['Europe/Berlin', '2026-03-29T02:00', '2026-03-29T01:00'],
    ['Europe/Berlin', '2026-03-29T02:30', '2026-03-29T01:30'],
    ['Europe/Berlin', '2026-03-29T03:00', '2026-03-29T01:00'],
    ['Europe/Berlin', '2026-03-29T03:30', '2026-03-29T01:30'],
    // Berlin autumn, 2026-10-25: 02:00–02:59 shows twice; the earlier (CEST, +2).
    ['Europe/Berlin', '2026-10-25T01:59', '2026-10-24T23:59'],
    ['Europe/Berlin', '2026-10-25T02:00', '2026-10-25T00:00'],
    ['Europe/Berlin', '2026-10-25T02:30', '2026-10-25T00:30'],
    ['Europe/Berlin', '2026-10-25T02:59', '2026-10-25T00:59'],
    ['Europe/Berlin', '2026-10-25T03:00', '2026-10-25T02:00'],
    // New York spring, 2026-03-08: 02:xx never shows; read with EST (−5).
    ['America/New_York', '2026-03-08T01:59', '2026-03-08T06:59'],
    ['America/New_York', '2026-03-08T02:30', '2026-03-08T07:30'],
    ['America/New_York', '2026-03-08T03:00', '2026-03-08T07:00'],
    // New York autumn, 2026-11-01: 01:xx shows twice; the earlier (EDT, −4).
    ['America/New_York', '2026-11-01T00:59', '2026-11-01T04:59'],
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30'],
    ['America/New_York', '2026-11-01T02:00', '2026-11-01T07:00'],
    // No changes: 09:00 IST is 03:30 UTC.
    ['Asia/Kolkata', '2026-03-29T09:00', '2026-03-29T03:30'],
  ])('%s %s local → %s UTC', (zone, local, expected) => {
    expect(wallToUtc(zone, wall(local))).toBe(utc(expected));
  });
});

/** The ASOF lookup the SQL will do: the last period whose fromWallMs ≤ wall. */
function viaTable(periods: OffsetPeriod[], wallMs: number): number {
  let found: OffsetPeriod | undefined;
  for (const p of periods) if (p.fromWallMs <= wallMs) found = p;
  if (!found) throw new Error('wall time before the table');
  return wallMs - found.offsetMinutes * 60_000;
}

describe('offsetPeriods', () => {
  it('Europe/Berlin 2026: CET, CEST from 01:00 UTC on 29 March, CET from 01:00 UTC on 25 October', () => {
    expect(offsetPeriods('Europe/Berlin', utc('2026-01-01T00:00'), utc('2027-01-01T00:00'))).toEqual([
      { fromUtcMs: utc('2026-01-01T00:00'), fromWallMs: wall('2026-01-01T01:00'), offsetMinutes: 60 },
      // 01:00 UTC + 2 h: wall times from 03:00 read as CEST (the gap 02:xx reads as CET).
      { fromUtcMs: utc('2026-03-29T01:00'), fromWallMs: wall('2026-03-29T03:00'), offsetMinutes: 120 },
      // 01:00 UTC + max(2 h, 1 h): the repeated 02:xx still reads as CEST, the earlier instant.
      { fromUtcMs: utc('2026-10-25T01:00'), fromWallMs: wall('2026-10-25T03:00'), offsetMinutes: 60 },
    ]);
  });

  it('Australia/Sydney 2026: summer time ends in April and starts in October', () => {
    expect(offsetPeriods('Australia/Sydney', utc('2026-01-01T00:00'), utc('2027-01-01T00:00'))).toEqual([
      { fromUtcMs: utc('2026-01-01T00:00'), fromWallMs: wall('2026-01-01T11:00'), offsetMinutes: 660 },
      // 03:00 AEDT on 5 April = 16:00 UTC on 4 April; walls from 03:00 read as AEST.
      { fromUtcMs: utc('2026-04-04T16:00'), fromWallMs: wall('2026-04-05T03:00'), offsetMinutes: 600 },
      // 02:00 AEST on 4 October = 16:00 UTC on 3 October; clocks jump to 03:00 AEDT.
      { fromUtcMs: utc('2026-10-03T16:00'), fromWallMs: wall('2026-10-04T03:00'), offsetMinutes: 660 },
    ]);
  });

  it('Asia/Kolkata: one period at +5:30 for thirty years', () => {
    const from = utc('2000-01-01T00:00');
    expect(offsetPeriods('Asia/Kolkata', from, utc('2030-01-01T00:00'))).toEqual([
      { fromUtcMs: from, fromWallMs: wall('2000-01-01T05:30'), offsetMinutes: 330 },
    ]);
  });

  it('starts at fromUtcMs even when not on a minute, and ends at toUtcMs', () => {
    const from = utc('2026-03-29T00:59:30');
    const periods = offsetPeriods('Europe/Berlin', from, utc('2026-03-29T01:00'));
    expect(periods.map((p) => [p.fromUtcMs, p.offsetMinutes])).toEqual([
      [from, 60],
      [utc('2026-03-29T01:00'), 120],
    ]);
    expect(offsetPeriods('Europe/Berlin', from, utc('2026-03-29T00:59:59'))).toHaveLength(1);
  });

  it('Europe/Berlin over 30 years: two changes a year, alternating +60/+120, one hour apart in wall time', () => {
    const periods = offsetPeriods('Europe/Berlin', utc('2000-01-01T00:00'), utc('2030-01-01T00:00'));
    expect(periods).toHaveLength(61);
    periods.forEach((p, i) => {
      expect(p.offsetMinutes).toBe(i % 2 === 0 ? 60 : 120);
      if (i > 0) expect(new Date(p.fromUtcMs).toISOString().slice(10)).toBe('T01:00:00.000Z');
    });
  });

  // Against an hour-by-hour scan that reads the offset Intl prints ("GMT+05:45"), 2023–2028, for
  // zones with odd offsets and changes, the span starting and ending mid-year.
  it.each([
    'Europe/Berlin',
    'America/New_York',
    'America/Santiago',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Africa/Casablanca',
    'Asia/Kathmandu',
    'America/St_Johns',
  ])('%s: the same changes as an hourly scan, each exact to the minute', (zone) => {
    const printed = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    const offset = (t: number): number => {
      const m = /GMT(?:([+-])(\d{2}):(\d{2}))?$/.exec(printed.format(t));
      if (!m) throw new Error(printed.format(t));
      return m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
    };
    const from = utc('2023-05-17T10:20');
    const to = utc('2028-08-03T07:00');
    let changes = 0;
    for (let t = from; t + 3_600_000 <= to; t += 3_600_000)
      if (offset(t) !== offset(t + 3_600_000)) changes++;
    const periods = offsetPeriods(zone, from, to);
    expect(periods.length - 1).toBe(changes);
    expect(periods[0]?.offsetMinutes).toBe(offset(from));
    for (let i = 1; i < periods.length; i++) {
      const p = periods[i] as OffsetPeriod;
      expect(offset(p.fromUtcMs - 60_000)).toBe((periods[i - 1] as OffsetPeriod).offsetMinutes);
      expect(offset(p.fromUtcMs)).toBe(p.offsetMinutes);
    }
    // Asked again (from the cache), and for a part of the span: the same.
    expect(offsetPeriods(zone, from, to)).toEqual(periods);
    const mid = utc('2025-12-31T23:30');
    expect(offsetPeriods(zone, mid, to).slice(1)).toEqual(periods.filter((p) => p.fromUtcMs > mid));
  });

  // Every minute of wall time on each change day (and the days either side): the table and
  // wallToUtc give the same instant, gaps and overlaps included.
  it.each([
    ['Europe/Berlin', '2026-03-29'],
    ['Europe/Berlin', '2026-10-25'],
    ['America/New_York', '2026-03-08'],
    ['America/New_York', '2026-11-01'],
    ['Australia/Sydney', '2026-04-05'],
    ['Australia/Sydney', '2026-10-04'],
    ['Australia/Lord_Howe', '2026-04-05'],
    ['Australia/Lord_Howe', '2026-10-04'],
  ])('%s on %s: the table agrees with wallToUtc', (zone, day) => {
    const midnight = wall(`${day}T00:00`);
    const DAY = 86_400_000;
    const periods = offsetPeriods(zone, midnight - 3 * DAY, midnight + 3 * DAY);
    expect(periods.length).toBeGreaterThan(1);
    for (let w = midnight - DAY; w < midnight + 2 * DAY; w += 60_000) {
      expect(viaTable(periods, w), new Date(w).toISOString()).toBe(wallToUtc(zone, w));
    }
  });
});
