import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { olist, realDataAvailable } from '../support/files';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  funnel: { stage: string; count: number | null }[];
  followUp: { rate: number | null; slaCompliance: number | null };
  revenue: {
    wonLeads: number | null;
    leadToWin: number | null;
    winRate: number | null;
    wonAmount: number | null;
    medianDaysToWin: number | null;
  };
  bySource: { source: string; leads: number; wonLeads: number | null }[];
}

describe.runIf(realDataAvailable())('the dashboard on the Olist pair (real data)', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
    await app.page.locator('input[data-testid="leads-file"]').setInputFiles(olist.leads());
    await app.page.locator('input[data-testid="deals-file"]').setInputFiles(olist.deals());
    await waitForState(app.page, 'ready');
    await app.page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
  });
  afterAll(async () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app?.close();
  });

  it('exports the figures stated independently in the issue, and null where Olist cannot say', async () => {
    const metrics = await downloadJson<Metrics>(app.page, 'export-metrics');
    expect(metrics.revenue.wonLeads).toBe(842);
    expect(metrics.revenue.leadToWin).toBeCloseTo(0.10525, 10);
    expect(metrics.revenue.medianDaysToWin).toBeCloseTo(14.65, 2);
    expect(metrics.revenue.winRate).toBeNull();
    expect(metrics.revenue.wonAmount).toBeNull();
    expect(metrics.followUp.rate).toBeNull();
    expect(metrics.followUp.slaCompliance).toBeNull();
    const bySource = Object.fromEntries(
      metrics.bySource.map((row) => [row.source, [row.leads, row.wonLeads]]),
    );
    expect(bySource).toMatchObject({
      organic_search: [2296, 271],
      paid_search: [1586, 195],
      social: [1350, 75],
      unknown: [1099, 179],
      direct_traffic: [499, 56],
      '(blank)': [60, 14],
    });
  });

  it('says "not in your data" instead of zeros, and draws every view', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Views' });
    await nav.getByRole('button', { name: 'Overview' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    const overview = await page.getByTestId('view-overview').textContent();
    expect(overview).toContain('not in your data');
    expect(overview).toMatch(/Needs a first-touch/);
    for (const view of ['overview', 'funnel', 'follow-up', 'reps', 'sources'] as const) {
      await nav
        .getByRole('button', {
          name: view === 'follow-up' ? 'Follow-up' : view[0]?.toUpperCase() + view.slice(1),
        })
        .click();
      await page.locator(`[data-testid="view-${view}"][data-state="ready"]`).waitFor();
      await screenshots(page, `view-${view}-olist`);
    }
  });
});
