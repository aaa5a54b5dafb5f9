// A calmer frame (issue 14): the top bar's grouped actions, what needs data is disabled without it,
// messages that do not move the page, the share menu by keyboard, and a phone layout where every view
// is reachable without sideways scrolling and the GAP equation keeps its signs.
import { describe, expect, it } from 'vitest';
import { openView } from './figures';
import { appPerTest, screenshots, waitForState } from './harness';
import { downloadFile, downloadJson } from './downloads';
import { loadSample } from './share-helpers';

const apps = appPerTest();

const VIEWS = ['Data', 'Overview', 'Funnel', 'Follow-up', 'Reps', 'Sources', 'Report', 'Calculator'];

describe('the top bar', () => {
  it('disables what needs data without it, and shares the Calculator without data', async () => {
    const app = await apps.open();
    const { page } = app;
    for (const id of ['export-metrics', 'export-csv', 'share-snapshot']) {
      await expect(page.getByTestId(id).isDisabled(), id).resolves.toBe(true);
    }
    await page.getByTestId('share-menu').click();
    await expect(page.getByTestId('copy-link').getAttribute('aria-disabled')).resolves.toBe('true');
    await expect(page.getByTestId('print-view').getAttribute('aria-disabled')).resolves.toBe('true');
    await page.keyboard.press('Escape');
    await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Calculator' }).click();
    await page.getByTestId('share-menu').click();
    await expect(page.getByTestId('copy-link').getAttribute('aria-disabled')).resolves.toBeNull();
    // The Calculator's own second "Copy link" is gone: one place to share.
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Copy link' }).count()).resolves.toBe(0);
  });

  it('exports the same figures as CSV, opens its menu by keyboard, and shows messages without moving the page', async () => {
    const app = await apps.open();
    const { page, context } = app;
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await loadSample(app);
    await openView(page, 'Overview', 'overview');
    const json = await downloadJson<{
      counts: { leads: number };
      followUp: { neverFollowedUp: number };
      funnel: { stage: string; count: number }[];
      bySource: { source: string; leads: number }[];
    }>(page, 'export-metrics');
    const csv = await downloadFile(page, 'export-csv');
    expect(csv.filename).toBe('leadgap-metrics.csv');
    const rows = new Map(
      csv.text
        .trim()
        .split('\r\n')
        .map((line) => line.split(',') as [string, string]),
    );
    expect(rows.get('figure')).toBe('value');
    expect(Number(rows.get('counts.leads'))).toBe(json.counts.leads);
    expect(Number(rows.get('followUp.neverFollowedUp'))).toBe(json.followUp.neverFollowedUp);
    const won = json.funnel.find((s) => s.stage === 'won');
    expect(Number(rows.get('funnel.won.count'))).toBe(won?.count);
    const web = json.bySource.find((s) => s.source === 'Web');
    expect(Number(rows.get('bySource.Web.leads'))).toBe(web?.leads);

    // The share menu by keyboard: ↓ opens it on the first item, Escape closes it back to its button.
    const toggle = page.getByTestId('share-menu');
    await toggle.focus();
    await toggle.press('ArrowDown');
    await expect(page.getByRole('menu', { name: 'More ways to share' }).isVisible()).resolves.toBe(true);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('copy-link');
    await screenshots(page, 'toolbar-share-menu');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('menu').count()).resolves.toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid')))
      .toBe('share-menu');

    // "Copy link" answers in a message that floats: the view does not move.
    const tile = page.getByTestId('tile-leads');
    const before = await tile.boundingBox();
    await toggle.click();
    await page.getByTestId('copy-link').click();
    await page.getByTestId('share-status').filter({ hasText: 'Link copied' }).waitFor();
    expect(await tile.boundingBox()).toEqual(before);
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toContain('#');
    await screenshots(page, 'toolbar-toast');
  });

  it('on a phone, every view is one tap away and the GAP equation keeps its signs', async () => {
    const app = await apps.open({ viewport: { width: 390, height: 844 } });
    const { page } = app;
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    const nav = page.getByRole('navigation', { name: 'Views' });
    for (const name of VIEWS) {
      const box = await nav.getByRole('button', { name, exact: true }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 390, name).toBe(true);
    }
    await screenshots(page, 'toolbar-phone-top', { fullPage: false });
    const page390 = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(page390).toBeLessThanOrEqual(390);
    await nav.getByRole('button', { name: 'Calculator' }).click();
    await page.getByTestId('gap-headline').waitFor();
    const signs = page.locator('.calc-equation .op');
    expect((await signs.allTextContents()).map((s) => s.trim())).toEqual(['−', '−', '=']);
    for (const sign of await signs.all()) await expect(sign.isVisible()).resolves.toBe(true);
    await page.getByTestId('gap-headline').scrollIntoViewIfNeeded();
    await screenshots(page, 'toolbar-phone-calculator', { fullPage: false });
  });
});
