import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { formatCount, formatHours, formatMoney, formatPercent } from '../../src/components/common/format';
import { type App, downloadJson, openApp, screenshots, waitForState } from './harness';

// One value per figure (issue 13): every tile and headline reads what the JSON export says, through
// the one formatting rule (src/components/common/format.ts; the harness's browser is en-US, as Node).
interface Metrics {
  filters: { dimensions?: Record<string, string[]> };
  counts: { leads: number };
  followUp: {
    neverFollowedUp: number | null;
    rate: number | null;
    medianResponseHours: number | null;
    p90ResponseHours: number | null;
    withinSla: number | null;
    breachedSla: number | null;
    slaCompliance: number | null;
  };
  revenue: { leadToWin: number | null; revenuePerLead: number | null; leakedRevenue: number | null };
  bySource: { source: string; revenuePerLead: number | null }[] | null;
}

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  expect(app?.errors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

async function openView(page: Page, name: string, id: string) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name, exact: true }).click();
  await page.locator(`[data-testid="view-${id}"][data-state="ready"]`).waitFor();
}

const figure = (page: Page, testId: string) => page.getByTestId(testId).locator('.figure').textContent();
const title = (page: Page, testId: string) => page.getByTestId(testId).locator('.chart-title').textContent();

/** The figure of a tile: the JSON's value through the one rule, or "not in your data" for null. */
async function expectTile(page: Page, testId: string, value: number | null, format: (n: number) => string) {
  await expect(figure(page, testId)).resolves.toBe(value === null ? 'not in your data' : format(value));
}

async function expectViewsMatch(page: Page, json: Metrics, best: { source: string; revenuePerLead: number }) {
  const f = json.followUp;
  const r = json.revenue;
  await openView(page, 'Overview', 'overview');
  await expectTile(page, 'tile-leads', json.counts.leads, formatCount);
  await expectTile(page, 'tile-follow-up-rate', f.rate, formatPercent);
  await expectTile(page, 'tile-sla', f.slaCompliance, formatPercent);
  await expectTile(page, 'tile-never', f.neverFollowedUp, formatCount);
  await expectTile(page, 'tile-leaked', r.leakedRevenue, formatMoney);
  await expectTile(page, 'tile-lead-to-win', r.leadToWin, formatPercent);
  await expectTile(page, 'tile-revenue-per-lead', r.revenuePerLead, formatMoney);
  await expectTile(page, 'tile-median-response', f.medianResponseHours, formatHours);

  await openView(page, 'Follow-up', 'follow-up');
  await expectTile(page, 'tile-median-first-response', f.medianResponseHours, formatHours);
  await expectTile(page, 'tile-p90-response', f.p90ResponseHours, formatHours);
  await expectTile(page, 'tile-within-sla', f.slaCompliance, formatPercent);
  await expectTile(page, 'tile-never-followed-up', f.neverFollowedUp, formatCount);
  // The SLA title's number is its bar's number: the bar splits what compliance counts.
  const compliance = formatPercent(f.slaCompliance ?? NaN);
  await expect(title(page, 'chart-sla')).resolves.toMatch(
    new RegExp(`^${compliance.replace('.', '\\.')} SLA`),
  );
  await expect(
    page.getByTestId('chart-sla').locator('.chart-legend li').first().getAttribute('data-text'),
  ).resolves.toBe(`Within SLA: ${formatCount(f.withinSla ?? NaN)} · ${compliance}`);

  // The Sources headline and its chart: revenue per lead, the best source's, as in the JSON.
  await openView(page, 'Sources', 'sources');
  await expect(title(page, 'chart-by-dimension')).resolves.toBe(
    `${best.source} brings the most revenue per lead: ${formatMoney(best.revenuePerLead)}`,
  );
  await expect(
    page.getByTestId('chart-by-dimension').locator('.chart-legend, .recharts-wrapper').first().isVisible(),
  ).resolves.toBe(true);
}

function bestSource(json: Metrics) {
  const rows = (json.bySource ?? []).filter((r) => r.revenuePerLead !== null);
  const best = rows.sort((a, b) => (b.revenuePerLead ?? 0) - (a.revenuePerLead ?? 0))[0];
  if (!best || best.revenuePerLead === null) throw new Error('no revenue per lead in the export');
  return { source: best.source, revenuePerLead: best.revenuePerLead };
}

describe('one value per figure', () => {
  it('with the sample, every tile, the SLA title and the Sources headline read the JSON, unfiltered and filtered', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await openView(page, 'Overview', 'overview');

    const all = await downloadJson<Metrics>(page, 'export-metrics');
    const best = bestSource(all);
    // The best source by revenue per lead is listed on the Overview, in Sources and in the funnel by source.
    await expect(
      page.getByTestId('chart-sources').locator(`[data-bar="${best.source}"]`).count(),
    ).resolves.toBeGreaterThan(0);
    await expectViewsMatch(page, all, best);
    await openView(page, 'Funnel', 'funnel');
    await expect(
      page
        .locator('table', { hasText: 'Opportunity' })
        .last()
        .getByRole('cell', { name: best.source, exact: true })
        .count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('cell', { name: /^Other/ }).count()).resolves.toBe(0);
    await openView(page, 'Sources', 'sources');
    await screenshots(page, 'views13-sources');
    await openView(page, 'Follow-up', 'follow-up');
    await screenshots(page, 'views13-follow-up');

    // One filter: click a source bar on the Overview.
    await openView(page, 'Overview', 'overview');
    const source = 'Paid Search';
    await page
      .locator(`[data-testid="chart-sources"] [data-bar="${source}"][data-part="rest"] path`)
      .first()
      .click();
    await page
      .getByTestId('filter-chip')
      .filter({ hasText: `Source: ${source}` })
      .waitFor();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor();
    const filtered = await downloadJson<Metrics>(page, 'export-metrics');
    expect(filtered.filters).toEqual({ dimensions: { source: [source] } });
    expect(filtered.counts.leads).toBeLessThan(all.counts.leads);
    // Sources keeps every source visible under its own filter (by-dimension.ts): the best is the same.
    await expectViewsMatch(page, filtered, best);
  });

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
    app = await openApp();
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
  });
});
