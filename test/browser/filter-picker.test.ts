import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  filters: { dimensions?: Record<string, string[]> };
  counts: { leads: number };
  bySource: { source: string; leads: number }[] | null;
  byOwner: { owner: string; leads: number }[] | null;
}

const VIEWS = ['Overview', 'Funnel', 'Follow-up', 'Reps', 'Sources'] as const;

/** Leads per value of a column, counted from the CSV with papaparse, not by the app. */
function perValue(rows: Record<string, string>[], column: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) {
    const value = row[column] || '(blank)';
    counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** What the open picker lists: each value with the lead count it shows. */
async function listed(page: Page): Promise<Record<string, number>> {
  const rows = page.getByTestId('filter-values').locator('li');
  const entries = await rows.evaluateAll((items) =>
    items.map((li) => [
      li.querySelector('.filter-value')?.textContent ?? '',
      Number(li.querySelector('.filter-count')?.getAttribute('data-leads')),
    ]),
  );
  return Object.fromEntries(entries) as Record<string, number>;
}

async function openView(page: Page, view: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: view }).click();
  await page.locator(`[data-testid="view-${view.toLowerCase()}"][data-state="ready"]`).waitFor();
}

const focusedTestId = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['testid'] ?? null);

describe('the filter picker on the sample data', () => {
  const leads = records(sample('leads.csv'));
  const picked = ['Paid Search', 'Partner'];
  const pickedLeads = leads.filter((lead) => picked.includes(lead['Lead Source'] ?? ''));
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

  it('picks two sources (by mouse and by keyboard) and narrows every view; a chip clears it', async () => {
    const { page } = app;
    expect(pickedLeads.length).toBeGreaterThan(0);
    expect(pickedLeads.length).toBeLessThan(leads.length);
    await openView(page, 'Overview');

    const add = page.getByTestId('add-filter');
    await expect(add.getAttribute('aria-expanded')).resolves.toBe('false');
    await add.click();
    await expect(add.getAttribute('aria-expanded')).resolves.toBe('true');
    const picker = page.getByRole('dialog', { name: 'Add a filter' });
    await screenshots(page, 'filter-picker-dimensions');
    await picker.getByRole('button', { name: 'Source' }).click();
    const values = page.getByRole('dialog', { name: 'Filter by Source' });
    // With no other filter, each source's count is its leads in the whole file.
    const sources = perValue(leads, 'Lead Source');
    await expect.poll(() => listed(page)).toEqual(sources);

    await values.getByRole('checkbox', { name: /^Paid Search\b/ }).check();
    // The rest by keyboard: search, ↓ into the list, Space ticks, Enter applies.
    await values.getByRole('searchbox').fill('part');
    await expect.poll(() => listed(page)).toEqual({ Partner: sources['Partner'] });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await expect(values.getByRole('checkbox', { name: /^Partner\b/ }).isChecked()).resolves.toBe(true);
    await values.getByText('2 chosen').waitFor();
    await page.keyboard.press('Enter');
    await values.waitFor({ state: 'detached' });
    await expect(add.getAttribute('aria-expanded')).resolves.toBe('false');
    await expect(focusedTestId(page)).resolves.toBe('add-filter');

    for (const value of picked) {
      await page
        .getByTestId('filter-chip')
        .filter({ hasText: `Source: ${value}` })
        .waitFor();
    }
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    await screenshots(page, 'filter-picker-applied');
    for (const view of VIEWS) {
      await openView(page, view);
      const metrics = await downloadJson<Metrics>(page, 'export-metrics');
      expect({ view, filters: metrics.filters, leads: metrics.counts.leads }).toEqual({
        view,
        filters: { dimensions: { source: picked } },
        leads: pickedLeads.length,
      });
      expect(metrics.bySource?.map((row) => row.source).sort()).toEqual([...picked].sort());
      expect(metrics.byOwner?.reduce((sum, row) => sum + row.leads, 0)).toBe(pickedLeads.length);
    }
    await openView(page, 'Overview');
    await expect(page.getByTestId('tile-leads').textContent()).resolves.toContain(
      pickedLeads.length.toLocaleString('en-US'),
    );

    for (const value of picked) {
      await page.getByRole('button', { name: `Remove filter Source: ${value}` }).click();
    }
    await page.getByTestId('filter-chip').waitFor({ state: 'detached' });
    const cleared = await downloadJson<Metrics>(page, 'export-metrics');
    expect(cleared.filters).toEqual({});
    expect(cleared.counts.leads).toBe(leads.length);
  });

  it('counts owners under the other filters only, keyboard all the way, and fits a phone', async () => {
    const { page } = app;
    await openView(page, 'Reps');
    // Another dimension's filter first: the owner counts must follow it.
    await page.getByTestId('add-filter').click();
    await page.getByRole('dialog', { name: 'Add a filter' }).getByRole('button', { name: 'Source' }).click();
    await page
      .getByRole('dialog', { name: 'Filter by Source' })
      .getByRole('checkbox', { name: /^Web\b/ })
      .check();
    await page.getByTestId('apply-filter').click();
    await page.getByTestId('filter-chip').filter({ hasText: 'Source: Web' }).waitFor();

    // Keyboard only: Enter opens, ↓↓ reaches Owner, Enter shows its values.
    await page.getByTestId('add-filter').focus();
    await page.keyboard.press('Enter');
    const picker = page.getByRole('dialog', { name: 'Add a filter' });
    await picker.waitFor();
    const order = await picker
      .locator('.filter-dimensions button')
      .evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset['column']));
    expect(order.slice(0, 4)).toEqual(['source', 'campaign', 'owner', 'status']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('dialog', { name: 'Filter by Owner' }).waitFor();
    const web = leads.filter((lead) => lead['Lead Source'] === 'Web');
    await expect.poll(() => listed(page)).toEqual(perValue(web, 'Lead Owner'));
    await screenshots(page, 'filter-picker-open');

    await page.setViewportSize({ width: 390, height: 844 });
    const box = (await page.getByTestId('filter-picker').boundingBox()) ?? { x: -1, width: 0 };
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1440, height: 900 });

    // Escape closes without change and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await page.getByTestId('filter-picker').waitFor({ state: 'detached' });
    await expect(focusedTestId(page)).resolves.toBe('add-filter');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.filters).toEqual({ dimensions: { source: ['Web'] } });
    expect(metrics.counts.leads).toBe(web.length);
    await page.getByRole('button', { name: 'Remove filter Source: Web' }).click();
    await page.getByTestId('filter-chip').waitFor({ state: 'detached' });
  });
});
