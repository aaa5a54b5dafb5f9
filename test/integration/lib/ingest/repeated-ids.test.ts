/**
 * One file that holds a record's id on several rows (duplicates.ts). Salesforce's "Opportunities with
 * Contact Roles" report writes an opportunity once per contact role, its Amount on every row;
 * "Opportunities with Products" once per product. Each deal must count once (its amount once), and a
 * contact on any of its rows can link it to a lead. Expected figures counted by hand below.
 */
import { describe, expect, it } from 'vitest';
import { matchSummary } from '../../../../src/lib/ingest/match';
import { removeUpload } from '../../../../src/lib/ingest/pipeline';
import { setAsideCounts } from '../../../../src/lib/ingest/schema';
import { dealLinks, freshDb, loadText } from '../../../support/db';
import { metricsOf } from '../../../support/metrics-of';
import { CONTACT_ROLE_LEADS, CONTACT_ROLES } from '../../../support/salesforce-reports';

describe('a deals report that repeats each opportunity on several rows', () => {
  it('counts each deal once, links it by any of its rows, and says how many rows were repeats', async () => {
    const db = await freshDb();
    const leads = await loadText(db, 'leads', 'leads.csv', `${CONTACT_ROLE_LEADS.join('\n')}\n`);
    const deals = await loadText(
      db,
      'deals',
      'opportunities-with-contact-roles.csv',
      `${CONTACT_ROLES.join('\n')}\n`,
    );
    // Rows read = loaded + rejected: the repeats are loaded, then set aside.
    expect(deals.report).toMatchObject({ rowsRead: 5, rowsLoaded: 5, rowsRejected: 0 });
    expect(setAsideCounts(db).get(deals.prepared.uploadId)).toEqual({ later: 0, repeated: 2 });
    expect(await matchSummary(db)).toMatchObject({ deals: 3, matched: 2, byEmail: 2, unmatchedAmount: 3000 });
    const links = await dealLinks(db);
    expect(links).toEqual([
      { deal: '006A', lead: 'L1' },
      { deal: '006B', lead: 'L2' },
    ]);

    const doc = await metricsOf(db, [leads, deals]);
    // 12,000 + 5,000 won once each, not 34,000; 2 won of 2 linked deals decided.
    expect(doc.counts).toMatchObject({ leads: 3, deals: 3, dealsMatched: 2 });
    expect(doc.revenue).toMatchObject({ wonAmount: 17_000 });
  });

  it('leads likewise: the last row of an id is the lead, and removing nothing else changes', async () => {
    const db = await freshDb();
    const text = [
      'Lead ID,Created Date,Lead Source,Lead Status',
      'L1,2026-01-05,Web,New',
      'L2,2026-01-06,Event,New',
      'L1,2026-01-05,Web,Working',
      ',2026-01-07,Web,New',
      ',2026-01-08,Web,New',
    ].join('\n');
    const leads = await loadText(db, 'leads', 'leads-campaign-history.csv', `${text}\n`);
    // L1 twice (its first row set aside); the two rows without an id are two leads, not repeats.
    expect(setAsideCounts(db).get(leads.prepared.uploadId)).toEqual({ later: 0, repeated: 1 });
    const rows = await db.query<{ id: string | null; status: string; row: number }>(
      'SELECT lead_id AS id, status, _row AS row FROM leads ORDER BY _row',
    );
    expect(rows).toEqual([
      { id: 'L2', status: 'New', row: 3 },
      { id: 'L1', status: 'Working', row: 4 },
      { id: null, status: 'New', row: 5 },
      { id: null, status: 'New', row: 6 },
    ]);
    // A later file holding L1 sets aside this file's kept L1 too; removing it brings that row back.
    const later = await loadText(
      db,
      'leads',
      'leads-2.csv',
      'Lead ID,Created Date,Lead Status\nL1,2026-02-01,Qualified\n',
    );
    expect(setAsideCounts(db).get(leads.prepared.uploadId)).toEqual({ later: 1, repeated: 1 });
    expect((await db.query<{ n: number }>('SELECT count(*) AS n FROM leads'))[0]?.n).toBe(4);
    await removeUpload(db, later.prepared.uploadId);
    expect(setAsideCounts(db).get(leads.prepared.uploadId)).toEqual({ later: 0, repeated: 1 });
    expect((await db.query<{ n: number }>('SELECT count(*) AS n FROM leads'))[0]?.n).toBe(4);
  });
});
