/**
 * Link values written as real exports write them still link a deal to its lead: an e-mail pasted
 * as a link ("mailto:…") or with the contact's name ("Ann Lee <ann@…>"), and a Salesforce id in its
 * 18-character form (API, Data Loader) against the 15-character one its reports write. The
 * 18-character ids below are the 15-character ones with the checksum worked out by hand from
 * Salesforce's rule (per five characters, the capitals' positions as bits, read in A–Z0–5); the
 * first two are published examples ("0019000000B98de" → "…AAB", "a0D30000001n7Pi" → "…EAI").
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { freshDb, loadText } from '../../../support/db';

const links = async (db: Db) =>
  db.query<{ deal: string; lead: string; by: string }>(
    `SELECT d.deal_id AS deal, l.lead_id AS lead, m.matched_by AS by FROM deal_matches m
     JOIN deals d ON d._key = m.deal_key JOIN leads l ON l._key = m.lead_key ORDER BY d.deal_id`,
  );

describe('e-mails written as a link or with a name', () => {
  it('are read as the address, and link the deal to its lead', async () => {
    const db = await freshDb();
    await loadText(
      db,
      'leads',
      'leads.csv',
      'Lead ID,Email,Created Date\nL1,ann@acme.com,2024-03-01\nL2,bob@beta.io,2024-03-02\nL3,cat@gamma.com,2024-03-03\n',
    );
    await loadText(
      db,
      'deals',
      'deals.csv',
      'Deal ID,Contact Email,Stage,Amount,Close Date\n' +
        'D1,mailto:ann@acme.com,Closed Won,100,2024-04-01\n' +
        'D2,"Bob Ray <Bob@Beta.io>",Closed Won,200,2024-04-02\n' +
        'D3,MAILTO:cat@gamma.com?subject=Hello,Closed Lost,300,2024-04-03\n' +
        'D4,someone else,Closed Lost,400,2024-04-04\n',
    );
    expect(await links(db)).toEqual([
      { deal: 'D1', lead: 'L1', by: 'email' },
      { deal: 'D2', lead: 'L2', by: 'email' },
      { deal: 'D3', lead: 'L3', by: 'email' },
    ]);
    const emails = await db.query<{ email: string }>('SELECT email FROM deals ORDER BY deal_id');
    expect(emails.map((r) => r.email)).toEqual([
      'ann@acme.com',
      'Bob@Beta.io',
      'cat@gamma.com',
      'someone else',
    ]);
  });
});

describe('Salesforce ids, 15 characters in the leads report and 18 in the opportunities export', () => {
  const LEADS =
    'Lead ID,Email,Created Date\n' +
    '0019000000B98de,,2024-03-01\n' +
    'a0D30000001n7Pi,,2024-03-02\n' +
    '00Q5g00000AbCdE,,2024-03-03\n' +
    // The same characters, one letter's case apart: another Salesforce record.
    '00Q5g00000AbCde,,2024-03-04\n';

  it('link by the id, each deal to its own lead', async () => {
    const db = await freshDb();
    await loadText(db, 'leads', 'leads-report.csv', LEADS);
    await loadText(
      db,
      'deals',
      'opportunities.csv',
      'Opportunity ID,Lead ID,Stage,Amount,Close Date\n' +
        '006A,0019000000B98deAAB,Closed Won,100,2024-04-01\n' +
        '006B,a0D30000001n7PiEAI,Closed Won,200,2024-04-02\n' +
        '006C,00Q5g00000AbCdEEAV,Closed Lost,300,2024-04-03\n' +
        '006D,00Q5g00000AbCdeEAF,Closed Lost,400,2024-04-04\n' +
        // A checksum that is not the lead's: another id, which links nothing.
        '006E,00Q5g00000AbCdEAAA,Closed Lost,500,2024-04-05\n',
    );
    const found = await links(db);
    expect(found).toEqual([
      { deal: '006A', lead: '0019000000B98de', by: 'lead_id' },
      { deal: '006B', lead: 'a0D30000001n7Pi', by: 'lead_id' },
      // Case tells these two leads apart, as it does in Salesforce.
      { deal: '006C', lead: '00Q5g00000AbCdE', by: 'lead_id' },
      { deal: '006D', lead: '00Q5g00000AbCde', by: 'lead_id' },
    ]);
  });

  it('keep 18-digit numbers whole: two such ids sharing their first 15 digits are two leads', async () => {
    const db = await freshDb();
    await loadText(
      db,
      'leads',
      'leads.csv',
      'Lead ID,Created Date\n100000000000000001,2024-03-01\n100000000000000002,2024-03-02\n',
    );
    await loadText(
      db,
      'deals',
      'deals.csv',
      'Deal ID,Lead ID,Stage,Amount,Close Date\nD1,100000000000000002,Closed Won,100,2024-04-01\n',
    );
    expect(await links(db)).toEqual([{ deal: 'D1', lead: '100000000000000002', by: 'lead_id' }]);
  });
});
