/**
 * Money in the deals' own currencies (issue 14). The figures are worked by hand from the fixtures
 * (test/fixtures/currencies/README.md): won EUR 1,000 + 2,500.50, won USD 1,200 + 800; a euro file's
 * won 1,234.50 + 2,000.00. No view and no JSON figure adds euros to dollars.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyParts } from '../../src/components/common/format';
import { fixture } from '../support/files';
import { openView } from './figures';
import { appPerTest, type App, getBrowser, screenshots, waitForState } from './harness';
import { downloadFile, downloadJson } from './downloads';
import { SHARE_DIR } from './share-helpers';

interface Metrics {
  revenue: { wonDeals: number | null; wonAmount: number | null; revenuePerLead: number | null };
  currencies: {
    codes: string[];
    currency: string | null;
    byCurrency: { currency: string; wonAmount: number }[];
  };
  bySource: {
    source: string;
    wonAmount: number | null;
    byCurrency?: { currency: string; wonAmount: number }[];
  }[];
  calculator: {
    currency: string;
    scenarios: { baseline: boolean; provenance: { averageDeal: { kind: string } } }[];
  };
}

const apps = appPerTest();

async function load(app: App, deals: string): Promise<void> {
  const { page } = app;
  await page.locator('input[data-testid="leads-file"]').setInputFiles(fixture('currencies/leads.csv'));
  await page.getByTestId('dataset-status').filter({ hasText: '1 file' }).waitFor({ timeout: 120_000 });
  // A load lands on the Overview: the second file is added from the Data view.
  const dealsInput = page.locator('input[data-testid="deals-file"]');
  if ((await dealsInput.count()) === 0) {
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Data', exact: true })
      .click();
  }
  await dealsInput.setInputFiles(fixture(`currencies/${deals}`));
  await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor({ timeout: 120_000 });
  await waitForState(page, 'ready');
}

describe('deals in their own currencies', () => {
  it('a two-currency deals file shows amounts per currency and no sum across them', async () => {
    const app = await apps.open();
    const { page } = app;
    await load(app, 'deals-two-currencies.csv');
    await openView(page, 'Overview', 'overview');

    const eur = 1000 + 2500.5;
    const usd = 1200 + 800;
    const table = page.getByTestId('currency-table');
    await table.waitFor();
    const text = (await table.textContent()) ?? '';
    expect(text).toContain(formatMoney(eur, 'EUR'));
    expect(text).toContain(formatMoney(usd, 'USD'));
    // Revenue per lead, per currency: won / 10 leads.
    expect(text).toContain(formatMoney(eur / 10, 'EUR'));
    expect(text).toContain(formatMoney(usd / 10, 'USD'));
    // The sum across currencies is nowhere, in any currency sign.
    const view = (await page.getByTestId('view-overview').textContent()) ?? '';
    for (const sign of ['USD', 'EUR']) expect(view).not.toContain(formatMoney(eur + usd, sign));
    // The money tiles per currency. Leaked: 4 never followed up × (4 won / 6 followed up) × won_c / 4
    // won deals; revenue per lead: won_c / 10 leads.
    const leaked = (won: number) => (4 * (4 / 6) * won) / 4;
    await expect(page.getByTestId('tile-leaked').textContent()).resolves.toContain(
      formatMoneyParts([
        { currency: 'EUR', amount: leaked(eur) },
        { currency: 'USD', amount: leaked(usd) },
      ]),
    );
    await expect(page.getByTestId('tile-revenue-per-lead').textContent()).resolves.toContain(
      formatMoneyParts([
        { currency: 'EUR', amount: eur / 10 },
        { currency: 'USD', amount: usd / 10 },
      ]),
    );
    await screenshots(page, 'currencies-overview');

    const json = await downloadJson<Metrics>(page, 'export-metrics');
    expect(json.revenue).toMatchObject({ wonDeals: 4, wonAmount: null, revenuePerLead: null });
    expect(json.currencies.codes).toEqual(['EUR', 'USD']);
    expect(json.currencies.currency).toBeNull();
    expect(json.currencies.byCurrency.map((r) => [r.currency, r.wonAmount])).toEqual([
      ['EUR', eur],
      ['USD', usd],
    ]);
    const web = json.bySource.find((r) => r.source === 'Web');
    expect(web?.wonAmount).toBeNull();
    expect(web?.byCurrency).toEqual([
      { currency: 'EUR', wonAmount: eur },
      { currency: 'USD', wonAmount: 1200 },
    ]);
    // The calculator's average deal is asked for, not averaged across currencies.
    expect(json.calculator.scenarios.find((s) => s.baseline)?.provenance.averageDeal).toEqual({
      kind: 'empty',
    });

    await openView(page, 'Sources', 'sources');
    const perSource = page.getByTestId('segment-currencies');
    await perSource.waitFor();
    const webRow = perSource.getByRole('row', { name: /^Web/ });
    await expect(webRow.textContent()).resolves.toContain(
      formatMoneyParts([
        { currency: 'EUR', amount: eur },
        { currency: 'USD', amount: 1200 },
      ]),
    );
    await screenshots(page, 'currencies-sources');

    // The snapshot file shows the same amounts per currency, offline.
    await openView(page, 'Overview', 'overview');
    const download = await downloadFile(page, 'share-snapshot', 120_000);
    await mkdir(SHARE_DIR, { recursive: true });
    const path = join(SHARE_DIR, 'currencies-snapshot.html');
    await copyFile(download.path, path);
    const context = await (await getBrowser()).newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const snapshot = await context.newPage();
      const errors: string[] = [];
      snapshot.on('pageerror', (error) => errors.push(error.message));
      await snapshot.goto(pathToFileURL(path).href);
      const table = snapshot.getByTestId('currency-table');
      await table.waitFor();
      const shown = (await table.textContent()) ?? '';
      expect(shown).toContain(formatMoney(eur, 'EUR'));
      expect(shown).toContain(formatMoney(usd, 'USD'));
      expect(errors).toEqual([]);
      await screenshots(snapshot, 'currencies-snapshot-overview');
    } finally {
      await context.close();
    }
  });

  it('a euro file ("€1.234,50") is shown in euros, not dollars', async () => {
    const app = await apps.open();
    const { page } = app;
    await load(app, 'deals-euro.csv');
    await openView(page, 'Overview', 'overview');
    // Won €1,234.50 + €2,000.00 over 10 leads.
    const perLead = (1234.5 + 2000) / 10;
    await page
      .getByTestId('tile-revenue-per-lead')
      .filter({ hasText: formatMoney(perLead, 'EUR') })
      .waitFor();
    const view = (await page.getByTestId('view-overview').textContent()) ?? '';
    expect(view).not.toContain('$');
    await expect(page.getByTestId('currency-table').count()).resolves.toBe(0);
    const json = await downloadJson<Metrics>(page, 'export-metrics');
    expect(json.currencies).toMatchObject({ codes: ['EUR'], currency: 'EUR' });
    expect(json.revenue.wonAmount).toBe(3234.5);
    expect(json.calculator.currency).toBe('EUR');
    await screenshots(page, 'currencies-euro-overview');
  });
});
