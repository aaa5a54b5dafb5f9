import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { columnHeaders, linkCandidates, previewLink } from '../../../../src/lib/ingest/link-choice';
import { matchDeals, matchDetails, matchSummary, type LinkPair } from '../../../../src/lib/ingest/match';
import { freshDb, load } from '../../../support/db';
import { csvFolder, dealLinks as links } from '../../../support/deal-links';

/**
 * Issue 10: the link a user chooses when the usual columns link few deals, its preview checked
 * against the result of applying it. Expected counts are worked out by hand from the files below.
 */
const { write } = csvFolder('leadgap-choice-');

// Leads linked through the deals' "Contact Ref", a header no rule knows: nothing links by default.
const CHOICE_LEADS = ['Record ID,Created Date,Email', ...[1, 2, 3, 4, 5, 6, 7].map(leadLine)];
function leadLine(n: number): string {
  return `R${n},2026-01-0${n},p${n}@x.example`;
}
const CHOICE_DEALS = [
  'Deal ID,Contact Ref,Contact Mail,Created Date,Amount',
  'E1,R1,,2026-02-01,10',
  'E2,r2,p2@x.example,2026-02-01,20',
  'E3,R3,,2026-02-01,30',
  'E4,R4,,2026-02-01,40',
  'E5,R5; R9,,2026-02-01,50',
  'E6,R6,,2026-02-01,60',
  'E7,R7,,2026-02-01,70',
  'E8,R8,p3@x.example,2026-02-01,80',
];
const BY_REF: LinkPair = { deals: 'x_contactref', leads: 'lead_id' };
const BY_MAIL: LinkPair = { deals: 'x_contactmail', leads: 'email' };

describe('a link the user chooses', () => {
  let db: Db;
  let deals: Awaited<ReturnType<typeof load>>;
  let leads: Awaited<ReturnType<typeof load>>;
  beforeAll(async () => {
    db = await freshDb();
    leads = await load(db, 'leads', write('choice-leads.csv', CHOICE_LEADS));
    deals = await load(db, 'deals', write('choice-deals.csv', CHOICE_DEALS));
  });

  it('starts at 0%, naming the columns it had', async () => {
    const details = await matchDetails(db, null);
    expect(details).toMatchObject({ deals: 8, matched: 0, ruleUsed: null, chosen: null });
    const leadId = details.rules.find((r) => r.by === 'lead_id');
    expect(leadId).toMatchObject({ dealsHas: false, leadsHas: true, matched: 0 });
    const candidates = await linkCandidates(db);
    expect(candidates.deals).toEqual(expect.arrayContaining(['deal_id', 'x_contactref', 'x_contactmail']));
    expect(candidates.deals).not.toContain('lead_id'); // in the view, but no file fills it
    expect(candidates.leads).toEqual(expect.arrayContaining(['lead_id', 'email']));
    const headers = columnHeaders(
      [leads, deals].map(({ prepared }) => ({
        kind: prepared.kind,
        headers: prepared.sniffed.headers,
        mapping: prepared.mapping,
      })),
    );
    expect(headers.deals['x_contactref']).toBe('Contact Ref');
    expect(headers.leads['lead_id']).toBe('Record ID');
  });

  it('previews 7 of 8 deals for Contact Ref against Record ID, and applying gives the same', async () => {
    // E1–E7 name a lead (E2 in lower case, E5 among two ids); E8's R8 is no lead.
    expect(await previewLink(db, BY_REF)).toEqual({ deals: 8, matched: 7 });
    expect(await matchSummary(db)).toMatchObject({ matched: 0 }); // a preview changes nothing
    await matchDeals(db, BY_REF);
    const details = await matchDetails(db, BY_REF);
    expect(details).toMatchObject({ matched: 7, byChosen: 7, ruleUsed: 'chosen', chosen: BY_REF });
    expect((await links(db))['E5']).toEqual({ lead: 'R5', by: 'chosen' });
    expect(await previewLink(db, BY_REF)).toEqual({ deals: 8, matched: 7 });
  });

  it('previews another pair while one is applied as applying it would give', async () => {
    // Contact Mail names p2 (E2) and p3 (E8): 2 of 8.
    expect(await previewLink(db, BY_MAIL)).toEqual({ deals: 8, matched: 2 });
    await matchDeals(db, BY_MAIL);
    expect(await matchSummary(db)).toMatchObject({ matched: 2 });
    expect((await links(db))['E8']).toEqual({ lead: 'R3', by: 'chosen' });
    await matchDeals(db, null);
    expect(await matchSummary(db)).toMatchObject({ matched: 0 });
  });

  it('skips a pair whose columns are not loaded', async () => {
    expect(await previewLink(db, { deals: 'x_nothere', leads: 'lead_id' })).toBeNull();
    await matchDeals(db, { deals: 'x_nothere', leads: 'lead_id' });
    expect(await matchSummary(db)).toMatchObject({ matched: 0 });
  });
});

describe('a preview where the usual rules also link deals the applied pair took', () => {
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
    await load(
      db,
      'leads',
      write('union-leads.csv', [
        'Record ID,Created Date,Email,Company',
        'R1,2026-01-01,a@x.example,Alpha',
        'R2,2026-01-02,b@x.example,Beta',
        'R3,2026-01-03,c@x.example,Gamma',
      ]),
    );
    await load(
      db,
      'deals',
      write('union-deals.csv', [
        'Deal ID,Company,Contact Ref,Contact Mail,Created Date',
        'F1,Alpha,R1,,2026-02-01',
        'F2,,R2,b@x.example,2026-02-01',
        'F3,,,c@x.example,2026-02-01',
        'F4,Omega,R9,z@x.example,2026-02-01',
      ]),
    );
  });

  it('counts the union of the pair and the usual rules', async () => {
    expect(await matchSummary(db)).toMatchObject({ deals: 4, matched: 1, byCompany: 1 }); // F1
    expect(await previewLink(db, BY_REF)).toEqual({ deals: 4, matched: 2 }); // F1, F2
    await matchDeals(db, BY_REF);
    expect(await matchDetails(db, BY_REF)).toMatchObject({ matched: 2, byChosen: 2, byCompany: 0 });
    // F1 is now taken by the pair; the mail pair finds F2, F3 and the company rule still finds F1.
    expect(await previewLink(db, BY_MAIL)).toEqual({ deals: 4, matched: 3 });
    await matchDeals(db, BY_MAIL);
    expect(await matchDetails(db, BY_MAIL)).toMatchObject({ matched: 3, byChosen: 2, byCompany: 1 });
  });
});
