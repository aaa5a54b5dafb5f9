import { afterEach, describe, expect, it } from 'vitest';
import { type App, downloadJson, openApp, screenshots, waitForState } from './harness';

interface Metrics {
  counts: { leads: number; deals: number; dealsMatched: number };
  revenue: { wonLeads: number | null; wonAmount: number | null };
}

/**
 * Salesforce's leads report naming each converted lead's opportunity, and the opportunities report,
 * whose account names differ from the leads' companies: the opportunity links through the id the
 * lead names. Counted by hand: 2 of 2 deals linked, 1 won lead, $1,000 won.
 */
const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`),
});
const LEADS = csv('leads-converted.csv', [
  'Lead ID,Created Date,Lead Source,Lead Status,Company / Account,Converted,Converted Opportunity ID',
  '00Q5g00000AAAA1,1/5/2026,Web,Qualified,Acme Inc.,1,0065g00000BBBB1',
  '00Q5g00000AAAA2,1/6/2026,Event,Qualified,Beta,1,0065g00000BBBB2',
  '00Q5g00000AAAA3,1/13/2026,Web,Open - Not Contacted,Gamma,0,',
]);
const OPPORTUNITIES = csv('opportunities.csv', [
  'Opportunity ID,Opportunity Name,Account Name,Stage,Amount,Close Date',
  '0065g00000BBBB1,Acme - Platform,Acme Corporation,Closed Won,"$1,000.00",2/13/2026',
  '0065g00000BBBB2,Beta - Pilot,Beta Holdings,Closed Lost,$400.00,2/14/2026',
]);

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

describe('a lead that names the opportunity it was converted to', () => {
  it('links the opportunity to it, and the Data view says by what', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(LEADS);
    await page.locator('input[data-testid="deals-file"]').setInputFiles(OPPORTUNITIES);
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await waitForState(page, 'ready');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Data', exact: true })
      .click();
    const summary = page.getByTestId('match-summary');
    await expect(summary.locator('h2').textContent()).resolves.toBe('100.0% of deals were linked to a lead');
    await expect(summary.getByTestId('match-tried').locator('li').allTextContents()).resolves.toContain(
      'deal ID on the lead: the deals’ “Opportunity ID” against the leads’ “Converted Opportunity ID”, 2 linked',
    );
    await screenshots(page, 'data-converted-deal-link');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads: 3, deals: 2, dealsMatched: 2 });
    expect(metrics.revenue).toMatchObject({ wonLeads: 1, wonAmount: 1000 });
    expect(app.errors).toEqual([]);
  });
});
