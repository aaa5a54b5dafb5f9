/**
 * Period comparison on a file worked by hand (issue 18): nine leads from 3 December 2025 to
 * 20 February 2026, windows by week, month and quarter, complete and "to date", across the year end.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MetricsEngine, knownFields, type EngineState } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';
import { recordingDb } from '../../../support/recording-db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-comparison-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const LEADS = join(dir, 'leads.csv');
writeFileSync(
  LEADS,
  [
    'Lead ID,Created Date,Lead Status,Lead Source',
    'L1,2025-12-03,Working,Web',
    'L2,2025-12-10,New,Web',
    'L3,2025-12-20,Working,Partner',
    'L4,2025-12-31,New,Web',
    'L5,2026-01-02,Working,Web',
    'L6,2026-01-05,Working,Partner',
    'L7,2026-01-09,New,Web',
    'L9,2026-01-30,New,Web',
    'L8,2026-02-20,Working,Web',
    '',
  ].join('\n'),
);

let db: Db;
let state: EngineState;
beforeAll(async () => {
  db = await freshDb();
  const leads = await load(db, 'leads', LEADS);
  state = {
    known: knownFields([{ kind: 'leads', mapping: leads.report.choice.mapping }]),
  };
});

const run = (asOf: string, ...params: string[]) =>
  new MetricsEngine(db).run({ ...state, definition: { asOf } }, 'comparison', ...(params as ['month']));

type Brief = { from: string; to: string; toDate: boolean; leads: number; followedUp: number | null };
const brief = (p: Brief | undefined) => [p?.from, p?.to, p?.toDate, p?.leads, p?.followedUp];

describe('period comparison', () => {
  it('a month to date across the year end: 1–10 January against 1–10 December', async () => {
    const c = await run('2026-01-10');
    expect(c?.granularity).toBe('month');
    expect(brief(c?.current)).toEqual(['2026-01-01', '2026-01-10', true, 3, 2]);
    expect(brief(c?.previous)).toEqual(['2025-12-01', '2025-12-10', false, 2, 1]);
    expect(c?.current.followUpRate).toBeCloseTo(2 / 3, 12);
    expect(c?.current.neverFollowedUp).toBe(1);
  });

  it('a complete month: all of January against all of December', async () => {
    const c = await run('2026-02-15');
    expect(brief(c?.current)).toEqual(['2026-01-01', '2026-01-31', false, 4, 2]);
    expect(brief(c?.previous)).toEqual(['2025-12-01', '2025-12-31', false, 4, 2]);
  });

  it('a complete February against all of January, not its first 28 days', async () => {
    const c = await run('2026-03-05');
    expect(brief(c?.current)).toEqual(['2026-02-01', '2026-02-28', false, 1, 1]);
    // L5, L6, L7 and L9 (30 January): a window cut to February's 28 days would leave L9 out.
    expect(brief(c?.previous)).toEqual(['2026-01-01', '2026-01-31', false, 4, 2]);
  });

  it('an ISO week to date (Monday 5 January to Saturday the 10th) against Monday 29 December + 5 days', async () => {
    const c = await run('2026-01-10', 'week');
    expect(brief(c?.current)).toEqual(['2026-01-05', '2026-01-10', true, 2, 1]);
    expect(brief(c?.previous)).toEqual(['2025-12-29', '2026-01-03', false, 2, 1]);
  });

  it('a quarter to date: 1–10 January against 1–10 October (no leads)', async () => {
    const c = await run('2026-01-10', 'quarter');
    expect(brief(c?.current)).toEqual(['2026-01-01', '2026-01-10', true, 3, 2]);
    expect(brief(c?.previous)).toEqual(['2025-10-01', '2025-10-10', false, 0, 0]);
    expect(c?.previous.followUpRate).toBeNull();
  });

  it('a previous month before the first lead: 1–15 December against 1–15 November (nothing yet)', async () => {
    const c = await run('2025-12-15');
    expect(brief(c?.current)).toEqual(['2025-12-01', '2025-12-15', true, 2, 1]);
    expect(brief(c?.previous)).toEqual(['2025-11-01', '2025-11-15', false, 0, 0]);
    expect(c?.previous.followUpRate).toBeNull();
    expect(c?.previous.medianResponseHours).toBeNull();
  });

  it('shares one statement with the sparklines’ periods, after one for the windows', async () => {
    const recorded = recordingDb(db);
    const engine = new MetricsEngine(recorded.db);
    const asked = { ...state, definition: { asOf: '2026-01-10' } };
    const [c, series] = await Promise.all([
      engine.run(asked, 'comparison', 'month'),
      engine.run(asked, 'periodSeries', 'month'),
    ]);
    expect(brief(c?.current)).toEqual(['2026-01-01', '2026-01-10', true, 3, 2]);
    expect(series?.at(-1)?.leads).toBe(3);
    const periods = recorded.statements.filter((sql) => sql.includes('cut_leads'));
    const windows = recorded.statements.filter((sql) => sql.includes('AS first_from'));
    expect([periods.length, windows.length]).toEqual([1, 1]);
  });

  it('keeps the other filters, replaces a created range, and equals a created-range filter on each window', async () => {
    const filtered = { ...state, definition: { asOf: '2026-01-10' } };
    const engine = new MetricsEngine(db);
    const c = await engine.run(
      {
        ...filtered,
        filters: { dimensions: { source: ['Web'] }, createdFrom: '2025-01-01', createdTo: '2025-01-31' },
      },
      'comparison',
      'month',
    );
    // Web only: L5, L7 in January to date; L1, L2 in 1–10 December.
    expect(brief(c?.current)).toEqual(['2026-01-01', '2026-01-10', true, 2, 1]);
    expect(brief(c?.previous)).toEqual(['2025-12-01', '2025-12-10', false, 2, 1]);
    const window = await engine.run(
      {
        ...filtered,
        filters: { dimensions: { source: ['Web'] }, createdFrom: '2026-01-01', createdTo: '2026-01-10' },
      },
      'followUp',
    );
    expect([window.followedUp, window.neverFollowedUp, window.rate]).toEqual([
      c?.current.followedUp,
      c?.current.neverFollowedUp,
      c?.current.followUpRate,
    ]);
  });

  it('takes custom windows as given', async () => {
    const c = await run('2026-01-10', 'custom', '2025-12-15', '2026-01-10', '2025-12-01', '2025-12-14');
    expect(brief(c?.current)).toEqual(['2025-12-15', '2026-01-10', false, 5, 3]);
    expect(brief(c?.previous)).toEqual(['2025-12-01', '2025-12-14', false, 2, 1]);
  });
});
