/**
 * The working clock (issue 20) on six leads worked by hand. Working hours Monday–Friday 09:00–17:00
 * in Europe/Berlin, SLA 4 h, as of 31 March 2026 (a Tuesday; Berlin moves from UTC+1 to UTC+2 on
 * Sunday 29 March). Wall times below are Berlin's.
 *
 *        created            first touch         by the clock   working             after hours
 *   L1   Fri 6 Mar 18:00    Mon 9 Mar 09:30     63.5 h         0.5 h               yes
 *   L2   Tue 3 Mar 10:00    Tue 3 Mar 16:00     6 h            6 h                 no
 *   L3   Sat 7 Mar 12:00    never               age to 1 Apr 00:00: 17 weekdays × 8 h = 136 h      yes
 *   L4   Fri 27 Mar 16:00   Mon 30 Mar 10:00    66 h (written) 1 h + 1 h = 2 h     no
 *   L5   Tue 31 Mar 16:30   never               age 7.5 h      age 0.5 h           no
 *   L6   Tue 10 Mar 08:00   Tue 10 Mar 12:00    4 h            3 h (09–12)         yes (before 09:00)
 *
 * SLA on the clock: L6 within (4 ≤ 4); L1, L2, L4 breached; L3, L5 untouched past 4 h: breached.
 * SLA on the working clock: L1, L4, L6 within; L2 breached; L3 breached; L5 pending (0.5 h ≤ 4 h).
 * Median working response over L1, L2, L4, L6: 0.5, 2, 3, 6 → 2.5 h. Ann (L1, L2, L4): 0.5, 2, 6 → 2;
 * Bob (L6): 3.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetricsEngine, knownFields, metricsDocument } from '../../../../src/lib/metrics';
import type { LeadDefinition } from '../../../../src/lib/metrics/context';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const HEADER = 'Lead ID,Created Date,First Call Date Time,Lead Status,Lead Owner';
const ROWS: [string, string, string, string, string][] = [
  ['L1', '2026-03-06 18:00', '2026-03-09 09:30', 'Working', 'Ann'],
  ['L2', '2026-03-03 10:00', '2026-03-03 16:00', 'Working', 'Ann'],
  ['L3', '2026-03-07 12:00', '', 'New', 'Bob'],
  ['L4', '2026-03-27 16:00', '2026-03-30 10:00', 'Working', 'Ann'],
  ['L5', '2026-03-31 16:30', '', 'New', 'Bob'],
  ['L6', '2026-03-10 08:00', '2026-03-10 12:00', 'Working', 'Bob'],
];

/** Berlin wall time → the same instant written in another form. */
const BERLIN_OFFSET = (wall: string) => (wall >= '2026-03-29 02:00' ? 2 : 1);
function shifted(wall: string, hours: number): string {
  const d = new Date(`${wall.replace(' ', 'T')}:00Z`);
  d.setUTCHours(d.getUTCHours() + hours);
  return d.toISOString().slice(0, 16).replace('T', ' ');
}
const utcOf = (wall: string) => (wall ? shifted(wall, -BERLIN_OFFSET(wall)) : '');

const BERLIN = write('berlin.csv', [HEADER, ...ROWS.map((r) => r.join(','))]);
/** The same instants written in UTC, no offset (an export in another zone than the hours'). */
const UTC_WALL = write('utc-wall.csv', [
  HEADER,
  ...ROWS.map(([id, c, t, s, o]) => [id, utcOf(c), utcOf(t), s, o].join(',')),
]);
/** The same instants, each with its own offset: the export's zone must not apply. */
const ZONED = write('zoned.csv', [
  HEADER,
  ...ROWS.map(([id, c, t, s, o]) =>
    [id, c && `${utcOf(c).replace(' ', 'T')}:00Z`, t && `${utcOf(t).replace(' ', 'T')}:00Z`, s, o].join(','),
  ),
]);

const HOURS = {
  days: [1, 2, 3, 4, 5],
  start: '09:00',
  end: '17:00',
  timeZone: 'Europe/Berlin',
  holidays: [],
};

async function documentFor(path: string, definition: Partial<LeadDefinition>, store = true) {
  const db = await freshDb();
  const { prepared, report } = await load(db, 'leads', path);
  const known = knownFields([
    { kind: prepared.kind, mapping: report.choice.mapping, zoned: report.choice.formats.zoned },
  ]);
  const engine = new MetricsEngine(db, { store });
  const state = { known, definition: { slaHours: 4, asOf: '2026-03-31', ...definition } };
  const afterHours = { ...state, filters: { dimensions: { arrived: ['After hours'] } } };
  return {
    arrived: await engine.run(state, 'byDimension', 'arrived'),
    afterHours: await metricsDocument(engine, afterHours),
    doc: await metricsDocument(engine, state),
    owners: await engine.run(state, 'byOwner'),
    redirect: await engine.redirectList(state),
  };
}

const sla = (doc: Awaited<ReturnType<typeof documentFor>>['doc']) => [
  doc.followUp?.withinSla,
  doc.followUp?.breachedSla,
  doc.followUp?.pendingSla,
];

describe('the working clock', () => {
  it('is off by default: the SLA on the clock, no working figures', async () => {
    const { doc, owners, redirect, afterHours } = await documentFor(BERLIN, {});
    // No working hours, no such segment: the filter is dropped and every lead counts.
    expect(afterHours.speedToLead?.bands.reduce((sum, b) => sum + (b.leads ?? 0), 0)).toBe(6);
    expect(doc.speedToLead?.businessHours).toBeNull();
    // Untouched past 4 h by the clock: L5 (7.5 h, freshest first) and L3.
    expect(redirect?.rows.map((r) => r.leadId)).toEqual(['L5', 'L3']);
    expect(sla(doc)).toEqual([1, 5, 0]);
    expect(doc.followUp?.medianResponseHours).toBe(34.75);
    expect(owners?.map((o) => o.medianWorkingHours)).toEqual([null, null]);
  });

  it('measures working time across weekends and the spring change, and judges the SLA on it', async () => {
    const { doc, owners, redirect, arrived, afterHours } = await documentFor(BERLIN, {
      timeZone: 'Europe/Berlin',
      businessHours: { ...HOURS, slaClock: 'working' },
    });
    // After-hours leads are a segment: L1, L3, L6 (L6 touched, L1 touched, L3 never); the rest in hours.
    expect(arrived?.map((r) => [r.value, r.leads, r.followedUp])).toEqual([
      ['After hours', 3, 2],
      ['In working hours', 3, 2],
    ]);
    expect(afterHours.followUp?.neverFollowedUp).toBe(1);
    expect(afterHours.speedToLead?.businessHours?.afterHoursLeads).toBe(3);
    // Their working medians: L1 0.5, L6 3 → 1.75.
    expect(afterHours.speedToLead?.businessHours?.medianWorkingHours).toBe(1.75);
    expect(afterHours.filters).toEqual({ dimensions: { arrived: ['After hours'] } });
    expect(doc.speedToLead?.businessHours).toEqual({
      ...HOURS,
      slaClock: 'working',
      medianWorkingHours: 2.5,
      afterHoursLeads: 3,
    });
    expect(sla(doc)).toEqual([3, 2, 1]);
    // Due for redirecting: untouched past 4 working hours, L3 alone (L5 has waited 0.5 working hours).
    expect(redirect?.rows.map((r) => r.leadId)).toEqual(['L3']);
    // Every lead still counted: the bands (timed, unknown, never) hold all six.
    expect(doc.speedToLead?.bands.reduce((sum, b) => sum + (b.leads ?? 0), 0)).toBe(6);
    // The median response stays on the clock; only the SLA moved.
    expect(doc.followUp?.medianResponseHours).toBe(34.75);
    expect(new Map(owners?.map((o) => [o.owner, o.medianWorkingHours]))).toEqual(
      new Map([
        ['Ann', 2],
        ['Bob', 3],
      ]),
    );
  });

  it('gives the same figures when the facts are computed in each query (not stored)', async () => {
    const { doc, owners } = await documentFor(
      BERLIN,
      { timeZone: 'Europe/Berlin', businessHours: { ...HOURS, slaClock: 'working' } },
      false,
    );
    expect(doc.speedToLead?.businessHours?.medianWorkingHours).toBe(2.5);
    expect(doc.speedToLead?.businessHours?.afterHoursLeads).toBe(3);
    expect(sla(doc)).toEqual([3, 2, 1]);
    expect(owners?.map((o) => o.medianWorkingHours)).toEqual([2, 3]);
  });

  it('keeps the SLA on the clock when the definition says so, with the working figures beside it', async () => {
    const { doc } = await documentFor(BERLIN, {
      timeZone: 'Europe/Berlin',
      businessHours: { ...HOURS, slaClock: 'clock' },
    });
    expect(sla(doc)).toEqual([1, 5, 0]);
    expect(doc.speedToLead?.businessHours?.medianWorkingHours).toBe(2.5);
  });

  it('reads an export written in another zone than the working hours', async () => {
    const { doc } = await documentFor(UTC_WALL, {
      timeZone: 'UTC',
      businessHours: { ...HOURS, slaClock: 'working' },
    });
    expect(doc.speedToLead?.businessHours?.medianWorkingHours).toBe(2.5);
    expect(doc.speedToLead?.businessHours?.afterHoursLeads).toBe(3);
    // L5's age runs to the end of 31 March in UTC, 02:00 Berlin: still 0.5 working hours, pending.
    expect(sla(doc)).toEqual([3, 2, 1]);
  });

  it('keeps each value’s own offset whatever the export zone says', async () => {
    const { doc } = await documentFor(ZONED, {
      timeZone: 'America/New_York',
      businessHours: { ...HOURS, slaClock: 'working' },
    });
    expect(doc.speedToLead?.businessHours?.medianWorkingHours).toBe(2.5);
    expect(doc.speedToLead?.businessHours?.afterHoursLeads).toBe(3);
    expect(doc.followUp?.withinSla).toBe(3);
  });

  it('counts overnight windows across New York’s autumn change and skips a holiday’s window', async () => {
    // Every day 22:00–06:00 New York, the window starting on Tuesday 3 November off (a holiday).
    //   N1 Sat 31 Oct 21:00 EDT → Sun 1 Nov 07:00 EST: the Saturday window runs 22:00 EDT to 06:00
    //      EST, 9 h (the clocks go back at 02:00): 9 working hours; created before it: after hours.
    //   N2 Tue 3 Nov 21:00 → Wed 07:00: Tuesday's window is the holiday's: 0 h; after hours.
    //   N3 Wed 4 Nov 23:00 → Thu 01:00: 2 h, in hours.   N4 Thu 5 Nov 12:00 → 23:00: 1 h; after hours.
    // Median of 0, 1, 2, 9: 1.5 h. SLA 4 working hours: N1 breached, the others within.
    const path = write('new-york.csv', [
      HEADER,
      'N1,2026-10-31 21:00,2026-11-01 07:00,Working,Ann',
      'N2,2026-11-03 21:00,2026-11-04 07:00,Working,Ann',
      'N3,2026-11-04 23:00,2026-11-05 01:00,Working,Bob',
      'N4,2026-11-05 12:00,2026-11-05 23:00,Working,Bob',
    ]);
    const nights = {
      days: [1, 2, 3, 4, 5, 6, 7],
      start: '22:00',
      end: '06:00',
      timeZone: 'America/New_York',
      holidays: ['2026-11-03'],
      slaClock: 'working' as const,
    };
    const { doc } = await documentFor(path, {
      timeZone: 'America/New_York',
      asOf: '2026-11-05',
      businessHours: nights,
    });
    expect(doc.speedToLead?.businessHours?.medianWorkingHours).toBe(1.5);
    expect(doc.speedToLead?.businessHours?.afterHoursLeads).toBe(3);
    expect(sla(doc)).toEqual([3, 1, 0]);
  });
});
