import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { matchSummary } from '../../../../src/lib/ingest/match';
import type { LoadReport, PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';

/**
 * The committed sample data, checked against counts made here from the CSV text (papaparse), with
 * DESIGN.md's matching rules re-implemented in a few lines of plain TypeScript.
 */
type Row = Record<string, string>;

function parse(name: string): Row[] {
  const result = Papa.parse<Row>(readFileSync(sample(name), 'utf8'), { header: true, skipEmptyLines: true });
  if (result.errors.length > 0) throw new Error(`${name}: ${JSON.stringify(result.errors[0])}`);
  return result.data;
}

/** `5/1/2025 4:03 PM` or `5/19/2025` (US order, as the sample README documents) → UTC wall-clock ms. */
function usDate(text: string | undefined): number | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?: (\d{1,2}):(\d{2}) (AM|PM))?$/.exec((text ?? '').trim());
  if (!m) {
    if ((text ?? '').trim() !== '') throw new Error(`not a US date: ${text}`);
    return null;
  }
  const hour12 = Number(m[4] ?? 0) % 12;
  const hour = m[6] === 'PM' ? hour12 + 12 : hour12;
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), hour, Number(m[5] ?? 0));
}

const key = (value: string | undefined) => (value ?? '').trim().toLowerCase();

interface IndependentMatch {
  dealId: string;
  by: 'lead_id' | 'email' | 'company' | null;
  leadCreated: number | null;
}

function independentMatches(leads: Row[], deals: Row[]): IndependentMatch[] {
  const index = (column: string) => {
    const map = new Map<string, Row[]>();
    for (const lead of leads) {
      const k = key(lead[column]);
      if (k !== '') map.set(k, [...(map.get(k) ?? []), lead]);
    }
    return map;
  };
  const rules = [
    { by: 'lead_id', deal: 'Lead ID', leads: index('Lead ID') },
    { by: 'email', deal: 'Email', leads: index('Email') },
    { by: 'company', deal: 'Account Name', leads: index('Company') },
  ] as const;
  return deals.map((deal) => {
    const at = usDate(deal['Created Date']) ?? usDate(deal['Close Date']);
    for (const rule of rules) {
      const candidates = rule.leads.get(key(deal[rule.deal])) ?? [];
      if (candidates.length === 0) continue;
      const created = candidates.map((lead) => usDate(lead['Created Date']) ?? Infinity);
      const before = created.filter((c) => at !== null && c <= at);
      const chosen = before.length > 0 ? Math.max(...before) : Math.min(...created);
      return { dealId: deal['Opportunity ID'] ?? '', by: rule.by, leadCreated: chosen };
    }
    return { dealId: deal['Opportunity ID'] ?? '', by: null, leadCreated: null };
  });
}

describe('the committed sample data', () => {
  const leadRows = parse('leads.csv');
  const dealRows = parse('deals.csv');
  let db: Db;
  let leads: { prepared: PreparedUpload; report: LoadReport };
  let deals: { prepared: PreparedUpload; report: LoadReport };

  beforeAll(async () => {
    db = await freshDb();
    leads = await load(db, 'leads', sample('leads.csv'));
    deals = await load(db, 'deals', sample('deals.csv'));
  });

  it('loads with nothing to confirm, nothing rejected and no unreadable value', () => {
    for (const [loaded, rows] of [
      [leads, leadRows],
      [deals, dealRows],
    ] as const) {
      expect(loaded.prepared.reasons).toEqual([]);
      expect(loaded.report).toMatchObject({
        rowsRead: rows.length,
        rowsLoaded: rows.length,
        rowsRejected: 0,
        valueIssueCount: 0,
        footerLines: 0,
      });
    }
  });

  it('has the lead figures the CSV has', async () => {
    const [row] = await db.query<Record<string, number>>(
      `SELECT count(*) AS leads, count(DISTINCT lower(lead_id)) AS ids,
              count(*) FILTER (converted) AS converted, count(*) FILTER (first_touch_at IS NULL) AS "noFirstCall",
              count(*) FILTER (qualified_at IS NOT NULL) AS qualified, sum(touches) AS touches,
              count(*) FILTER (source IS NULL) AS "blankSource", count(*) FILTER (x_industry IS NULL) AS "blankIndustry"
       FROM leads`,
    );
    const blank = (column: string) => leadRows.filter((r) => (r[column] ?? '').trim() === '').length;
    expect(row).toEqual({
      leads: leadRows.length,
      ids: new Set(leadRows.map((r) => key(r['Lead ID']))).size,
      converted: leadRows.filter((r) => r['Converted'] === '1').length,
      noFirstCall: blank('First Call Date Time'),
      qualified: leadRows.length - blank('SQL Date'),
      touches: leadRows.reduce((sum, r) => sum + Number(r['Number of times contacted'] || 0), 0),
      blankSource: blank('Lead Source'),
      blankIndustry: blank('Industry'),
    });
  });

  it('reads every M/D/Y h:mm AM/PM created date as the CSV writes it', async () => {
    const rows = await db.query<{ lead_id: string; created: number }>(
      `SELECT lead_id, epoch_ms(created_at) AS created FROM leads`,
    );
    const loaded = new Map(rows.map((r) => [r.lead_id, r.created]));
    const mismatches = leadRows.filter((r) => loaded.get(r['Lead ID'] ?? '') !== usDate(r['Created Date']));
    expect(mismatches.slice(0, 3)).toEqual([]);
  });

  it('has the deal outcomes and amounts the CSV has', async () => {
    const stage = (r: Row) =>
      r['Stage'] === 'Closed Won' ? 'won' : r['Stage'] === 'Closed Lost' ? 'lost' : 'open';
    const [row] = await db.query<Record<string, number>>(
      `SELECT count(*) AS deals, count(*) FILTER (outcome = 'won') AS won, count(*) FILTER (outcome = 'lost') AS lost,
              count(*) FILTER (outcome = 'open') AS open, sum(amount) FILTER (outcome = 'won') AS "wonAmount",
              sum(amount) AS amount
       FROM deals`,
    );
    const sum = (rows: Row[]) => rows.reduce((total, r) => total + Number(r['Amount']), 0);
    expect(row?.['deals']).toBe(dealRows.length);
    expect(row?.['won']).toBe(dealRows.filter((r) => stage(r) === 'won').length);
    expect(row?.['lost']).toBe(dealRows.filter((r) => stage(r) === 'lost').length);
    expect(row?.['open']).toBe(dealRows.filter((r) => stage(r) === 'open').length);
    expect(row?.['wonAmount']).toBeCloseTo(sum(dealRows.filter((r) => stage(r) === 'won')), 2);
    expect(row?.['amount']).toBeCloseTo(sum(dealRows), 2);
  });

  it('links deals to leads by Lead ID, else Email, else Company, as an independent count does', async () => {
    const expected = independentMatches(leadRows, dealRows);
    const unmatched = expected.filter((m) => m.by === null);
    const summary = await matchSummary(db);
    expect(summary).toEqual({
      deals: dealRows.length,
      matched: expected.length - unmatched.length,
      byLeadId: expected.filter((m) => m.by === 'lead_id').length,
      byEmail: expected.filter((m) => m.by === 'email').length,
      byCompany: expected.filter((m) => m.by === 'company').length,
      unmatchedAmount: dealRows
        .filter((d) => unmatched.some((m) => m.dealId === d['Opportunity ID']))
        .reduce((total, d) => total + Number(d['Amount']), 0),
    });
    // Each deal went to a lead created when the rules say (ties between leads created at the same
    // minute are equally right).
    const rows = await db.query<{ deal_id: string; by: string | null; created: number | null }>(
      `SELECT d.deal_id, m.matched_by AS by, epoch_ms(l.created_at) AS created
       FROM deals d LEFT JOIN deal_matches m ON m.deal_key = d._key LEFT JOIN leads l ON l._key = m.lead_key`,
    );
    const actual = new Map(rows.map((r) => [r.deal_id, { by: r.by, created: r.created }]));
    const wrong = expected.filter((m) => {
      const got = actual.get(m.dealId);
      return got?.by !== m.by || got.created !== m.leadCreated;
    });
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});
