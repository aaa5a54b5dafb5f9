import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { afterEach, describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { type App, openApp, waitForState } from './harness';
import { downloadJson } from './downloads';
import { backToData } from './landing';

interface Metrics {
  counts: { leads: number };
  bySource: { source: string; leads: number }[] | null;
}

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

describe('changing the mapping of a loaded file', () => {
  it('reads the file again with the new mapping: Source taken from the Campaign column', async () => {
    // The expectation, counted from the CSV by papaparse: leads per campaign ("(blank)" when empty).
    const rows = Papa.parse<Record<string, string>>(readFileSync(sample('leads.csv'), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const byCampaign = new Map<string, number>();
    for (const row of rows) {
      const campaign = row['Campaign']?.trim() || '(blank)';
      byCampaign.set(campaign, (byCampaign.get(campaign) ?? 0) + 1);
    }
    const headers = Object.keys(rows[0] ?? {});

    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await backToData(page);
    await page
      .getByRole('row', { name: /leads\.csv/ })
      .getByRole('button', { name: 'Edit mapping' })
      .click();
    await page.getByLabel('Source', { exact: true }).selectOption(String(headers.indexOf('Campaign')));
    await page.getByTestId('confirm-mapping').click();
    await waitForState(page, 'ready');
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();

    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts.leads).toBe(rows.length);
    const bySource = Object.fromEntries((metrics.bySource ?? []).map((r) => [r.source, r.leads]));
    expect(bySource).toEqual(Object.fromEntries(byCampaign));
    expect(app.errors).toEqual([]);
  });
});
