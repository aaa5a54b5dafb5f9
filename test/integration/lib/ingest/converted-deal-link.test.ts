/**
 * Salesforce's leads report with "Converted Opportunity ID" beside an opportunities report: the
 * opportunity has no lead column, and its "Account Name" is not the lead's "Company / Account", so
 * nothing linked (0 of 2). The lead names the deal it became: that links them. Counted by hand: both
 * deals link (L1 ↔ 006A won $1,000; L2 ↔ 006B lost), 1 won lead of 3, $1,000 won.
 */
import { describe, expect, it } from 'vitest';
import { matchDetails } from '../../../../src/lib/ingest/match';
import { dealLinks, freshDb, loadText } from '../../../support/db';
import { metricsOf } from '../../../support/metrics-of';
import { CONVERTED_LEADS, OPPORTUNITIES } from '../../../support/salesforce-reports';

describe('a lead that names the opportunity it was converted to', () => {
  it('links the opportunity to it, and says by what', async () => {
    const db = await freshDb();
    const leads = await loadText(db, 'leads', 'leads-converted.csv', `${CONVERTED_LEADS.join('\n')}\n`);
    const deals = await loadText(db, 'deals', 'opportunities.csv', `${OPPORTUNITIES.join('\n')}\n`);
    const header = leads.prepared.sniffed.headers[leads.prepared.mapping['converted_deal_id'] ?? -1];
    expect(header).toBe('Converted Opportunity ID');
    const details = await matchDetails(db);
    expect(details).toMatchObject({ deals: 2, matched: 2, ruleUsed: 'deal_id' });
    expect(details.rules.find((r) => r.by === 'deal_id')).toMatchObject({ matched: 2, leadsHas: true });
    const doc = await metricsOf(db, [leads, deals]);
    expect(doc.counts).toMatchObject({ leads: 3, deals: 2, dealsMatched: 2 });
    expect(doc.revenue).toMatchObject({ wonLeads: 1, wonAmount: 1000 });
  });

  it('is not named among the links tried when no lead names a deal', async () => {
    const db = await freshDb();
    await loadText(db, 'leads', 'leads.csv', 'Lead ID,Created Date,Company\nL1,2026-01-05,Acme\n');
    await loadText(db, 'deals', 'deals.csv', 'Deal ID,Company,Stage,Amount\nD1,Acme,Closed Won,100\n');
    const details = await matchDetails(db);
    expect(details).toMatchObject({ deals: 1, matched: 1, ruleUsed: 'company' });
    expect(details.rules.map((r) => r.by)).not.toContain('deal_id');
  });
});

describe('a HubSpot contact exported with its associated deals', () => {
  it('links each deal its "Associated Deal IDs" lists', async () => {
    const db = await freshDb();
    await loadText(
      db,
      'leads',
      'hubspot-crm-exports-all-contacts.csv',
      'Record ID,Create Date,Email,Associated Deal IDs\n' +
        '101,2026-01-05 09:00,ann@acme.example,9001;9002\n' +
        '102,2026-01-06 09:00,bob@beta.example,\n',
    );
    // The deals file names no contact: only the contacts' list links them (9003 is nobody's).
    await loadText(
      db,
      'deals',
      'hubspot-crm-exports-all-deals.csv',
      'Record ID,Deal Name,Deal Stage,Amount,Close Date\n' +
        '9001,Acme platform,Closed Won,1000,2026-02-13\n' +
        '9002,Acme services,Closed Lost,300,2026-02-14\n' +
        '9003,Gamma,Closed Won,500,2026-02-15\n',
    );
    const links = await dealLinks(db);
    expect(links).toEqual([
      { deal: '9001', lead: '101' },
      { deal: '9002', lead: '101' },
    ]);
  });
});
