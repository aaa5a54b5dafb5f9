/**
 * The last periods (the Overview tiles' sparklines) on a file worked by hand: twelve leads from
 * 15 January 2025 to 20 January 2026, by week, month and quarter, capped at 12 periods, starting no
 * earlier than the first lead's period, the current one "to date", across the year end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MetricsEngine, knownFields, type EngineState, type Filters } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-series-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LEADS = join(dir, 'leads.csv');
// "Working" is followed up, "New" is not (the default untouched statuses).
writeFileSync(
  LEADS,
  [
    'Lead ID,Created Date,Lead Status,Lead Source',
    'L1,2025-01-15,Working,Partner',
    'L2,2025-03-31,New,Web',
    'L3,2025-04-01,Working,Web',
    'L4,2025-10-02,Working,Web',
    'L5,2025-12-03,Working,Web',
    'L6,2025-12-10,New,Partner',
    'L7,2025-12-29,Working,Web',
    'L8,2025-12-31,New,Web',
    'L9,2026-01-02,Working,Web',
    'L10,2026-01-05,Working,Partner',
    'L11,2026-01-09,New,Web',
    'L12,2026-01-20,Working,Web',
    '',
  ].join('\n'),
);

let db: Db;
let state: EngineState;
beforeAll(async () => {
  db = await freshDb();
  const leads = await load(db, 'leads', LEADS);
  state = { known: knownFields([{ kind: 'leads', mapping: leads.report.choice.mapping }]) };
});

const run = (asOf: string, granularity: 'week' | 'month' | 'quarter', filters?: Filters) =>
  new MetricsEngine(db).run({ ...state, filters, definition: { asOf } }, 'periodSeries', granularity);

type Point = { from: string; to: string; toDate: boolean; leads: number; followedUp: number | null };
const brief = (series: Point[] | null) => series?.map((p) => [p.from, p.to, p.toDate, p.leads, p.followedUp]);
const leadsOf = (series: Point[] | null) => series?.map((p) => p.leads);

describe('the last periods', () => {
  it('by month to date: the 12 months February 2025 – 1–10 January 2026 (January 2025 falls off)', async () => {
    const s = await run('2026-01-10', 'month');
    expect(s).toHaveLength(12);
    expect(leadsOf(s)).toEqual([0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 4, 3]);
    expect(brief(s)?.[0]).toEqual(['2025-02-01', '2025-02-28', false, 0, 0]);
    expect(brief(s)?.[1]).toEqual(['2025-03-01', '2025-03-31', false, 1, 0]);
    expect(brief(s)?.[10]).toEqual(['2025-12-01', '2025-12-31', false, 4, 2]);
    // L12 (20 January) is after the as-of day.
    expect(brief(s)?.[11]).toEqual(['2026-01-01', '2026-01-10', true, 3, 2]);
    expect(s?.[0]?.followUpRate).toBeNull();
    expect(s?.[11]?.followUpRate).toBeCloseTo(2 / 3, 12);
    expect(s?.[10]?.neverFollowedUp).toBe(2);
  });

  it('by month, complete: January 2026 whole, with L12', async () => {
    const s = await run('2026-02-15', 'month');
    expect(s).toHaveLength(12);
    expect(brief(s)?.[11]).toEqual(['2026-01-01', '2026-01-31', false, 4, 3]);
    expect(brief(s)?.[0]?.slice(0, 2)).toEqual(['2025-02-01', '2025-02-28']);
  });

  it('by ISO week: Monday 20 October 2025 to the week of 5 January to date, across the year end', async () => {
    const s = await run('2026-01-10', 'week');
    expect(s).toHaveLength(12);
    expect(s?.map((p) => p.from)).toEqual([
      '2025-10-20',
      '2025-10-27',
      '2025-11-03',
      '2025-11-10',
      '2025-11-17',
      '2025-11-24',
      '2025-12-01',
      '2025-12-08',
      '2025-12-15',
      '2025-12-22',
      '2025-12-29',
      '2026-01-05',
    ]);
    expect(leadsOf(s)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 3, 2]);
    // Monday 29 December to Sunday 4 January: L7, L8 (2025) and L9 (2026).
    expect(brief(s)?.[10]).toEqual(['2025-12-29', '2026-01-04', false, 3, 2]);
    expect(brief(s)?.[11]).toEqual(['2026-01-05', '2026-01-10', true, 2, 1]);
  });

  it('by quarter: five quarters, none before the first lead’s (Q1 2025)', async () => {
    const s = await run('2026-01-10', 'quarter');
    expect(brief(s)).toEqual([
      ['2025-01-01', '2025-03-31', false, 2, 1],
      ['2025-04-01', '2025-06-30', false, 1, 1],
      ['2025-07-01', '2025-09-30', false, 0, 0],
      ['2025-10-01', '2025-12-31', false, 5, 3],
      ['2026-01-01', '2026-01-10', true, 3, 2],
    ]);
  });

  it('keeps the other filters and replaces a created range', async () => {
    const s = await run('2026-01-10', 'quarter', {
      dimensions: { source: ['Partner'] },
      createdFrom: '2025-12-01',
      createdTo: '2025-12-31',
    });
    expect(leadsOf(s)).toEqual([1, 0, 0, 1, 1]);
    expect(s?.map((p) => p.followedUp)).toEqual([1, 0, 0, 0, 1]);
  });

  it('each period equals a created-date filter on it', async () => {
    const engine = new MetricsEngine(db);
    const definition = { asOf: '2026-01-10' };
    const s = await engine.run({ ...state, definition }, 'periodSeries', 'week');
    for (const p of s ?? []) {
      const filtered = { ...state, definition, filters: { createdFrom: p.from, createdTo: p.to } };
      const counts = await engine.run(filtered, 'viewCounts');
      const followUp = await engine.run(filtered, 'followUp');
      expect([p.leads, p.followedUp, p.neverFollowedUp, p.followUpRate]).toEqual([
        counts.leads,
        followUp.followedUp,
        followUp.neverFollowedUp,
        followUp.rate,
      ]);
    }
  });
});
