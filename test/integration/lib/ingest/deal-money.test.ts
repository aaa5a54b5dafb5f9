/**
 * The money side of deals exports as CRMs write it (shapes from the sources in src/lib/ingest/headers
 * and the locales' own formats, checked with Intl): which column is the amount and the close date,
 * which currency an amount is in, and values that must be reported rather than misread. Every figure
 * counted by hand from the file.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';

async function deals(name: string, lines: string[]) {
  const db = await freshDb();
  const { prepared, report } = await loadText(db, 'deals', name, `${lines.join('\n')}\n`);
  const mapped = (field: string) => prepared.sniffed.headers[prepared.mapping[field] ?? -1] ?? null;
  const rows = await db.query<{
    id: string;
    amount: number | null;
    currency: string | null;
    closed: string | null;
  }>(
    `SELECT deal_id AS id, amount, currency, strftime(closed_at, '%Y-%m-%d') AS closed FROM deals ORDER BY _key`,
  );
  return { mapped, rows, report };
}

describe('the money side of deals exports', () => {
  it('Pipedrive: "Deal closed on" (won and lost) is the close date, not the forecast', async () => {
    const { mapped, rows } = await deals('deals.csv', [
      'Deal - ID,Deal - Value,Deal - Currency,Deal - Status,Deal - Deal closed on,Deal - Won time,Deal - Expected close date',
      '1,1000,EUR,won,2025-03-04 10:00:00,2025-03-04 10:00:00,2025-06-30',
      '2,500,EUR,lost,2025-02-05 10:00:00,,2025-09-30',
      '3,700,EUR,open,,,2026-12-31',
    ]);
    expect(mapped('closed_at')).toBe('Deal - Deal closed on');
    expect(rows.map((r) => r.closed)).toEqual(['2025-03-04', '2025-02-05', null]);
  });

  it('Zoho: "Amount" is the amount, not "Expected Revenue" (amount × probability)', async () => {
    const { mapped, rows } = await deals('Deals.csv', [
      'Record Id,Stage,Probability (%),Amount,Expected Revenue,Closing Date',
      'zcrm_1,Closed Won,100,1000,1000,2025-03-04',
      'zcrm_2,Closed Lost,0,2000,0,2025-03-05',
      'zcrm_3,Negotiation/Review,75,4000,3000,2026-03-05',
    ]);
    expect(mapped('amount')).toBe('Amount');
    expect(rows.map((r) => r.amount)).toEqual([1000, 2000, 4000]);
  });

  it('koruna, yen and names of currencies: read as their currency, never scaled', async () => {
    const { rows } = await deals('obchody.csv', [
      'Deal ID;Stage;Amount;Currency',
      'D1;Closed Won;25 000 Kč;',
      'D2;Closed Won;￥120,000;',
      'D3;Closed Won;120000円;',
      'D4;Closed Won;1000;US Dollar',
      'D5;Closed Won;2000;Euro',
    ]);
    expect(rows.map((r) => [r.amount, r.currency])).toEqual([
      [25000, 'CZK'],
      [120000, 'JPY'],
      [120000, 'JPY'],
      [1000, 'USD'],
      [2000, 'EUR'],
    ]);
  });

  it('a value in the other decimal style is reported, not read as 2', async () => {
    const { rows, report } = await deals('deals-mixed.csv', [
      'Deal ID,Stage,Amount',
      'D1,Closed Won,"$1,000.00"',
      'D2,Closed Won,"$2,500.00"',
      'D3,Closed Won,"€2.000,00"',
      'D4,Closed Won,"$3,250.00"',
    ]);
    expect(rows.map((r) => r.amount)).toEqual([1000, 2500, null, 3250]);
    expect(report.valueIssueCount).toBe(1);
  });

  it('an amount in the company currency is not given the deal’s own currency', async () => {
    // HubSpot: 1,080 and 2,000 in the company's currency; "Deal currency code" names each deal's own.
    const hubspot = await deals('hubspot-crm-exports-deals.csv', [
      'Record ID,Deal Stage,Amount in company currency,Deal currency code',
      '1,closedwon,1080,EUR',
      '2,closedwon,2000,USD',
    ]);
    expect(hubspot.mapped('amount')).toBe('Amount in company currency');
    expect(hubspot.rows.map((r) => [r.amount, r.currency])).toEqual([
      [1080, null],
      [2000, null],
    ]);
    // Salesforce: the converted amount beside its own currency column.
    const salesforce = await deals('report.csv', [
      'Opportunity ID,Stage,Amount (converted) Currency,Amount (converted)',
      '006A,Closed Won,USD,83.86',
      '006B,Closed Won,USD,1000.00',
    ]);
    expect(salesforce.rows.map((r) => [r.amount, r.currency])).toEqual([
      [83.86, 'USD'],
      [1000, 'USD'],
    ]);
  });
});
