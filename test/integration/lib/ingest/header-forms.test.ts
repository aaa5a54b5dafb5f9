/**
 * Headers as spreadsheets and report builders write them: a field's name with a unit or currency
 * after it ("Amount (USD)", "Close Date (UTC)"), and the plain words trackers use ("Created",
 * "Revenue"). Each file below maps, loads and gives the won revenue counted by hand.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';
import { MetricsEngine, knownFields, metricsDocument } from '../../../../src/lib/metrics';

describe('a deals file whose amount header names its currency', () => {
  const DEALS =
    'Opportunity ID,Stage,Amount (USD),Close Date (UTC)\n' +
    'D1,Closed Won,"$1,200.00",2024-04-01\n' +
    'D2,Closed Won,800,2024-04-02\n' +
    'D3,Closed Lost,"$5,000.00",2024-04-03\n' +
    'D4,Closed Won,,2024-04-04\n';

  it('maps the amount and the close date, and reads the currency from the header', async () => {
    const db = await freshDb();
    const { prepared, report } = await loadText(db, 'deals', 'opportunities.csv', DEALS);
    const headers = prepared.sniffed.headers;
    const mapped = (field: string) => headers[prepared.mapping[field] ?? -1];
    expect([mapped('amount'), mapped('closed_at')]).toEqual(['Amount (USD)', 'Close Date (UTC)']);
    expect(report.valueIssueCount).toBe(0);
    const rows = await db.query<{ amount: number | null; currency: string | null }>(
      'SELECT amount, currency FROM deals ORDER BY _key',
    );
    // "$" says a dollar, the header which one; a deal without an amount has no currency.
    expect(rows).toEqual([
      { amount: 1200, currency: 'USD' },
      { amount: 800, currency: 'USD' },
      { amount: 5000, currency: 'USD' },
      { amount: null, currency: null },
    ]);
    const uploads = [{ kind: 'deals' as const, mapping: report.choice.mapping, closedWonAssumed: false }];
    const doc = await metricsDocument(new MetricsEngine(db), { known: knownFields(uploads) });
    expect(doc.revenue.wonAmount).toBe(2000);
    expect(doc.revenue.wonDeals).toBe(3);
  });

  it('keeps a currency the amounts write themselves over the header’s', async () => {
    const db = await freshDb();
    await loadText(db, 'deals', 'deals.csv', 'Deal ID,Stage,Amount (USD)\nD1,Won,€900\nD2,Won,900\n');
    const rows = await db.query<{ currency: string }>('SELECT currency FROM deals ORDER BY _key');
    expect(rows.map((r) => r.currency)).toEqual(['EUR', 'USD']);
  });
});

describe('headers trackers write', () => {
  it('"Created" is the lead’s creation date and "Revenue" the deal’s amount', async () => {
    const db = await freshDb();
    const leads = await loadText(db, 'leads', 'tracker.csv', 'Name,Email,Created\nAnn,a@a.com,2024-03-01\n');
    expect(leads.prepared.sniffed.headers[leads.prepared.mapping['created_at'] ?? -1]).toBe('Created');
    const deals = await loadText(db, 'deals', 'won.csv', 'Client,Email,Revenue\nAcme,a@a.com,"12,000"\n');
    expect(deals.prepared.sniffed.headers[deals.prepared.mapping['amount'] ?? -1]).toBe('Revenue');
    const [row] = await db.query<{ amount: number }>('SELECT amount FROM deals');
    expect(row?.amount).toBe(12_000);
  });
});
