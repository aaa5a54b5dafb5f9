/**
 * The views' code arrives while the files are read (src/components/ViewRouter.tsx), and a view whose
 * code is in renders at once (src/components/common/lazy-view.tsx): on the way to the Overview after
 * the sample, and on the first visit to the Calculator, "Loading the view…" never shows; nor do the
 * print version's and an opened snapshot's fallbacks (src/components/share/share-chunks.ts). Through
 * React.lazy alone it showed for at least 300 ms each time (React 19 holds a Suspense fallback that
 * long once shown, react/react#36569), before any figure could be drawn. A view whose code cannot
 * arrive (offline, or a newer site replaced the file) says so in its place, and the parts whose code
 * did arrive go on working (src/components/common/ViewProblem.tsx); before, the page went blank.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { openCalculator } from './calculator-page';
import { axeReport } from './axe';
import { appPerTest, screenshots, waitForState } from './harness';
import { downloadFile } from './downloads';

const apps = appPerTest();
const FALLBACK = 'Loading the view…';
const PRINT_FALLBACK = 'Preparing every view for printing…';
const SNAPSHOT_FALLBACK = 'Opening the snapshot…';

/** Records, from now on, every time one of the fallbacks is put on the page (read by `seen`). */
async function watchFallback(
  page: Page,
  texts: string[] = [FALLBACK],
): Promise<{ seen: () => Promise<number> }> {
  await page.evaluate((watched) => {
    const scope = window as unknown as { fallbackShown: number };
    scope.fallbackShown = 0;
    new MutationObserver((changes) => {
      for (const change of changes) {
        for (const node of change.addedNodes) {
          if (watched.some((text) => node.textContent?.includes(text))) scope.fallbackShown += 1;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
  }, texts);
  return {
    seen: () => page.evaluate(() => (window as unknown as { fallbackShown: number }).fallbackShown),
  };
}

describe("the views' code, fetched while the files are read", () => {
  it('draws the Overview and then the Calculator without showing "Loading the view…"', async () => {
    const { page } = await apps.open();
    const fallback = await watchFallback(page);
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    // The Overview is drawn from the data: its Leads tile is the CSV's rows (papaparse).
    const leads = records(sample('leads.csv')).length;
    await expect(page.getByTestId('tile-leads').innerText()).resolves.toContain(
      leads.toLocaleString('en-US'),
    );
    expect(await fallback.seen()).toBe(0);

    await openCalculator(page);
    await expect(page.getByTestId('calculator').isVisible()).resolves.toBe(true);
    expect(await fallback.seen()).toBe(0);
  });

  it('opens the print version and a snapshot without their fallbacks', async () => {
    const { page } = await apps.open();
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const snapshot = await downloadFile(page, 'share-snapshot', 120_000);
    const fallback = await watchFallback(page, [PRINT_FALLBACK, SNAPSHOT_FALLBACK]);
    await page.evaluate(() => (window.print = () => undefined)); // headless: print() would close it at once
    await page.getByTestId('share-menu').click();
    await page.getByTestId('print-all-views').click();
    await page.locator('[data-testid="print-all"][data-state="ready"]').waitFor({ timeout: 60_000 });
    // Four tiles to a row in the 720 px print version: each figure on one line, inside its tile.
    const figures = await page.locator('[data-testid="print-all"] .tile .figure').evaluateAll((nodes) =>
      nodes.map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        const tile = node.closest('.tile')?.getBoundingClientRect();
        const right = range.getBoundingClientRect().right;
        return { text: node.textContent, lines, inside: tile !== undefined && right <= tile.right - 8 };
      }),
    );
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.filter((f) => f.lines !== 1 || !f.inside)).toEqual([]);
    await screenshots(page, 'print-all-opened', { fullPage: false });
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByTestId('print-all').waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click();
    await page.getByTestId('snapshot-file').setInputFiles(snapshot.path);
    await page.getByTestId('snapshot-app').waitFor({ timeout: 60_000 });
    // The snapshot shows the sample's figures: its Leads tile is the CSV's rows (papaparse).
    const leads = records(sample('leads.csv')).length;
    await expect(page.getByTestId('tile-leads').first().innerText()).resolves.toContain(
      leads.toLocaleString('en-US'),
    );
    expect(await fallback.seen()).toBe(0);
    await screenshots(page, 'snapshot-opened', { fullPage: false });
  });

  it("says so in the view's place when its code cannot arrive, and the Calculator still works", async () => {
    const app = await apps.open();
    const { page } = app;
    await page.route(/\/_astro\/DashboardView\.[^/]*\.js$/, (route) => route.abort('failed'));
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    const problem = page.getByTestId('view-problem');
    await problem.waitFor({ timeout: 60_000 });
    await expect(problem.getByRole('heading').innerText()).resolves.toBe('Overview could not be shown');
    await expect(problem.getByRole('button', { name: 'Reload the page' }).isVisible()).resolves.toBe(true);
    await screenshots(page, 'view-problem', { fullPage: false });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeReport(page, `the view's problem (${colorScheme})`)).toEqual([]);
    }
    // The rest of the app is still there: the Calculator's code is its own file.
    await openCalculator(page);
    await expect(page.getByTestId('calculator').isVisible()).resolves.toBe(true);
    // What the page logged is the blocked file, nothing else; the harness checks the log is empty.
    expect(app.errors.length).toBeGreaterThan(0);
    for (const error of app.errors) expect(error).toMatch(/DashboardView|Failed to (load resource|fetch)/);
    app.errors.length = 0;
  });

  it('says so when the print version or an opened snapshot cannot arrive', async () => {
    const app = await apps.open();
    const { page } = app;
    // Blocked from the start: the print version's code is fetched as soon as the data is ready.
    await page.route(/\/_astro\/(PrintAllViews|SnapshotApp)\.[^/]*\.js$/, (route) => route.abort('failed'));
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const snapshot = await downloadFile(page, 'share-snapshot', 120_000);
    const problem = page.getByTestId('view-problem');

    await page.getByTestId('share-menu').click();
    await page.getByTestId('print-all-views').click();
    await problem.waitFor({ timeout: 60_000 });
    await expect(problem.getByRole('heading').innerText()).resolves.toBe(
      'The print version could not be shown',
    );

    // Reloaded, the app reads its saved files again; an opened snapshot then fails the same way.
    await page.reload();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Data' }).click();
    await page.getByTestId('snapshot-file').setInputFiles(snapshot.path);
    await problem.waitFor({ timeout: 60_000 });
    await expect(problem.getByRole('heading').innerText()).resolves.toBe('The snapshot could not be shown');
    await screenshots(page, 'snapshot-problem', { fullPage: false });
    // Back to the live app, with its data.
    await problem.getByRole('button', { name: 'Back to your data' }).click();
    await problem.waitFor({ state: 'detached' });
    await waitForState(page, 'ready');

    for (const error of app.errors)
      expect(error).toMatch(/PrintAllViews|SnapshotApp|Failed to (load resource|fetch)/);
    app.errors.length = 0;
  });
});
