// Issue 17: zero axe violations (WCAG 2.2 A/AA) on every view with the sample, light and dark, with
// and without a filter, at 1440 and 390 px; on the empty state, an open picker and menu, and in the
// snapshot file opened from disk.
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AxeLog } from './axe';
import { ALL_VIEWS, loadSample, setScheme, settle, show, viewReady } from './a11y-pages';
import { appPerDescribe, getBrowser } from './harness';
import { downloadFile } from './downloads';
import { SHARE_DIR } from './share-helpers';

const WIDTHS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;
const SCHEMES = ['light', 'dark'] as const;

describe('axe on every view', () => {
  const app = appPerDescribe();

  it('the empty state: the Data view and a dashboard view without data, light and dark', async () => {
    const { page } = app;
    const log = new AxeLog();
    for (const scheme of SCHEMES) {
      await setScheme(page, scheme);
      await log.check(page, `the empty Data view (${scheme})`);
      await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Overview' }).click();
      await page.getByRole('heading', { name: 'Overview needs your data' }).waitFor();
      await log.check(page, `the Overview without data (${scheme})`);
      await show(page, 'Data');
    }
    expect(log.violations).toEqual([]);
  });

  for (const filtered of [false, true]) {
    it(`every view with the sample, light and dark, at 1440 and 390 px, ${filtered ? 'filtered by a bar' : 'no filter'}`, async () => {
      const { page } = app;
      const log = new AxeLog();
      if (filtered) {
        await show(page, 'Sources');
        await page.locator('[data-testid="filter-target"]').first().click();
        await page.getByTestId('filter-chip').first().waitFor();
      } else await loadSample(app);
      for (const view of ALL_VIEWS) {
        await show(page, view);
        for (const viewport of WIDTHS) {
          await page.setViewportSize(viewport);
          for (const scheme of SCHEMES) {
            await setScheme(page, scheme);
            await settle(page);
            await viewReady(page, view);
            await log.check(page, `${view}, ${scheme}, ${viewport.width} px${filtered ? ', filtered' : ''}`);
          }
        }
        await page.setViewportSize(WIDTHS[0]);
      }
      expect(log.violations).toEqual([]);
      if (filtered) {
        await show(page, 'Overview');
        await page.getByRole('button', { name: 'Clear all filters' }).click();
      }
    }, 400_000);
  }

  it('an open "Add filter" picker and the share menu, light and dark', async () => {
    const { page } = app;
    const log = new AxeLog();
    await show(page, 'Overview');
    for (const scheme of SCHEMES) {
      await setScheme(page, scheme);
      await page.getByTestId('add-filter').click();
      const picker = page.getByRole('dialog', { name: 'Add a filter' });
      await picker.waitFor();
      await log.check(page, `the open filter picker (${scheme})`);
      await picker.getByRole('button', { name: 'Source' }).click();
      await page.getByRole('dialog', { name: 'Filter by Source' }).waitFor();
      await log.check(page, `the picker's values (${scheme})`);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
      await page.getByTestId('share-menu').click();
      await page.getByRole('menu', { name: 'More ways to share' }).waitFor();
      await log.check(page, `the open share menu (${scheme})`);
      await page.keyboard.press('Escape');
      await page.getByRole('menu').waitFor({ state: 'detached' });
    }
    expect(log.violations).toEqual([]);
  });

  it('the snapshot file opened from disk: every view, light and dark', async () => {
    const log = new AxeLog();
    const download = await downloadFile(app.page, 'share-snapshot', 120_000);
    await mkdir(SHARE_DIR, { recursive: true });
    const path = join(SHARE_DIR, `a11y-${download.filename}`);
    await copyFile(download.path, path);
    const browser = await getBrowser();
    for (const colorScheme of SCHEMES) {
      // The file's CSP forbids scripts it did not bring; axe is injected by the test, so it is let in.
      const context = await browser.newContext({
        colorScheme,
        bypassCSP: true,
        locale: 'en-US',
        timezoneId: 'UTC',
      });
      try {
        const page = await context.newPage();
        await page.goto(pathToFileURL(path).href);
        await page.getByTestId('snapshot-app').waitFor();
        for (const view of ALL_VIEWS.filter((v) => v !== 'Data')) {
          await show(page, view);
          for (const viewport of WIDTHS) {
            await page.setViewportSize(viewport);
            await settle(page);
            await log.check(page, `the snapshot's ${view} (${colorScheme}, ${viewport.width} px)`);
          }
          await page.setViewportSize(WIDTHS[0]);
        }
      } finally {
        await context.close();
      }
    }
    expect(log.violations).toEqual([]);
  });
});
