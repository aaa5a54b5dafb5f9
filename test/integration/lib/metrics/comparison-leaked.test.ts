/**
 * The median response time and leaked revenue of each period (issue 18), in the comparison and the
 * last periods, on files worked by hand: ten leads in December 2025 and January 2026 with their first
 * responses, and their deals. Leaked revenue = never followed up × (won leads / followed up) × average
 * won amount (blank amounts left out), over the period's cohort; the median over non-negative responses.
 *
 * December: D1 2 h (won $1,000), D2 6 h (lost $5,000), D3 24 h (won $3,000 and won with no amount),
 * D4 never, D5 −1 h (a data error, followed up). Followed up 4, never 1, won leads 2, average $2,000:
 * leaked 1 × 2/4 × $2,000 = $1,000; median of 2, 6, 24 h = 6 h.
 * January: J1 0.5 h (won $600), J2 1.5 h, J3 never, J4 never, J5 3 h (won $1,200). Followed up 3,
 * never 2, won 2, average $900: leaked 2 × 2/3 × $900 = $1,200; median of 0.5, 1.5, 3 h = 1.5 h.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  MetricsEngine,
  comparisonAsKnown,
  knownFields,
  metricsDocument,
  periodSeriesAsKnown,
  type EngineState,
  type KnownFields,
} from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-leaked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const LEADS = write('leads.csv', [
  'Lead ID,Created Date,First Response,Lead Status',
  'D1,2025-12-02 09:00,2025-12-02 11:00,Working',
  'D2,2025-12-05 09:00,2025-12-05 15:00,Working',
  'D3,2025-12-10 09:00,2025-12-11 09:00,Working',
  'D4,2025-12-15 09:00,,New',
  'D5,2025-12-20 09:00,2025-12-20 08:00,Working',
  'J1,2026-01-03 09:00,2026-01-03 09:30,Working',
  'J2,2026-01-08 09:00,2026-01-08 10:30,Working',
  'J3,2026-01-12 09:00,,New',
  'J4,2026-01-20 09:00,,New',
  'J5,2026-01-25 09:00,2026-01-25 12:00,Working',
]);
const dealRows = [
  'X1,D1,Closed Won,1000,2026-01-05',
  'X2,D2,Closed Lost,5000,2026-01-06',
  'X3,D3,Closed Won,3000,2026-01-07',
  'X4,D3,Closed Won,,2026-01-08',
  'X5,J1,Closed Won,600,2026-02-01',
  'X6,J5,Closed Won,1200,2026-02-10',
];
const DEALS = write('deals.csv', ['Deal ID,Lead ID,Stage,Amount,Close Date', ...dealRows]);
// The same deals with a link column that is not recognised: none links to a lead.
const UNLINKED = write('unlinked.csv', ['Deal ID,Contact Ref,Stage,Amount,Close Date', ...dealRows]);

type State = EngineState & { known: KnownFields };

async function setUp(dealsPath: string): Promise<{ db: Db; state: State }> {
  const db = await freshDb();
  const files = [await load(db, 'leads', LEADS), await load(db, 'deals', dealsPath)];
  const known = knownFields(
    files.map(({ prepared, report }) => ({
      kind: prepared.kind,
      mapping: report.choice.mapping,
      closedWonAssumed: report.choice.closedWonAssumed,
    })),
  );
  return { db, state: { known, definition: { asOf: '2026-02-15' } } };
}

let db: Db;
let state: State;
beforeAll(async () => {
  ({ db, state } = await setUp(DEALS));
});

const figures = (p: { medianResponseHours: number | null; leakedRevenue: number | null } | undefined) => [
  p?.medianResponseHours ?? null,
  p?.leakedRevenue ?? null,
];

describe('median response and leaked revenue by period', () => {
  it('January against December: 1.5 h against 6 h, $1,200 leaked against $1,000', async () => {
    const c = await new MetricsEngine(db).run(state, 'comparison', 'month');
    expect([c?.current.from, c?.current.to, c?.previous.from, c?.previous.to]).toEqual([
      '2026-01-01',
      '2026-01-31',
      '2025-12-01',
      '2025-12-31',
    ]);
    expect([c?.current.followedUp, c?.current.neverFollowedUp, c?.current.wonLeads]).toEqual([3, 2, 2]);
    expect(c?.current.medianResponseHours).toBeCloseTo(1.5, 9);
    expect(c?.current.leakedRevenue).toBeCloseTo(1200, 9);
    expect([c?.previous.followedUp, c?.previous.neverFollowedUp, c?.previous.wonLeads]).toEqual([4, 1, 2]);
    expect(c?.previous.medianResponseHours).toBeCloseTo(6, 9);
    expect(c?.previous.leakedRevenue).toBeCloseTo(1000, 9);
  });

  it('the last weeks: null where a week has no response, no won amount or nobody followed up', async () => {
    const s = await new MetricsEngine(db).run(state, 'periodSeries', 'week');
    expect(s?.map((p) => p.from)).toEqual([
      '2025-12-01',
      '2025-12-08',
      '2025-12-15',
      '2025-12-22',
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
    ]);
    expect(s?.map(figures)).toEqual([
      [4, 0], // D1, D2: (2 + 6) / 2 h; nobody left untouched
      [24, 0], // D3
      [null, null], // D4 never, D5's response negative; no won deal, so no average
      [null, null], // no leads: nobody followed up
      [0.5, 0], // J1
      [1.5, null], // J2 followed up, no won deal
      [null, null], // J3 never: nobody followed up
      [3, 1200], // J4 never, J5 won $1,200: 1 × 1/1 × $1,200
    ]);
  });

  it('the last months equal the comparison’s', async () => {
    const s = await new MetricsEngine(db).run(state, 'periodSeries', 'month');
    expect(s?.map((p) => p.from)).toEqual(['2025-12-01', '2026-01-01']);
    expect(s?.[0]?.medianResponseHours).toBeCloseTo(6, 9);
    expect(s?.[0]?.leakedRevenue).toBeCloseTo(1000, 9);
    expect(s?.[1]?.medianResponseHours).toBeCloseTo(1.5, 9);
    expect(s?.[1]?.leakedRevenue).toBeCloseTo(1200, 9);
  });

  it('each window equals a created-date filter on it (followUp, revenue)', async () => {
    const engine = new MetricsEngine(db);
    const c = await engine.run(state, 'comparison', 'week');
    for (const p of [c?.current, c?.previous]) {
      const filtered = { ...state, filters: { createdFrom: p?.from, createdTo: p?.to } };
      const followUp = await engine.run(filtered, 'followUp');
      const revenue = await engine.run(filtered, 'revenue');
      expect(figures(p)).toEqual([followUp.medianResponseHours, revenue.leakedRevenue]);
    }
  });

  it('mixed currencies: leaked revenue unknown like the won amount; without first responses, no median', async () => {
    const c = await new MetricsEngine(db).run(state, 'comparison', 'month');
    const mixed = comparisonAsKnown(c, { unlinked: false, mixed: true });
    expect([mixed?.current.leakedRevenue, mixed?.current.wonAmount, mixed?.current.wonLeads]).toEqual([
      null,
      null,
      2,
    ]);
    expect(mixed?.current.medianResponseHours).toBeCloseTo(1.5, 9);
    const series = await new MetricsEngine(db).run(state, 'periodSeries', 'month');
    const known = periodSeriesAsKnown(series, { unlinked: false, mixed: true });
    expect(known?.map((p) => p.leakedRevenue)).toEqual([null, null]);

    const leads = new Set([...state.known.leads].filter((field) => field !== 'first_touch_at'));
    const noTouch = { ...state, known: { ...state.known, leads } };
    const untimed = await new MetricsEngine(db).run(noTouch, 'comparison', 'month');
    expect(untimed?.current.medianResponseHours).toBeNull();
  });

  it('no deal linked: leaked revenue null in the JSON’s comparison, the median kept', async () => {
    const unlinked = await setUp(UNLINKED);
    const doc = await metricsDocument(new MetricsEngine(unlinked.db), unlinked.state);
    expect(doc.counts.dealsMatched).toBe(0);
    expect(doc.comparison?.current.leakedRevenue).toBeNull();
    expect(doc.comparison?.previous.leakedRevenue).toBeNull();
    expect(doc.comparison?.current.medianResponseHours).toBeCloseTo(1.5, 9);
  });
});
