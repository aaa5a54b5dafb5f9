/**
 * Deal exports of CRMs beyond the big four, shaped as their own code and documentation write them
 * (sources in src/lib/ingest/headers), each loaded alone: the stage, amount and loss reason map,
 * and the won / lost / open counts and the won amount are the ones counted by hand below.
 */
import { describe, expect, it } from 'vitest';
import { dealOutcomes, freshDb, loadText } from '../../../support/db';

describe('Bitrix24 deals (CSV: every value quoted, each line ending in ";")', () => {
  const line = (values: string[]) => `${values.map((v) => `"${v}"`).join(';')};`;
  const DEALS = [
    line(['ID', 'Deal Name', 'Stage', 'Income', 'Currency', 'Responsible', 'Created', 'Company']),
    line(['101', 'Acme', 'Deal won', '1000.00', 'US Dollar', 'Ann Lee', '03/01/2024 09:15:00 am', 'Acme']),
    line(['102', 'Beta', 'Deal won', '2500.00', 'US Dollar', 'Bob Ray', '03/02/2024 10:00:00 am', 'Beta']),
    line(['103', 'Gamma', 'Deal lost', '900.00', 'US Dollar', 'Ann Lee', '03/03/2024 11:00:00 am', 'Gamma']),
    line([
      '104',
      'Delta',
      'Analyze failure',
      '400.00',
      'US Dollar',
      'Bob Ray',
      '03/04/2024 01:00:00 pm',
      'Delta',
    ]),
    line(['105', 'Eps', 'In progress', '700.00', 'US Dollar', 'Ann Lee', '03/05/2024 02:00:00 pm', 'Eps']),
    line(['106', 'Zeta', 'New', '300.00', 'US Dollar', 'Bob Ray', '03/06/2024 03:00:00 pm', 'Zeta']),
  ].join('\n');

  it('maps Stage, Income and Responsible; "Analyze failure" is lost', async () => {
    const db = await freshDb();
    const { prepared } = await loadText(db, 'deals', 'DEAL_20240401.csv', `${DEALS}\n`);
    const mapped = (field: string) => prepared.sniffed.headers[prepared.mapping[field] ?? -1];
    expect([mapped('outcome'), mapped('amount'), mapped('owner')]).toEqual([
      'Stage',
      'Income',
      'Responsible',
    ]);
    expect(await dealOutcomes(db)).toEqual({ won: 2, lost: 2, open: 2, won_amount: 3500 });
  });

  it('reads the Russian stage names, which have no Latin letters', async () => {
    const db = await freshDb();
    const text =
      'ID;Стадия сделки;Сумма\n1;Сделка успешна;1000\n2;Сделка провалена;500\n3;Анализ причины провала;300\n' +
      '4;Подготовка документов;200\n';
    await loadText(db, 'deals', 'deals-ru.csv', text, { 'Стадия сделки': 'outcome', Сумма: 'amount' });
    expect(await dealOutcomes(db)).toEqual({ won: 1, lost: 2, open: 1, won_amount: 1000 });
  });
});

describe('Odoo opportunities: a lost one keeps its stage and gets a lost reason', () => {
  const DEALS =
    'Opportunity,Customer,Email,Salesperson,Expected Revenue,Stage,Probability,Active,Lost Reason,Closed Date\n' +
    'Acme deal,Acme,ann@acme.com,Mitchell Admin,4000.00,Won,100,True,,2024-04-01 10:00:00\n' +
    'Beta deal,Beta,bob@beta.io,Mitchell Admin,6000.00,Won,100,True,,2024-04-02 10:00:00\n' +
    'Gamma deal,Gamma,cat@gamma.com,Marc Demo,3000.00,Proposition,0,False,Too expensive,2024-04-03 10:00:00\n' +
    'Delta deal,Delta,dan@delta.com,Marc Demo,2000.00,Qualified,0,False,Not enough stock,2024-04-04 10:00:00\n' +
    'Eps deal,Eps,eve@eps.com,Mitchell Admin,1500.00,Proposition,50,True,,\n' +
    'Zeta deal,Zeta,fay@zeta.com,Marc Demo,800.00,New,10,True,,\n';

  it('is lost; the expected revenue is the amount', async () => {
    const db = await freshDb();
    const { prepared } = await loadText(db, 'deals', 'crm.lead.csv', DEALS);
    const mapped = (field: string) => prepared.sniffed.headers[prepared.mapping[field] ?? -1];
    expect([mapped('outcome'), mapped('amount'), mapped('loss_reason')]).toEqual([
      'Stage',
      'Expected Revenue',
      'Lost Reason',
    ]);
    expect(await dealOutcomes(db)).toEqual({ won: 2, lost: 2, open: 2, won_amount: 10_000 });
  });
});

describe('Insightly opportunities, written with the API’s field names', () => {
  it('maps OPPORTUNITY_STATE and OPPORTUNITY_VALUE instead of assuming every deal won', async () => {
    const db = await freshDb();
    const text =
      'OPPORTUNITY_ID,OPPORTUNITY_NAME,OPPORTUNITY_STATE,OPPORTUNITY_VALUE,DATE_CREATED_UTC\n' +
      '1,Acme,WON,5000,2024-03-01 09:00:00\n2,Beta,WON,12000,2024-03-02 09:00:00\n' +
      '3,Gamma,LOST,3000,2024-03-03 09:00:00\n4,Delta,ABANDONED,2000,2024-03-04 09:00:00\n' +
      '5,Eps,SUSPENDED,1000,2024-03-05 09:00:00\n6,Zeta,OPEN,900,2024-03-06 09:00:00\n';
    const { prepared } = await loadText(db, 'deals', 'opportunities.csv', text);
    expect(prepared.closedWonAssumed).toBe(false);
    expect(await dealOutcomes(db)).toEqual({ won: 2, lost: 2, open: 2, won_amount: 17_000 });
  });
});

describe('Airtable deals with a "Won" tick box, blank when unticked', () => {
  it('counts an unticked deal as not won, and still skips an empty row', async () => {
    const db = await freshDb();
    const text =
      'Name,Company,Amount,Close Date,Won\n' +
      'Acme renewal,Acme Corp,"$1,200.00",3/20/2024,checked\n' +
      'Gamma pilot,Gamma LLC,$800.00,3/25/2024,\n' +
      'Gamma expansion,Gamma LLC,"$2,500.00",3/22/2024,checked\n' +
      ',,,,\n' +
      'Eps annual,Eps Ltd,"$3,000.00",3/18/2024,checked\n' +
      'Zeta trial,Zeta SA,$500.00,3/19/2024,\n';
    const { report } = await loadText(db, 'deals', 'Deals-Grid view.csv', text);
    expect({ loaded: report.rowsLoaded, rejected: report.rowsRejected }).toEqual({ loaded: 5, rejected: 1 });
    expect(await dealOutcomes(db)).toEqual({ won: 3, lost: 2, open: 0, won_amount: 6700 });
  });
});

describe('ClickUp tasks used as leads: dates in Unix milliseconds', () => {
  it('reads "Date created" as the lead’s creation time', async () => {
    const db = await freshDb();
    const text =
      'Task ID,Task Name,Status,Date created,Date created Text,Assignees\n' +
      '86a01,Acme,contacted,1709283600000,2024-03-01T09:00:00Z,[Jo Kim]\n' +
      '86a02,Beta,new,1709370000000,2024-03-02T09:00:00Z,[Sam Li]\n' +
      '86a03,Gamma,contacted,1709456400000,2024-03-03T09:00:00Z,[Jo Kim]\n';
    const { prepared, report } = await loadText(db, 'leads', 'clickup-export.csv', text);
    expect(prepared.sniffed.headers[prepared.mapping['created_at'] ?? -1]).toBe('Date created');
    expect(prepared.reasons).toEqual([]);
    expect(report.valueIssueCount).toBe(0);
    const rows = await db.query<{ at: string }>(
      `SELECT strftime(created_at, '%Y-%m-%dT%H:%M') AS at FROM leads ORDER BY _key`,
    );
    expect(rows.map((r) => r.at)).toEqual(['2024-03-01T09:00', '2024-03-02T09:00', '2024-03-03T09:00']);
  });
});
