/**
 * A click on one of the Overview's largest source bars answers from figures computed while the user
 * read (src/store/prefetch.ts, issue 15), read through the `?bench=1` hook's statement log (it only
 * observes): after the click DuckDB runs no statement, and the figures are the CSV's. A second bar
 * (two sources: a state nothing computed ahead) reads the leads, and its figures are the CSV's too.
 */
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { clickSourceBar } from './chart-filters';
import { appPerTest, downloadJson, screenshots } from './harness';

interface Logged {
  sql: string;
}
interface Metrics {
  filters: { dimensions?: Record<string, string[]> };
  counts: { leads: number };
}

const apps = appPerTest();

/** Sources by their leads in the CSV (papaparse), most first, then by name: the bars' order. */
function sourcesBySize(): { source: string; leads: number }[] {
  const counts = new Map<string, number>();
  for (const lead of records(sample('leads.csv'))) {
    const source = (lead['Lead Source'] ?? '').trim();
    if (source !== '') counts.set(source, (counts.get(source) ?? 0) + 1);
  }
  return [...counts]
    .map(([source, leads]) => ({ source, leads }))
    .sort((a, b) => b.leads - a.leads || (a.source < b.source ? -1 : 1));
}

describe('a click on a large source bar', () => {
  it('is answered from the figures computed while the user read; a second bar is computed', async () => {
    const [first, second] = sourcesBySize();
    if (!first || !second) throw new Error('the sample has fewer than two sources');

    const app = await apps.open({ path: '?bench=1' });
    const { page } = app;
    await page.waitForFunction(() => '__leadgapBench' in window);
    const take = async () =>
      (
        await page.evaluate(() =>
          (window as unknown as { __leadgapBench: { takeQueries(): Logged[] } }).__leadgapBench.takeQueries(),
        )
      ).map((s) => s.sql);
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    // The background work is done when the engine has been quiet for a while.
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

    await clickSourceBar(page, first.source);
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    await expect(page.getByTestId('tile-leads').textContent()).resolves.toContain(
      first.leads.toLocaleString('en-US'),
    );
    // Before the export, which asks for more than the Overview shows.
    expect(await take()).toEqual([]);
    const one = await downloadJson<Metrics>(page, 'export-metrics');
    expect(one.filters).toEqual({ dimensions: { source: [first.source] } });
    expect(one.counts.leads).toBe(first.leads);
    await screenshots(page, 'click-prefetch-one-source');

    await clickSourceBar(page, second.source);
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    expect((await take()).some((sql) => sql.startsWith('WITH lead_base AS'))).toBe(true);
    const two = await downloadJson<Metrics>(page, 'export-metrics');
    expect(two.filters).toEqual({ dimensions: { source: [first.source, second.source] } });
    expect(two.counts.leads).toBe(first.leads + second.leads);
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
});
