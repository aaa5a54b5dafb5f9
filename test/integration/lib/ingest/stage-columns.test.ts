/**
 * Deals files whose stage column was not recognised, so every deal counted as won with nothing
 * asked: SuiteCRM's and Vtiger's "Sales Stage", Capsule's "Milestone", and a stage under a header no
 * list can know. The header lists now name the first ones (headers/suitecrm.ts, vtiger.ts,
 * capsule.ts) and a column whose values name won and lost stages is the stage whatever its header
 * (stage-by-values.ts). Won and closed flags beside renamed stages decide what they came to
 * (outcome-flags.ts). Shapes from the sources those files name; figures counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { dealOutcomes, freshDb, loadText } from '../../../support/db';

async function loaded(name: string, text: string) {
  const db = await freshDb();
  const { prepared } = await loadText(db, 'deals', name, text);
  const mapped = (field: string) => prepared.sniffed.headers[prepared.mapping[field] ?? -1] ?? null;
  return { db, prepared, mapped };
}

describe('the stage column of a deals file', () => {
  it('SuiteCRM: "Sales Stage" and "Opportunity Amount", every value quoted', async () => {
    const text = [
      '"ID","Opportunity Name","Account Name","Opportunity Amount","Expected Close Date","Sales Stage","Assigned User Name","Date Created"',
      '"o1","Acme deal","Acme","$1,000.00","03/28/2024","Closed Won","will","03/05/2024 09:00am"',
      '"o2","Beta deal","Beta","$2,500.00","04/15/2024","Closed Lost","sally","03/06/2024 09:00am"',
      '"o3","Gamma deal","Gamma","$700.00","05/30/2024","Prospecting","will","03/16/2024 09:00am"',
    ].join('\r\n');
    const { db, prepared, mapped } = await loaded('Opportunities.csv', `${text}\r\n`);
    expect([mapped('outcome'), mapped('amount'), mapped('owner')]).toEqual([
      'Sales Stage',
      'Opportunity Amount',
      'Assigned User Name',
    ]);
    expect(prepared.closedWonAssumed).toBe(false);
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 1, open: 1, won_amount: 1000 });
  });

  it('Vtiger: header names quoted after ", ", and the organisation written "Accounts::::Acme Inc"', async () => {
    const text = [
      '"Opportunity Name", "Organization Name", "Amount", "Sales Stage", "Assigned To"',
      '"Acme deal","Accounts::::Acme Inc","1000.00","Closed Won","admin"',
      '"Beta deal","Beta Ltd","400.00","Closed Lost","admin"',
    ].join('\n');
    const { db, prepared, mapped } = await loaded('Potentials.csv', `${text}\n`);
    expect(prepared.sniffed.headers).toEqual([
      'Opportunity Name',
      'Organization Name',
      'Amount',
      'Sales Stage',
      'Assigned To',
    ]);
    expect([mapped('outcome'), mapped('company'), mapped('owner')]).toEqual([
      'Sales Stage',
      'Organization Name',
      'Assigned To',
    ]);
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 1, open: 0, won_amount: 1000 });
    // Vtiger writes the organisation a deal points to as "Accounts::::Acme Inc": it is Acme Inc.
    expect(await db.query('SELECT company FROM deals ORDER BY _key')).toEqual([
      { company: 'Acme Inc' },
      { company: 'Beta Ltd' },
    ]);
  });

  it('Capsule: "Milestone" and "Organisation"', async () => {
    const text = [
      'Name,Organisation,Milestone,Value,Currency,Owner,Lost Reason',
      'Acme renewal,Acme,Won,1200,GBP,Ann,',
      'Beta pilot,Beta,Lost,800,GBP,Bob,Price',
      'Gamma,Gamma,Proposal,500,GBP,Ann,',
    ].join('\n');
    const { db, mapped } = await loaded('opportunities.csv', `${text}\n`);
    expect([mapped('outcome'), mapped('company')]).toEqual(['Milestone', 'Organisation']);
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 1, open: 1, won_amount: 1200 });
  });

  it('a header no list knows: the column naming won and lost stages is the stage', async () => {
    const text = [
      'Deal,Client,Pipeline Phase,Deal Value,Paid',
      'D1,Acme,Closed Won,1000,Yes',
      'D2,Beta,Closed Lost,300,No',
      'D3,Gamma,Negotiation,450,No',
      'D4,Delta,Closed Won,250,Yes',
    ].join('\n');
    const { db, prepared, mapped } = await loaded('deals-tracker.csv', `${text}\n`);
    // "Paid" (Yes/No) names no stage; "Pipeline Phase" does.
    expect(mapped('outcome')).toBe('Pipeline Phase');
    expect(prepared.closedWonAssumed).toBe(false);
    expect(await dealOutcomes(db)).toEqual({ won: 2, lost: 1, open: 1, won_amount: 1250 });
  });

  it('controls: a closed-won export stays one; won words alone, yes/no and notes name no stage', async () => {
    const text = [
      'order_id,client,won_date,amount,paid,notes',
      'o1,Acme,2024-03-01,1000,yes,Won after a long trial',
      'o2,Beta,2024-03-02,300,no,Lost the first quote then came back',
      'o3,Gamma,2024-03-03,450,yes,Closed Won',
    ].join('\n');
    const { db, prepared, mapped } = await loaded('closed-won.csv', `${text}\n`);
    expect(mapped('outcome')).toBeNull();
    expect(prepared.closedWonAssumed).toBe(true);
    expect(await dealOutcomes(db)).toEqual({ won: 3, lost: 0, open: 0, won_amount: 1750 });
  });
});

describe('won and closed flags beside a stage with its own names', () => {
  it('Salesforce: "Won" and "Closed" decide what the renamed stages came to', async () => {
    const text = [
      'Opportunity ID,Stage,Won,Closed,Amount,Close Date,Created Date',
      'O1,Signed - Booked,1,1,1000,2025-03-04,2025-01-02',
      'O2,Dead - No Budget,0,1,2000,2025-03-05,2025-01-02',
      'O3,Negotiation,0,0,3000,2026-09-30,2025-01-02',
      'O4,Closed Won,1,1,4000,2025-03-06,2025-01-02',
    ].join('\n');
    const { db, mapped } = await loaded('opportunities.csv', `${text}\n`);
    expect(mapped('outcome')).toBe('Stage');
    // By hand: O1 and O4 won (5,000), O2 lost, O3 open.
    expect(await dealOutcomes(db)).toEqual({ won: 2, lost: 1, open: 1, won_amount: 5000 });
  });

  it('HubSpot: "Is Closed Won" and "Is Deal Closed?" beside a pipeline’s own stage names', async () => {
    const text = [
      'Record ID,Deal Name,Deal Stage,Amount,Is Closed Won,Is Deal Closed?',
      '1,Acme,Contract signed,1000,true,true',
      '2,Beta,Went dark,500,false,true',
      '3,Gamma,Proposal sent,700,false,false',
    ].join('\n');
    const { db } = await loaded('hubspot-crm-exports-deals.csv', `${text}\n`);
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 1, open: 1, won_amount: 1000 });
  });

  it('a won flag as the only outcome: the closed flag keeps open deals open', async () => {
    const text = [
      'Opportunity ID,Won,Closed,Amount',
      'O1,true,true,100',
      'O2,false,true,200',
      'O3,false,false,300',
    ].join('\n');
    const { db } = await loaded('opportunities-flags.csv', `${text}\n`);
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 1, open: 1, won_amount: 100 });
  });
});
