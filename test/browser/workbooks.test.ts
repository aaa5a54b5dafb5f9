import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  dealsWorkbook,
  leadsWorkbook,
  truncatedWorkbook,
  twoLeadSheetsWorkbook,
  twoSheetWorkbook,
  writeWorkbook,
} from '../fixtures/make/workbooks.mjs';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';
import { backToData } from './landing';

interface Metrics {
  counts: { leads: number; deals: number; rejectedRows: { leads: number; deals: number } };
  revenue: { wonDeals: number; lostDeals: number; wonAmount: number };
}

/** The workbooks are made at test time (test/fixtures/make/workbooks.mjs), not committed. */
const dir = mkdtempSync(join(tmpdir(), 'leadgap-workbooks-'));

let app: App | undefined;
afterEach(async () => {
  // Everything happens in the page: no request leaves 127.0.0.1 (the reader included).
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

describe('Excel workbooks through the file inputs', () => {
  it('a leads .xlsx and a deals .xlsx reach ready with their counts', async () => {
    const leads = leadsWorkbook({ rows: 40 });
    const deals = dealsWorkbook({ rows: 12, leads: 40 });
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(writeWorkbook(dir, leads));
    await waitForState(page, 'ready');
    await page.locator('input[data-testid="deals-file"]').setInputFiles(writeWorkbook(dir, deals));
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await waitForState(page, 'ready');
    await backToData(page);
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({
      leads: leads.truth.rows,
      deals: deals.truth.rows,
      rejectedRows: { leads: 0, deals: 0 },
    });
    await expect(page.getByTestId('sheet-choice').allTextContents()).resolves.toEqual([
      `Sheet “Leads” loaded from ${leads.name}.`,
      `Sheet “Opportunities” loaded from ${deals.name}.`,
    ]);
    expect(app.errors).toEqual([]);
  });

  it('a two-sheet workbook ("Summary" first) loads its leads sheet without a manual step', async () => {
    const made = twoSheetWorkbook();
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(writeWorkbook(dir, made));
    await waitForState(page, 'ready');
    await expect(page.getByTestId('confirm-mapping').count()).resolves.toBe(0);
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads: made.truth.rows, rejectedRows: { leads: 0 } });
    const choice = page.getByTestId('sheet-choice');
    await expect(choice.textContent()).resolves.toContain(`Sheet “Leads” of 2 loaded from ${made.name}.`);
    // The other sheet is offered.
    const options = await page.getByTestId('sheet-select').locator('option').allTextContents();
    expect(options).toEqual([
      expect.stringMatching(/^Summary \(\d+ rows\)$/),
      `Leads (${made.truth.rows + 1} rows)`,
    ]);
    await screenshots(page, 'data-workbook-sheets');
    expect(app.errors).toEqual([]);
  });

  it('another sheet can be picked; the pick is read at once and remembered for that workbook', async () => {
    const made = twoLeadSheetsWorkbook({ rows: 30, other: 12 });
    const path = writeWorkbook(dir, made);
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(path);
    await waitForState(page, 'ready');
    let metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts.leads).toBe(made.truth.first.rows);

    await page.getByTestId('sheet-select').selectOption('Leads March');
    await page
      .getByTestId('sheet-choice')
      .filter({ hasText: `Sheet “Leads March” of 2 loaded from ${made.name}.` })
      .waitFor();
    await waitForState(page, 'ready');
    metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts.leads).toBe(made.truth.second.rows);

    // The same workbook again: its remembered sheet is read without a question.
    await page.getByRole('button', { name: `Remove ${made.name}` }).click();
    await waitForState(page, 'empty');
    await page.locator('input[data-testid="leads-file"]').setInputFiles(path);
    await waitForState(page, 'ready');
    await page.getByTestId('sheet-choice').filter({ hasText: '“Leads March”' }).waitFor();
    metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts.leads).toBe(made.truth.second.rows);
    expect(app.errors).toEqual([]);
  });

  it('a damaged workbook shows the error state with what to do', async () => {
    const made = truncatedWorkbook();
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(writeWorkbook(dir, made));
    await waitForState(page, 'error');
    const message = await page.getByTestId('upload-error').textContent();
    expect(message).toContain(made.name);
    expect(message).toMatch(/damaged/);
    expect(message).toMatch(/save it again/);
  });
});
