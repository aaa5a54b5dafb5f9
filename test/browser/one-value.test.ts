import { describe, expect, it } from 'vitest';
import { olist, realDataAvailable } from '../support/files';
import { records } from '../support/independent';
import { sample } from '../support/files';
import { expectEveryFigure, openView, type Metrics } from './figures';
import { appPerTest, type App, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { clickSourceBar } from './chart-filters';
import { loadSample } from './share-helpers';

// One value per figure (issue 13): every figure with a JSON key reads the JSON on every view
// (figures.ts), for the sample and for Olist, unfiltered and under one filter. The JSON's own counts
// are checked here against the files, counted another way.
const apps = appPerTest();

const title = (page: App['page'], testId: string) =>
  page.getByTestId(testId).locator('.chart-title').textContent();
const figure = (page: App['page'], testId: string) =>
  page.getByTestId(testId).locator('.figure').textContent();

describe('one value per figure', () => {
  it('with the sample, every figure on every view reads the JSON, unfiltered and filtered', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    await openView(page, 'Overview', 'overview');

    const all = await downloadJson<Metrics>(page, 'export-metrics');
    const leads = records(sample('leads.csv'));
    expect(all.counts.leads).toBe(leads.length);
    const source = 'Paid Search';
    const paid = leads.filter((lead) => lead['Lead Source'] === source).length;
    expect(paid).toBeGreaterThan(0);
    const best = [...(all.bySource ?? [])].sort(
      (a, b) => (b.revenuePerLead ?? 0) - (a.revenuePerLead ?? 0),
    )[0];
    // The best source by revenue per lead is listed on the Overview chart, not folded into "Other".
    await expect(
      page.getByTestId('chart-sources').locator(`[data-bar="${best?.source}"]`).count(),
    ).resolves.toBeGreaterThan(0);
    await expectEveryFigure(page, all);
    await openView(page, 'Funnel', 'funnel');
    await expect(page.getByRole('cell', { name: /^Other/ }).count()).resolves.toBe(0);
    await screenshots(page, 'views13-funnel');
    await openView(page, 'Sources', 'sources');
    await screenshots(page, 'views13-sources');
    await openView(page, 'Follow-up', 'follow-up');
    await screenshots(page, 'views13-follow-up');

    // One filter: click a source bar on the Overview.
    await openView(page, 'Overview', 'overview');
    await clickSourceBar(page, source);
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    const filtered = await downloadJson<Metrics>(page, 'export-metrics');
    expect(filtered.filters).toEqual({ dimensions: { source: [source] } });
    expect(filtered.counts.leads).toBe(paid);
    await expectEveryFigure(page, filtered);
    await screenshots(page, 'views13-calculator-filtered');
  });

  it.runIf(realDataAvailable())(
    'with Olist (real data), every figure reads the JSON, and the Calculator rests visibly on an assumed follow-up',
    async () => {
      const app = await apps.open();
      const { page } = app;
      await page.locator('input[data-testid="leads-file"]').setInputFiles(olist.leads());
      await page.locator('input[data-testid="deals-file"]').setInputFiles(olist.deals());
      await waitForState(page, 'ready');
      await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
      const all = await downloadJson<Metrics>(page, 'export-metrics');
      // Independent figures (test/browser/olist-dashboard.test.ts, from the issue): 842 of 8,000 won.
      expect(all.counts.leads).toBe(8000);
      expect(all.revenue.wonLeads).toBe(842);
      expect(all.followUp.rate).toBeNull();
      expect(all.calculator.followUpAssumed).toBe(true);
      await expectEveryFigure(page, all);
      await expect(page.getByTestId('follow-up-assumed').textContent()).resolves.toContain(
        'Follow-up is not in your data',
      );
      // Olist's deals carry no amount: what a won lead is worth is asked for, not assumed.
      const baseline = all.calculator.scenarios.find((s) => s.baseline);
      expect(baseline?.provenance.averageDeal).toEqual({ kind: 'empty' });
      expect(baseline?.outputs.revenueLostToNoFollowUp).toBeNull();
      // Given one, lost to no follow-up rests on the assumed 50% (Bedwany): the unfollowed half of the
      // leads at the rate the followed half must then win at, lead-to-win ÷ 50%.
      expect(baseline?.inputs.followUpRate).toBe(0.5);
      await page.getByRole('textbox', { name: 'Average deal size', exact: true }).fill('1000');
      await page.getByRole('textbox', { name: 'Average deal size', exact: true }).blur();
      const perYear = baseline?.inputs.inboundLeads ?? Number.NaN;
      expect(perYear).toBeCloseTo((8000 * 365) / (all.calculator.leakedRevenueSpanDays ?? Number.NaN), 6);
      const lost = perYear * 0.5 * (0.10525 / 0.5) * 1000;
      await expect
        .poll(async () => Number(await page.getByTestId('lost-to-no-follow-up').getAttribute('data-value')))
        .toBeCloseTo(lost, 3);
      await screenshots(page, 'views13-calculator-olist');

      // One filter: a row of the Sources table.
      await openView(page, 'Sources', 'sources');
      await page
        .getByTestId('chart-by-dimension')
        .getByRole('row', { name: /^organic_search/ })
        .click();
      await page.getByTestId('filter-chip').filter({ hasText: 'organic_search' }).waitFor();
      await page.locator('[data-testid="view-sources"][data-state="ready"]').waitFor();
      const filtered = await downloadJson<Metrics>(page, 'export-metrics');
      expect(Object.values(filtered.filters.dimensions ?? {})).toEqual([['organic_search']]);
      expect(filtered.counts.leads).toBe(2296);
      expect(filtered.revenue.wonLeads).toBe(271);
      await expectEveryFigure(page, filtered);
    },
  );

  it('with deals that link to no lead, no view shows $0 revenue per lead', async () => {
    const leads = [
      'Record ID,Created Date,Lead Source,Lead Owner,Lead Status',
      ...[1, 2, 3, 4, 5, 6].map(
        (n) =>
          `R${n},2026-01-0${n},${n % 2 ? 'Organic Search' : 'Referral'},${n % 3 ? 'Ann' : 'Bo'},${n < 4 ? 'Working' : 'New'}`,
      ),
    ];
    // "Contact Ref" is a header no rule knows: nothing links (0%).
    const deals = [
      'Deal ID,Contact Ref,Stage,Created Date,Close Date,Amount',
      ...[1, 2, 3].map((n) => `E${n},R${n},Closed Won,2026-02-01,2026-02-10,${n * 100}`),
    ];
    const csv = (name: string, lines: string[]) => ({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(`${lines.join('\n')}\n`),
    });
    const app = await apps.open();
    const { page } = app;
    for (const [kind, file, files] of [
      ['leads', csv('leads.csv', leads), 1],
      ['deals', csv('deals.csv', deals), 2],
    ] as const) {
      await page.locator(`input[data-testid="${kind}-file"]`).setInputFiles(file);
      const loaded = page.getByTestId('dataset-status').filter({ hasText: `${files} file` });
      const confirm = page.getByTestId('confirm-mapping');
      await loaded.or(confirm).first().waitFor({ timeout: 120_000 });
      if (await confirm.isVisible()) await confirm.click();
      await loaded.waitFor({ timeout: 120_000 });
      await waitForState(page, 'ready');
    }
    const json = await downloadJson<{ counts: { dealsMatched: number; deals: number } }>(
      page,
      'export-metrics',
    );
    expect(json.counts).toMatchObject({ deals: 3, dealsMatched: 0 });

    for (const [name, id] of [
      ['Overview', 'overview'],
      ['Funnel', 'funnel'],
      ['Reps', 'reps'],
      ['Sources', 'sources'],
    ] as const) {
      await openView(page, name, id);
      const text = (await page.getByTestId(`view-${id}`).textContent()) ?? '';
      expect(text, name).not.toMatch(/\$0(?![.,\d])/);
      expect(text, name).toContain('No deals linked to these leads');
    }
    await openView(page, 'Overview', 'overview');
    await expect(figure(page, 'tile-revenue-per-lead')).resolves.toBe('not in your data');
    await openView(page, 'Sources', 'sources');
    await expect(title(page, 'chart-by-dimension')).resolves.not.toContain('most revenue per lead');
    await screenshots(page, 'views13-sources-unlinked');

    // The Calculator: what a won lead is worth is unknown, so it is asked for and no revenue is claimed.
    const full = await downloadJson<Metrics>(page, 'export-metrics');
    const baseline = full.calculator.scenarios.find((s) => s.baseline);
    expect(baseline?.provenance.averageDeal).toEqual({ kind: 'empty' });
    expect(baseline?.outputs).toMatchObject({
      inboundRevenue: null,
      revenueLostToNoFollowUp: null,
      gap: null,
    });
    await expectEveryFigure(page, full);
    await expect(
      page.getByRole('textbox', { name: 'Average deal size', exact: true }).inputValue(),
    ).resolves.toBe('');
    const headline = (await page.getByTestId('gap-headline').textContent()) ?? '';
    expect(headline).toContain('enter your average deal size');
    expect(headline).not.toMatch(/\$\d/);
    await screenshots(page, 'views13-calculator-unlinked');
  });
});
