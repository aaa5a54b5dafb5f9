import { describe, expect, it } from 'vitest';
import { CONVERTED_LEADS, OPPORTUNITIES } from '../support/salesforce-reports';
import { appPerTest, screenshots } from './harness';
import { downloadJson } from './downloads';
import { csv, loadLeadsAndDeals } from './landing';

interface Metrics {
  counts: { leads: number; deals: number; dealsMatched: number };
  revenue: { wonLeads: number | null; wonAmount: number | null };
}

/**
 * Salesforce's leads report naming each converted lead's opportunity, and the opportunities report,
 * whose account names differ from the leads' companies: the opportunity links through the id the
 * lead names. Counted by hand: 2 of 2 deals linked, 1 won lead, $1,000 won.
 */
// After each test: no request left 127.0.0.1 and the page logged no error.
const app = appPerTest();

describe('a lead that names the opportunity it was converted to', () => {
  it('links the opportunity to it, and the Data view says by what', async () => {
    const { page } = await app.open();
    await loadLeadsAndDeals(
      page,
      csv('leads-converted.csv', CONVERTED_LEADS),
      csv('opportunities.csv', OPPORTUNITIES),
    );
    const summary = page.getByTestId('match-summary');
    await expect(summary.locator('h2').textContent()).resolves.toBe('100.0% of deals were linked to a lead');
    await expect(summary.getByTestId('match-tried').locator('li').allTextContents()).resolves.toContain(
      'deal ID on the lead: the deals’ “Opportunity ID” against the leads’ “Converted Opportunity ID”, 2 linked',
    );
    await screenshots(page, 'data-converted-deal-link');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads: 3, deals: 2, dealsMatched: 2 });
    expect(metrics.revenue).toMatchObject({ wonLeads: 1, wonAmount: 1000 });
  });
});
