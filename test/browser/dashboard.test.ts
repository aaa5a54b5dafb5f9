import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { clickSourceBar } from './chart-filters';

interface Metrics {
  filters: { dimensions?: Record<string, string[]> };
  counts: { leads: number; deals: number; dealsMatched: number };
  funnel: { stage: string; count: number | null }[];
  bySource: { source: string; leads: number }[] | null;
}

const VIEWS = ['Overview', 'Funnel', 'Follow-up', 'Reps', 'Sources'] as const;

/** Filters by a source's bar on the Overview; the metrics JSON once it has redrawn. */
async function filterBySourceBar(page: App['page'], source: string): Promise<Metrics> {
  await clickSourceBar(page, source);
  await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
  const metrics = await downloadJson<Metrics>(page, 'export-metrics');
  expect(metrics.filters).toEqual({ dimensions: { source: [source] } });
  return metrics;
}

describe('the dashboard on the sample data', () => {
  let app: App;
  beforeAll(async () => {
    app = await openApp();
    await app.page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(app.page, 'ready');
    await app.page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
  });
  afterAll(async () => {
    expect(app.outsideRequests).toEqual([]);
    expect(app.errors).toEqual([]);
    await app?.close();
  });

  it('filters every view by clicking a source bar, and the export follows', async () => {
    const { page } = app;
    // Counted from the CSV with papaparse, not by the app.
    const leads = records(sample('leads.csv'));
    const source = 'Paid Search';
    const expected = leads.filter((lead) => lead['Lead Source'] === source).length;
    expect(expected).toBeGreaterThan(0);

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    const before = await downloadJson<Metrics>(page, 'export-metrics');
    expect(before.counts.leads).toBe(leads.length);

    const after = await filterBySourceBar(page, source);
    expect(after.counts.leads).toBe(expected);
    expect(after.funnel[0]).toMatchObject({ stage: 'leads', count: expected });
    expect(after.bySource).toEqual([expect.objectContaining({ source, leads: expected })]);
    await expect(page.getByTestId('tile-leads').textContent()).resolves.toContain(
      expected.toLocaleString('en-US'),
    );

    // Every view draws under the filter; then the chip clears it.
    for (const view of VIEWS) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
      await page.locator(`[data-testid="view-${view.toLowerCase()}"][data-state="ready"]`).waitFor();
    }
    await page.getByRole('button', { name: `Remove filter Source: ${source}` }).click();
    await page.getByTestId('filter-chip').waitFor({ state: 'detached' });
    const cleared = await downloadJson<Metrics>(page, 'export-metrics');
    expect(cleared.counts.leads).toBe(leads.length);
  });

  it('filters by other sources after the first (compared by their codes then), as the CSV counts', async () => {
    const { page } = app;
    const leads = records(sample('leads.csv'));
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    for (const source of ['Web', 'Referral']) {
      const expected = leads.filter((lead) => lead['Lead Source'] === source).length;
      expect(expected).toBeGreaterThan(0);
      const after = await filterBySourceBar(page, source);
      expect(after.counts.leads).toBe(expected);
      expect(after.bySource).toEqual([expect.objectContaining({ source, leads: expected })]);
      await page.getByRole('button', { name: `Remove filter Source: ${source}` }).click();
      await page.getByTestId('filter-chip').waitFor({ state: 'detached' });
    }
  });

  it('follows the lead definition edited in its panel', async () => {
    const { page } = app;
    interface Sla {
      slaHours: number;
      followUp: { withinSla: number; breachedSla: number; pendingSla: number; slaCompliance: number };
    }
    const before = await downloadJson<Sla>(page, 'export-metrics');
    expect(before.slaHours).toBe(48);
    await page.getByTestId('edit-definition').click();
    const dialog = page.getByRole('dialog', { name: /What counts as a lead/ });
    await dialog.getByLabel('Follow-up SLA (hours)').fill('24');
    await screenshots(page, 'definition-panel');
    await dialog.getByTestId('save-definition').click();
    await page.getByRole('complementary').getByText('24 h to first follow-up').waitFor();
    const after = await downloadJson<Sla>(page, 'export-metrics');
    expect(after.slaHours).toBe(24);
    // A tighter SLA can only move leads from "within" to "breached" (or pending to breached).
    expect(after.followUp.withinSla).toBeLessThan(before.followUp.withinSla);
    expect(after.followUp.breachedSla).toBeGreaterThan(before.followUp.breachedSla);
    expect(after.followUp.withinSla + after.followUp.breachedSla + after.followUp.pendingSla).toBe(
      before.followUp.withinSla + before.followUp.breachedSla + before.followUp.pendingSla,
    );
    await page.getByTestId('edit-definition').click();
    await page.getByRole('button', { name: 'Back to the defaults' }).click();
    await page.getByRole('complementary').getByText('48 h to first follow-up').waitFor();
  });

  it('takes screenshots of every view', async () => {
    const { page } = app;
    for (const view of VIEWS) {
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
      await page.locator(`[data-testid="view-${view.toLowerCase()}"][data-state="ready"]`).waitFor();
      const paths = await screenshots(page, `view-${view.toLowerCase()}-sample`);
      expect(paths).toHaveLength(4);
    }
  });
});
