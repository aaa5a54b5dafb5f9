import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { autoMap } from '../../../../src/lib/ingest/automap';
import { DEAL_FIELDS, LEAD_FIELDS, type TableKind } from '../../../../src/lib/ingest/fields';
import { matchDetails, matchSummary } from '../../../../src/lib/ingest/match';
import { commitUpload, prepareUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb, load } from '../../../support/db';
import { csvFolder, dealLinks as links } from '../../../support/deal-links';
import { fileFrom } from '../../../support/files';

/**
 * Issue 10, "links that never fail silently": link columns holding several ids (HubSpot's
 * "Associated Contact IDs"), and company-id links. Every expected link is worked out by hand from
 * DESIGN.md's rule: the latest lead created before the deal was created (or closed, without a
 * created date), else the earliest lead.
 */
const { write } = csvFolder('leadgap-ids-');

describe('a link column holding several ids', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    await load(
      db,
      'leads',
      write('multi-leads.csv', [
        'Lead ID,Created Date,Company',
        '101,2026-01-10,',
        '102,2026-02-10,',
        '103,2026-03-01,',
        '301,2026-01-01,"Acme, Inc."',
        '302,2026-01-02,Inc.',
      ]),
    );
    await load(
      db,
      'deals',
      write('multi-deals.csv', [
        'Deal ID,Lead ID,Company,Created Date,Close Date,Amount',
        // one id of two is a lead
        'D1,101;999,,2026-01-20,,100',
        'D2,"999, 102",,2026-03-01,,200',
        // both ids are leads, created Jan 10 and Feb 10, deal Mar 1: the latest before it, 102
        'D3,101;102,,2026-03-01,,300',
        // deal Jan 15: only 101 was created before it
        'D4,"101, 102",,2026-01-15,,400',
        // deal before both (Feb 10, Mar 1): the earliest, 102
        'D5, 102 ; 103 ,,2025-12-01,,500',
        // no created date: the close date (Feb 15) decides, 102 (101 Jan 10, 102 Feb 10, 103 Mar 1)
        'D6,103;101;102,,,2026-02-15,600',
        'D7,999;998,,2026-03-01,,700',
        // a company name keeps its comma: "Acme, Inc." is lead 301, not the "Inc." of lead 302
        'D8,,"Acme, Inc.",2026-02-01,,800',
      ]),
    );
  });

  it('links a deal when any of its ids is a lead, and the dates decide between several', async () => {
    expect(await links(db)).toEqual({
      D1: { lead: '101', by: 'lead_id' },
      D2: { lead: '102', by: 'lead_id' },
      D3: { lead: '102', by: 'lead_id' },
      D4: { lead: '101', by: 'lead_id' },
      D5: { lead: '102', by: 'lead_id' },
      D6: { lead: '102', by: 'lead_id' },
      D7: { lead: null, by: null },
      D8: { lead: '301', by: 'company' },
    });
    expect(await matchSummary(db)).toEqual({
      deals: 8,
      matched: 7,
      byLeadId: 6,
      byEmail: 0,
      byCompany: 1,
      unmatchedAmount: 700,
    });
  });
});

const hasCompanyId =
  LEAD_FIELDS.some((f) => f.name === 'company_id') && DEAL_FIELDS.some((f) => f.name === 'company_id');
if (!hasCompanyId) {
  console.warn('\n!!! fields.ts has no company_id yet: the company-id link tests are SKIPPED.\n');
}

/** Loads a file with its columns mapped as named (header → field), beside the automatic mapping. */
async function loadMapped(
  db: Db,
  kind: TableKind,
  path: string,
  uploadId: number,
  fields: Record<string, string>,
) {
  const file = fileFrom(path);
  const prepared = await prepareUpload(db, file, { uploadId, kind, fileName: file.name });
  const mapping = { ...prepared.mapping };
  for (const [header, field] of Object.entries(fields))
    mapping[field] = prepared.sniffed.headers.indexOf(header);
  await commitUpload(db, prepared, {
    mapping,
    formats: prepared.detection.formats,
    closedWonAssumed: prepared.closedWonAssumed,
  });
}

describe('whether or not the views have company_id', () => {
  it('matches and names only the rules whose columns exist', async () => {
    const db = await freshDb();
    await load(db, 'leads', write('plain-leads.csv', ['Lead ID,Created Date', 'L1,2026-01-01']));
    await load(db, 'deals', write('plain-deals.csv', ['Deal ID,Lead ID,Created Date', 'G1,L1,2026-02-01']));
    const details = await matchDetails(db, null);
    expect(details).toMatchObject({ deals: 1, matched: 1, byLeadId: 1, ruleUsed: 'lead_id' });
    const columns = await db.query<{ column_name: string }>('DESCRIBE deals');
    const inView = columns.some((c) => c.column_name === 'company_id');
    expect(details.rules.some((r) => r.by === 'company_id')).toBe(inView);
  });
});

describe.skipIf(!hasCompanyId)('company-id links', () => {
  it('links by company id after lead_id and email, splitting listed ids on both sides', async () => {
    const db = await freshDb();
    await loadMapped(
      db,
      'leads',
      write('cid-leads.csv', [
        'Lead ID,Created Date,Email,Company ID,Company',
        'L1,2026-01-01,a@x.example,5001,Alpha',
        'L2,2026-01-05,b@x.example,5002;5003,Beta',
        'L3,2026-01-10,,5001,Alpha',
      ]),
      9001,
      { 'Company ID': 'company_id' },
    );
    await loadMapped(
      db,
      'deals',
      write('cid-deals.csv', [
        'Deal ID,Lead ID,Email,Associated Company IDs,Account Name,Created Date',
        // lead_id first: L1, though its company id is L2's
        'H1,L1,,5002,,2026-02-01',
        // email before company id
        'H2,,b@x.example,5001,,2026-02-01',
        // a listed id matches a lead's listed id: L2
        'H3,,,"5009, 5003",,2026-02-01',
        // two leads with 5001 (Jan 1, Jan 10), deal Jan 7: the latest before it, L1
        'H4,,,5001,,2026-01-07',
        // company id before company name (Alpha is L1 and L3): 5002 is L2
        'H5,,,5002,Alpha,2026-02-01',
        'H6,,,5999,,2026-02-01',
      ]),
      9002,
      { 'Associated Company IDs': 'company_id' },
    );
    expect(await links(db)).toEqual({
      H1: { lead: 'L1', by: 'lead_id' },
      H2: { lead: 'L2', by: 'email' },
      H3: { lead: 'L2', by: 'company_id' },
      H4: { lead: 'L1', by: 'company_id' },
      H5: { lead: 'L2', by: 'company_id' },
      H6: { lead: null, by: null },
    });
    expect(await matchDetails(db, null)).toMatchObject({
      matched: 5,
      byCompanyId: 3,
      ruleUsed: 'company_id',
    });
  });
});

// HubSpot's deals export names its contacts in "Associated Contact IDs", several to a deal.
const hubspotMapped = autoMap('deals', ['Record ID', 'Associated Contact IDs'])['lead_id'] === 1;
if (!hubspotMapped) {
  console.warn(
    '\n!!! "Associated Contact IDs" is not mapped to the deals\' lead_id yet: that test is SKIPPED.\n',
  );
}

describe.skipIf(!hubspotMapped)('a HubSpot deals export', () => {
  it('links each deal through its Associated Contact IDs', async () => {
    const db = await freshDb();
    await load(
      db,
      'leads',
      write('hubspot-contacts.csv', [
        'Record ID,Create Date,Email',
        '101,2026-01-10,a@x.example',
        '102,2026-02-10,b@x.example',
        '103,2026-02-20,c@x.example',
      ]),
    );
    await load(
      db,
      'deals',
      write('hubspot-deals.csv', [
        'Record ID,Deal Name,Associated Contact IDs,Create Date,Close Date,Deal Stage,Amount',
        // 101 (Jan 10) and 102 (Feb 10) were both created before Mar 1: the later, 102
        '9001,First,101;102,2026-03-01,2026-03-10,closedwon,1000',
        '9002,Second,103,2026-03-01,2026-03-10,closedwon,2000',
        '9003,Third,,2026-03-01,2026-03-10,closedwon,4000',
      ]),
    );
    expect(await links(db)).toEqual({
      '9001': { lead: '102', by: 'lead_id' },
      '9002': { lead: '103', by: 'lead_id' },
      '9003': { lead: null, by: null },
    });
    expect(await matchSummary(db)).toMatchObject({
      deals: 3,
      matched: 2,
      byLeadId: 2,
      unmatchedAmount: 4000,
    });
  });
});
