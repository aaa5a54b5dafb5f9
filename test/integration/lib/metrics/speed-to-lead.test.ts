/**
 * Speed to lead on a file worked by hand (issue 19): ten leads, their first touches placed on and
 * around the band edges, three won deals of $1,000, $3,000 and $2,000 linked by lead ID.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetricsEngine, knownFields, metricsDocument } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-speed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const LEADS = write('leads.csv', [
  'Lead ID,Created Date,First Call Date Time,Lead Status,Lead Source',
  'L1,2026-01-05 09:00:00,2026-01-05 09:03:00,Working,Web', // 3 min: 0-5m, won
  'L2,2026-01-05 09:00:00,2026-01-05 09:05:00,Qualified,Web', // exactly 5 min: 0-5m
  'L3,2026-01-05 09:00:00,2026-01-05 09:05:01,Working,Web', // 5 min 1 s: 5-30m
  'L4,2026-01-05 09:00:00,2026-01-05 09:45:00,Working,Web', // 45 min: 30-60m, won
  'L5,2026-01-05 09:00:00,2026-01-05 11:00:00,Working,Web', // 2 h: 1-4h
  'L6,2026-01-05 09:00:00,2026-01-06 10:00:00,Working,Web', // 25 h: 1-2d, won
  'L7,2026-01-05 09:00:00,2026-01-08 09:00:00,Working,Web', // 3 d: 2-7d
  'L8,2026-01-05 09:00:00,,Working,Web', // worked, no time: unknown
  'L9,2026-01-05 09:00:00,,New,Web', // never
  'L10,2026-01-05 09:00:00,,New,Web', // never
]);
const DEALS = write('deals.csv', [
  'Deal ID,Lead ID,Stage,Amount,Close Date',
  'D1,L1,Closed Won,1000,2026-02-01',
  'D4,L4,Closed Won,3000,2026-02-01',
  'D6,L6,Closed Won,2000,2026-02-01',
]);

async function documentFor(speedWithinMinutes?: number) {
  const db = await freshDb();
  const files = [await load(db, 'leads', LEADS), await load(db, 'deals', DEALS)];
  const known = knownFields(
    files.map(({ prepared, report }) => ({
      kind: prepared.kind,
      mapping: report.choice.mapping,
      closedWonAssumed: report.choice.closedWonAssumed,
    })),
  );
  return metricsDocument(new MetricsEngine(db), { known }, { speedWithinMinutes });
}

describe('speed to lead', () => {
  it('puts each lead in its band (upper bounds inclusive) and counts outcomes by hand', async () => {
    const doc = await documentFor();
    const speed = doc.speedToLead;
    const row = (band: string) => speed?.bands.find((b) => b.band === band);
    expect(speed?.bands.map((b) => [b.band, b.leads, b.wonLeads])).toEqual([
      ['0-5m', 2, 1],
      ['5-30m', 1, 0],
      ['30-60m', 1, 1],
      ['1-4h', 1, 0],
      ['4-24h', 0, 0],
      ['1-2d', 1, 1],
      ['2-7d', 1, 0],
      ['7d+', 0, 0],
      ['unknown', 1, 0],
      ['never', 2, 0],
    ]);
    // Linked leads count as qualified, and L2 by its status.
    expect(row('0-5m')).toMatchObject({ share: 0.2, qualified: 2, qualifiedRate: 1, leadToWin: 0.5 });
    expect(row('0-5m')?.revenuePerLead).toBe(500);
    expect(row('1-2d')?.revenuePerLead).toBe(2000);
    // Wilson, 1 of 2 (z = 1.96): 0.5 ± 1.96·√(0.25/2 + 1.96²/16) / (1 + 1.96²/2).
    expect(row('0-5m')?.leadToWinLow).toBeCloseTo(0.0945287, 6);
    expect(row('0-5m')?.leadToWinHigh).toBeCloseTo(0.9054713, 6);
    expect(row('4-24h')).toMatchObject({ leads: 0, leadToWin: null, leadToWinLow: null, share: 0 });
    expect(row('30-60m')?.leadToWinHigh).toBe(1);
  });

  it('values answering within 1 h: the slower leads won at the within-1 h rate', async () => {
    const { speedToLead } = await documentFor();
    // Within 1 h: 4 leads, 2 won (50%). Slower timed bands: 3 leads, 1 won. 3 × 0.5 − 1 = 0.5 more
    // won leads, at the average won deal (1000 + 3000 + 2000) / 3 = $2,000: $1,000.
    expect(speedToLead?.valueOfSpeed).toMatchObject({
      withinMinutes: 60,
      basis: 'won',
      leadsWithin: 4,
      leadsSlower: 3,
      rateWithin: 0.5,
      extraWonLeads: 0.5,
      extraRevenue: 1000,
    });
    // Wilson 2 of 4: 0.150036–0.849964; (3 × bound − 1) × $2,000.
    expect(speedToLead?.valueOfSpeed?.low).toBeCloseTo(-1099.7857, 3);
    expect(speedToLead?.valueOfSpeed?.high).toBeCloseTo(3099.7857, 3);
  });

  it('follows the chosen X: within 5 min, 1 of 2 won; the 5 slower timed leads had 2', async () => {
    const { speedToLead } = await documentFor(5);
    expect(speedToLead?.valueOfSpeed).toMatchObject({
      withinMinutes: 5,
      leadsWithin: 2,
      leadsSlower: 5,
      extraWonLeads: 5 * 0.5 - 2,
      extraRevenue: (5 * 0.5 - 2) * 2000,
    });
  });
});
