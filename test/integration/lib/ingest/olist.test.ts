import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { matchSummary } from '../../../../src/lib/ingest/match';
import { freshDb, load } from '../../../support/db';
import { olist, realDataAvailable } from '../../../support/files';

/** Counts by hand from the raw text: data lines, and ids of the deals present among leads. */
function independentCounts() {
  const lines = (path: string) => readFileSync(path, 'utf8').trim().split('\n').slice(1);
  const leadIds = new Set(lines(olist.leads()).map((line) => line.split(',')[0]));
  const deals = lines(olist.deals());
  return {
    leads: leadIds.size,
    deals: deals.length,
    matched: deals.filter((d) => leadIds.has(d.split(',')[0])).length,
  };
}

describe.runIf(realDataAvailable())('Olist marketing funnel (real data)', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });

  it('loads 8000 leads and 842 deals, none rejected, all matched by lead id', async () => {
    const expected = independentCounts();
    const leads = await load(db, 'leads', olist.leads());
    const deals = await load(db, 'deals', olist.deals());
    expect(leads.prepared.reasons).toEqual([]);
    expect(deals.prepared.reasons).toEqual([]);
    expect(leads.report).toMatchObject({
      rowsRead: 8000,
      rowsLoaded: 8000,
      rowsRejected: 0,
      valueIssueCount: 0,
    });
    expect(deals.report).toMatchObject({
      rowsRead: 842,
      rowsLoaded: 842,
      rowsRejected: 0,
      valueIssueCount: 0,
    });
    expect(expected).toEqual({ leads: 8000, deals: 842, matched: 842 });
    const summary = await matchSummary(db);
    expect(summary).toMatchObject({ deals: 842, matched: 842, byLeadId: 842 });
  });

  it('maps the Olist headers onto the canonical fields and keeps the rest as extra columns', async () => {
    const [lead] = await db.query(
      `SELECT lead_id, strftime(created_at, '%Y-%m-%d') AS created, source, x_landingpageid FROM leads WHERE lead_id = 'dac32acd4db4c29c230538b72f8dd87d'`,
    );
    expect(lead).toEqual({
      lead_id: 'dac32acd4db4c29c230538b72f8dd87d',
      created: '2018-02-01',
      source: 'social',
      x_landingpageid: '88740e65d5d6b056e0cda098e1ea6313',
    });
    const [deal] = await db.query(
      `SELECT lead_id, strftime(closed_at, '%Y-%m-%d %H:%M:%S') AS closed, outcome, amount, x_businesssegment
       FROM deals WHERE lead_id = '5420aad7fec3549a85876ba1c529bd84'`,
    );
    // No outcome column: a closed-won export. No amount column: amount unknown, not 0.
    expect(deal).toEqual({
      lead_id: '5420aad7fec3549a85876ba1c529bd84',
      closed: '2018-02-26 19:58:54',
      outcome: 'won',
      amount: null,
      x_businesssegment: 'pet',
    });
    const [blank] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM leads WHERE source IS NULL`);
    expect(blank?.n).toBe(60);
  });
});
