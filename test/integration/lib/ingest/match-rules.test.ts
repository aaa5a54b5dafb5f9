import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import type { TableKind } from '../../../../src/lib/ingest/fields';
import { matchDeals } from '../../../../src/lib/ingest/match';
import { freshDb } from '../../../support/db';
import { csvFolder, dealLinks as links } from '../../../support/deal-links';
import { loadMapped } from '../../../support/load-mapped';

/**
 * DESIGN.md "matching deals to leads", rule by rule: the rules' order (a chosen link, lead_id,
 * email, company_id, company), the latest lead created before the deal (or closed, without a created
 * date) else the earliest, ids listed as "C20; C21", and keys compared trimmed and case-insensitive.
 * Each expected link below is worked out by hand.
 */
const { write } = csvFolder('leadgap-match-rules-');

const LEADS = [
  'Lead ID,Created Date,Email,Company,Company ID,Contact Ref',
  'A1,2026-01-10,one@x.example,Orbit,C10,R1',
  // created the same day as A1, with its company and company id: A1, loaded first, wins ties
  'A2,2026-01-10,two@x.example,Orbit,C10,R2',
  'A3,2026-02-01,Three@X.example,Nova Labs,"C20; C21",R3',
  // no created date: after every dated lead
  'A4,,four@x.example,Nova Labs,C21,R4',
  'A5,2026-03-01,five@x.example,Nova Labs,,R5',
  'aB6,2026-01-05,,,,',
];

const DEALS = [
  'Deal ID,Lead ID,Email,Company,Company ID,Ref,Created Date,Close Date',
  // lead_id before email, company id and company, all pointing at other leads; the chosen Ref goes first
  'K1,A1,two@x.example,Nova Labs,C21,r3,2026-04-01,',
  // lead_id case-insensitive
  'K2,ab6,one@x.example,,,,2026-04-01,',
  // an unknown lead_id falls through to the email, compared trimmed and case-insensitive
  'K3,Z9,"  TWO@X.EXAMPLE ",Orbit,,,2026-04-01,',
  // email before company id: Three@X.example is A3 (company id C10 is A1)
  'K4,,three@x.example,,C10,,2026-04-01,',
  // company id before company; c21 is listed by A3 (Feb 1) and held by A4 (no date): A3, before Feb 15
  'K5,,,Orbit,c21,,2026-02-15,',
  // a listed id against a listed id: c20 is A3's, created after the deal but the only one
  'K6,,,,"C99;c20",,2026-01-01,',
  // c21 before any dated lead: the earliest dated lead, A3, not A4 without a date
  'K7,,,,c21,,2026-01-15,',
  // Orbit: A1 and A2 created Jan 10, both before Jan 12: the first loaded, A1
  'K8,,,orbit,,,2026-01-12,',
  // C10 after the deal (Jan 9) for both A1 and A2: the earliest, tied, so the first loaded, A1
  'K9,,,,C10,,2026-01-09,',
  // Nova Labs: A3 Feb 1, A4 no date, A5 Mar 1; Feb 20 → A3
  'K10,,,"  NOVA LABS ",,,2026-02-20,',
  // no created date: closed Mar 5, after A3 and A5 → the later, A5
  'K11,,,Nova Labs,,,,2026-03-05',
  // no date at all: no lead is known to be before it → the earliest, A3
  'K12,,,nova labs,,,,',
  // created the day A5 was: a lead created at the deal's time counts as before it → A5
  'K13,,,Nova Labs,,,2026-03-01,',
  // listed lead ids: A1 (Jan 10) before Feb 15, A5 (Mar 1) after → A1
  'K14,A1;A5,,,,,2026-02-15,',
  // both before Mar 2, listed with a space and in lower case → the later, A5
  'K15,"A5, a1",,,,,2026-03-02,',
  // separators only: no id, nothing else to link by
  'K16,";;",,,,,2026-03-02,',
  // nothing matches
  'K17,Z8,nobody@x.example,Omega,C77,,2026-03-02,',
];

const BY_DEFAULT_RULES = {
  K1: { lead: 'A1', by: 'lead_id' },
  K2: { lead: 'aB6', by: 'lead_id' },
  K3: { lead: 'A2', by: 'email' },
  K4: { lead: 'A3', by: 'email' },
  K5: { lead: 'A3', by: 'company_id' },
  K6: { lead: 'A3', by: 'company_id' },
  K7: { lead: 'A3', by: 'company_id' },
  K8: { lead: 'A1', by: 'company' },
  K9: { lead: 'A1', by: 'company_id' },
  K10: { lead: 'A3', by: 'company' },
  K11: { lead: 'A5', by: 'company' },
  K12: { lead: 'A3', by: 'company' },
  K13: { lead: 'A5', by: 'company' },
  K14: { lead: 'A1', by: 'lead_id' },
  K15: { lead: 'A5', by: 'lead_id' },
  K16: { lead: null, by: null },
  K17: { lead: null, by: null },
};

describe('the matching rules, one by one', () => {
  let db: Db;
  let ref: { deals: string; leads: string };

  beforeAll(async () => {
    db = await freshDb();
    await loadMapped(db, 'leads', write('leads.csv', LEADS), 7101, { 'Company ID': 'company_id' });
    await loadMapped(db, 'deals', write('deals.csv', DEALS), 7102, { 'Company ID': 'company_id' });
    // The unmapped Ref columns are extra columns: the link a user may choose.
    const extra = async (kind: TableKind, like: string) => {
      const columns = await db.query<{ column_name: string }>(`DESCRIBE ${kind}`);
      const found = columns.map((c) => c.column_name).filter((c) => c.startsWith('x_') && c.includes(like));
      expect(found).toHaveLength(1);
      return found[0] ?? '';
    };
    ref = { deals: await extra('deals', 'ref'), leads: await extra('leads', 'ref') };
  });

  it('links each deal by the first rule that finds a lead, to the lead the dates pick', async () => {
    await matchDeals(db, null);
    expect(await links(db)).toEqual(BY_DEFAULT_RULES);
  });

  it('tries a chosen link before every other rule, and only where its columns exist', async () => {
    await matchDeals(db, ref);
    expect(await links(db)).toEqual({ ...BY_DEFAULT_RULES, K1: { lead: 'A3', by: 'chosen' } });
    await matchDeals(db, { deals: 'x_not_there', leads: ref.leads });
    expect(await links(db)).toEqual(BY_DEFAULT_RULES);
  });

  it('gives the same links when matched again', async () => {
    await matchDeals(db, null);
    const first = await db.query('SELECT * FROM deal_matches ORDER BY deal_key');
    await matchDeals(db, null);
    expect(await db.query('SELECT * FROM deal_matches ORDER BY deal_key')).toEqual(first);
    expect(first).toHaveLength(Object.values(BY_DEFAULT_RULES).filter((e) => e.lead).length);
  });
});

describe('matching with leads alone', () => {
  it('links nothing and leaves no rows', async () => {
    const db = await freshDb();
    await loadMapped(db, 'leads', write('alone.csv', LEADS), 7201, { 'Company ID': 'company_id' });
    await matchDeals(db, null);
    expect(await db.query('SELECT * FROM deal_matches')).toEqual([]);
  });
});
