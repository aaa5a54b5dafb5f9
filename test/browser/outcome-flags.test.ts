import { describe, expect, it } from 'vitest';
import { appPerTest, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { csv } from './landing';

interface Metrics {
  revenue: {
    wonDeals: number | null;
    lostDeals: number | null;
    openDeals: number | null;
    wonAmount: number | null;
  };
}

/**
 * A Salesforce opportunities report whose stages an org renamed, with its Won and Closed columns.
 * Counted by hand: O1 and O4 won (1,000 + 4,000), O2 lost, O3 open.
 */
const OPPORTUNITIES = csv('opportunities.csv', [
  'Opportunity ID,Account Name,Stage,Won,Closed,Amount,Close Date,Created Date',
  'O1,Acme,Signed - Booked,1,1,1000,2025-03-04,2025-01-02',
  'O2,Beta,Dead - No Budget,0,1,2000,2025-03-05,2025-01-02',
  'O3,Gamma,Negotiation,0,0,3000,2026-09-30,2025-01-02',
  'O4,Delta,Closed Won,1,1,4000,2025-03-06,2025-01-02',
]);

// After each test: no request left 127.0.0.1 and the page logged no error.
const app = appPerTest();

describe('won and closed flags beside renamed stages', () => {
  it('decide the deals’ outcomes, and the Data view says so', async () => {
    const { page } = await app.open();
    await page.locator('input[data-testid="deals-file"]').setInputFiles(OPPORTUNITIES);
    await waitForState(page, 'ready');
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Data', exact: true })
      .click();
    await expect(page.getByTestId('outcome-flags').textContent()).resolves.toBe(
      '“Won” and “Closed” decide which deals were won, lost or open where they are filled, whatever the stage is named.',
    );
    await screenshots(page, 'data-outcome-flags');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.revenue).toMatchObject({ wonDeals: 2, lostDeals: 1, openDeals: 1, wonAmount: 5000 });
  });
});
