/**
 * A click on one of a view's largest bars or rows answers from figures computed while the user read
 * (src/store/click-ahead.ts, issue 15), read through the `?bench=1` hook's statement log (it only
 * observes): after the click DuckDB runs no statement, and the figures are the CSV's. On the
 * Overview, a second bar clicked once the work ahead of the first click's state is over (two
 * sources) likewise. On Reps, the largest owner's row; on the Funnel, the largest source's row, then,
 * segmented by owner, the largest owner's.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { clickSourceBar } from './chart-filters';
import { appPerTest, screenshots } from './harness';
import { downloadJson } from './downloads';
import { statementLog } from './statement-log';

interface Metrics {
  filters: { dimensions?: Record<string, string[]> };
  counts: { leads: number };
}

const apps = appPerTest();

/** A column's values by their leads in the CSV (papaparse), most first, then by name: the bars' order. */
function bySize(column: string): { value: string; leads: number }[] {
  const counts = new Map<string, number>();
  for (const lead of records(sample('leads.csv'))) {
    const value = (lead[column] ?? '').trim();
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts]
    .map(([value, leads]) => ({ value, leads }))
    .sort((a, b) => b.leads - a.leads || (a.value < b.value ? -1 : 1));
}

/** The sample loaded on a `?bench=1` page; `take` empties the hook's statement log. */
async function sampleWithLog() {
  const app = await apps.open({ path: '?bench=1' });
  const { page } = app;
  const { take } = await statementLog(page);
  await page.getByRole('button', { name: 'Try sample data' }).click();
  await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
  return { app, page, take };
}

/** Until the engine has run no statement for 2 s: the work done while the user reads is over. */
async function quiet(take: () => Promise<string[]>): Promise<void> {
  let quietSince = Date.now();
  await expect
    .poll(
      async () => {
        if ((await take()).length > 0) quietSince = Date.now();
        return Date.now() - quietSince > 2000;
      },
      { timeout: 60_000, interval: 250 },
    )
    .toBe(true);
}

/**
 * Clicks the first row of a view's clickable table, which shows `largest`, once the work ahead is
 * over: no statement runs (the view's figures nor the link's, link-figures.ts), and the JSON export
 * holds the filter and the CSV's count.
 */
async function clickFirstRow(
  page: Page,
  take: () => Promise<string[]>,
  view: string,
  dimension: string,
  largest: { value: string; leads: number },
): Promise<void> {
  await quiet(take);
  const row = page.locator(`[data-testid="view-${view}"] table.clickable-rows tbody tr`).first();
  await expect(row.locator('td').first().textContent()).resolves.toBe(largest.value);
  await row.click();
  await page.getByTestId('filter-chip').filter({ hasText: largest.value }).waitFor();
  await page.locator(`[data-testid="view-${view}"][data-state="ready"]`).waitFor();
  expect(await take()).toEqual([]);
  const json = await downloadJson<Metrics>(page, 'export-metrics');
  expect(json.filters).toEqual({ dimensions: { [dimension]: [largest.value] } });
  expect(json.counts.leads).toBe(largest.leads);
}

describe('a click on a large bar or row', () => {
  it('on the Overview, a source bar is answered from the figures computed ahead, then a second one', async () => {
    const [first, second] = bySize('Lead Source');
    if (!first || !second) throw new Error('the sample has fewer than two sources');
    const { app, page, take } = await sampleWithLog();
    await quiet(take);

    await clickSourceBar(page, first.value);
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    await expect(page.getByTestId('tile-leads').textContent()).resolves.toContain(
      first.leads.toLocaleString('en-US'),
    );
    // Before the export, which asks for more than the Overview shows.
    expect(await take()).toEqual([]);
    const one = await downloadJson<Metrics>(page, 'export-metrics');
    expect(one.filters).toEqual({ dimensions: { source: [first.value] } });
    expect(one.counts.leads).toBe(first.leads);
    await screenshots(page, 'click-prefetch-one-source');

    // The clicks that add a second source to this state are computed while the user reads it.
    await quiet(take);
    await clickSourceBar(page, second.value);
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    await expect(page.getByTestId('tile-leads').textContent()).resolves.toContain(
      (first.leads + second.leads).toLocaleString('en-US'),
    );
    expect(await take()).toEqual([]);
    const two = await downloadJson<Metrics>(page, 'export-metrics');
    expect(two.filters).toEqual({ dimensions: { source: [first.value, second.value] } });
    expect(two.counts.leads).toBe(first.leads + second.leads);
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });

  it('on the Overview, two smaller source bars clicked in a row are read from the source cube', async () => {
    const [, , third, fourth] = bySize('Lead Source');
    if (!third || !fourth) throw new Error('the sample has fewer than four sources');
    const { app, page, take } = await sampleWithLog();
    await quiet(take);
    await clickSourceBar(page, third.value);
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    // Right away: before the work ahead of this state (click-ahead.ts waits for a pause).
    await take();
    await clickSourceBar(page, fourth.value);
    await page.getByTestId('filter-chip').filter({ hasText: fourth.value }).waitFor();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    await expect(page.getByTestId('tile-leads').textContent()).resolves.toContain(
      (third.leads + fourth.leads).toLocaleString('en-US'),
    );
    const ran = await take();
    // The summary and the periods come from the cube made while the user read (summary-cube.ts):
    // no statement reads the leads beside their stored facts (the log keeps each statement's start).
    expect(ran.some((sql) => sql.startsWith('SELECT * EXCLUDE (q)') && sql.includes('sum(c.leads)'))).toBe(
      true,
    );
    expect(
      ran.some((sql) => sql.startsWith('WITH buckets AS (SELECT date_trunc(') && sql.includes('c.day')),
    ).toBe(true);
    expect(ran.filter((sql) => sql.startsWith('WITH lead_base'))).toEqual([]);
    const json = await downloadJson<Metrics>(page, 'export-metrics');
    expect(json.filters).toEqual({ dimensions: { source: [third.value, fourth.value] } });
    expect(json.counts.leads).toBe(third.leads + fourth.leads);
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });

  it('on the Reps view, a click on the largest owner’s row is answered the same way', async () => {
    const [owner] = bySize('Lead Owner');
    if (!owner) throw new Error('the sample has no owner');
    const { app, page, take } = await sampleWithLog();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Reps' }).click();
    await page.locator('[data-testid="view-reps"][data-state="ready"]').waitFor();
    await clickFirstRow(page, take, 'reps', 'owner', owner);
    await screenshots(page, 'click-prefetch-one-owner');
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });

  it('on the Funnel, a click on the largest segment’s row is answered the same way, by source and by owner', async () => {
    const { app, page, take } = await sampleWithLog();
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Funnel' }).click();
    const segments = page.getByRole('group', { name: 'Segment the funnel by' });
    for (const [by, column] of [
      ['source', 'Lead Source'],
      ['owner', 'Lead Owner'],
    ] as const) {
      const [largest] = bySize(column);
      if (!largest) throw new Error(`the sample has no ${column}`);
      await segments.getByRole('button', { name: `By ${by}` }).click();
      await page.locator('[data-testid="view-funnel"][data-state="ready"]').waitFor();
      await clickFirstRow(page, take, 'funnel', by, largest);
      if (by === 'owner') await screenshots(page, 'click-prefetch-funnel-owner');
      await page.getByRole('button', { name: 'Clear all filters' }).click();
      await page.getByTestId('filter-chip').first().waitFor({ state: 'detached' });
    }
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
});
