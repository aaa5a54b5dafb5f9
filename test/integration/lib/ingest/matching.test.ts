import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { matchSummary } from '../../../../src/lib/ingest/match';
import { freshDb, load } from '../../../support/db';

/**
 * DESIGN.md "matching deals to leads": by lead_id, else email, else company (case-insensitive,
 * trimmed); among several leads, the latest created before the deal was created (or closed, without
 * a created date), else the earliest. Every expected link below is worked out by hand from the rule.
 */
const LEADS = [
  'Lead ID,Created Date,Email,Company',
  'L1,2026-01-10,ann@alpha.example,Alpha GmbH',
  'L2,2026-01-05,bob@beta.example,Beta Inc',
  'L3,2026-01-01,c1@gamma.example,Gamma Ltd',
  'L4,2026-02-01,c2@gamma.example,"  GAMMA LTD  "',
  'L5,2026-04-01,c3@gamma.example,gamma ltd',
  'L6,2026-03-01,dup@delta.example,Delta',
  'L7,2026-03-15,Dup@Delta.example,Delta',
];

const DEALS = [
  'Deal ID,Lead ID,Email,Account Name,Created Date,Close Date,Amount',
  // lead_id wins over an email and a company that point at another lead
  'D1,L1,bob@beta.example,Beta Inc,2026-02-01,2026-03-01,100',
  // lead_id compared trimmed and case-insensitively
  'D2," l2 ",,,2026-02-01,,200',
  // a lead_id that is not among the leads falls through to the email (upper-cased here)
  'D3,L999,ANN@ALPHA.EXAMPLE,,2026-02-01,,300',
  // email wins over company
  'D4,,bob@beta.example,Alpha GmbH,2026-02-01,,10',
  // company with three leads (Jan 1, Feb 1, Apr 1): latest created before the deal (Mar 1) → L4
  'D5,,,gamma ltd,2026-03-01,2026-03-20,400',
  // deal created before every lead → the earliest lead, L3
  'D6,,,Gamma Ltd,2025-12-01,,500',
  // no created date: the close date decides (May 1 → L5; Jan 15 → L3)
  'D7,,,GAMMA LTD,,2026-05-01,600',
  'D8,,,Gamma Ltd,,2026-01-15,700',
  // no date at all: no lead is known to be before it → the earliest lead, L3
  'D13,,,gamma ltd,,,5',
  // two leads with one email (Mar 1, Mar 15), deal created Mar 10 → L6
  'D9,,DUP@delta.example,,2026-03-10,,800',
  // unmatched: unknown company, unknown email, nothing to match on
  'D10,,,Omega Corp,2026-03-01,,900',
  'D11,,nobody@x.example,,,,50',
  'D12,,,,2026-01-01,,',
];

const EXPECTED: Record<string, { lead: string | null; by: string | null }> = {
  D1: { lead: 'L1', by: 'lead_id' },
  D2: { lead: 'L2', by: 'lead_id' },
  D3: { lead: 'L1', by: 'email' },
  D4: { lead: 'L2', by: 'email' },
  D5: { lead: 'L4', by: 'company' },
  D6: { lead: 'L3', by: 'company' },
  D7: { lead: 'L5', by: 'company' },
  D8: { lead: 'L3', by: 'company' },
  D9: { lead: 'L6', by: 'email' },
  D13: { lead: 'L3', by: 'company' },
  D10: { lead: null, by: null },
  D11: { lead: null, by: null },
  D12: { lead: null, by: null },
};

describe('matching deals to leads', () => {
  let dir: string;
  let db: Db;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-match-'));
    writeFileSync(join(dir, 'leads.csv'), `${LEADS.join('\n')}\n`);
    writeFileSync(join(dir, 'deals.csv'), `${DEALS.join('\n')}\n`);
    db = await freshDb();
    const leads = await load(db, 'leads', join(dir, 'leads.csv'));
    const deals = await load(db, 'deals', join(dir, 'deals.csv'));
    expect(leads.report).toMatchObject({ rowsLoaded: LEADS.length - 1, valueIssueCount: 0 });
    expect(deals.report).toMatchObject({ rowsLoaded: DEALS.length - 1, valueIssueCount: 0 });
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('links each deal to the lead the rules pick', async () => {
    const rows = await db.query<{ deal_id: string; lead: string | null; by: string | null }>(
      `SELECT d.deal_id, l.lead_id AS lead, m.matched_by AS by
       FROM deals d LEFT JOIN deal_matches m ON m.deal_key = d._key LEFT JOIN leads l ON l._key = m.lead_key`,
    );
    expect(Object.fromEntries(rows.map((r) => [r.deal_id, { lead: r.lead, by: r.by }]))).toEqual(EXPECTED);
  });

  it('links a deal to at most one lead', async () => {
    const [row] = await db.query<{ n: number; deals: number }>(
      `SELECT count(*) AS n, count(DISTINCT deal_key) AS deals FROM deal_matches`,
    );
    expect(row?.n).toBe(row?.deals);
  });

  it('reports the matched share by rule and the unmatched deals with their total amount', async () => {
    const matched = Object.values(EXPECTED).filter((e) => e.by !== null);
    expect(await matchSummary(db)).toEqual({
      deals: DEALS.length - 1,
      matched: matched.length,
      byLeadId: matched.filter((e) => e.by === 'lead_id').length,
      byEmail: matched.filter((e) => e.by === 'email').length,
      byCompany: matched.filter((e) => e.by === 'company').length,
      unmatchedAmount: 900 + 50,
    });
  });
});
