import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { fixture, olist, realDataAvailable } from '../support/files';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadFile, downloadJson } from './downloads';
import { backToData } from './landing';

interface Metrics {
  schema: string;
  asOf: string;
  counts: {
    leads: number;
    deals: number;
    dealsMatched: number;
    rejectedRows: { leads: number; deals: number };
  };
}

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

describe.runIf(realDataAvailable())('uploading the Olist pair through the file inputs', () => {
  it('reaches ready with 8000 leads, 842 deals, all matched, none rejected', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(olist.leads());
    await page.locator('input[data-testid="deals-file"]').setInputFiles(olist.deals());
    await waitForState(page, 'ready');
    await backToData(page);
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.schema).toBe('leadgap.metrics/1');
    expect(metrics.counts).toMatchObject({
      leads: 8000,
      deals: 842,
      dealsMatched: 842,
      rejectedRows: { leads: 0, deals: 0 },
    });
    // The latest first_contact_date in the leads file (checked with `sort | tail -1` on the column).
    expect(metrics.asOf).toBe('2018-05-31');
    await expect(page.getByTestId('match-summary').textContent()).resolves.toContain(
      '100.0% of deals were linked',
    );
    await screenshots(page, 'data-loaded-olist');
    expect(app.errors).toEqual([]);
  });
});

describe('bad input in the browser', () => {
  it('shows the error state, naming the file, for a non-CSV upload', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(fixture('not-csv.png'));
    await waitForState(page, 'error');
    const message = await page.getByTestId('upload-error').textContent();
    expect(message).toContain('not-csv.png');
    expect(message).toMatch(/PNG image/);
    expect(message).toMatch(/save or export it as "CSV UTF-8"/);
    await screenshots(page, 'data-error-not-csv');
  });

  it('asks for the date format of an ambiguous column, then loads after confirm-mapping', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(fixture('leads-mdy-ambiguous.csv'));
    const confirm = page.getByTestId('confirm-mapping');
    await confirm.waitFor();
    // Never a dead end: loading stays possible, and the page says what happens without a choice.
    await expect(confirm.isDisabled()).resolves.toBe(false);
    await expect(page.getByText(/left unmapped; everything else loads/).count()).resolves.toBe(1);
    await screenshots(page, 'data-mapping');
    await page
      .getByLabel('Date format')
      .and(page.locator('[aria-invalid="true"]'))
      .first()
      .selectOption('mdy');
    await confirm.click();
    await waitForState(page, 'ready');

    // The confirmed mapping is remembered for files with the same headers: no question the second time.
    await page.getByRole('button', { name: 'Remove leads-mdy-ambiguous.csv' }).click();
    await waitForState(page, 'empty');
    await page.locator('input[data-testid="leads-file"]').setInputFiles(fixture('leads-mdy-ambiguous.csv'));
    await page.getByTestId('loaded-files').waitFor();
    await waitForState(page, 'ready');
    await expect(page.getByTestId('confirm-mapping').count()).resolves.toBe(0);
  });

  it('lists rejected rows with their row numbers and lets them be downloaded', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(fixture('leads-broken-quoting.csv'));
    await waitForState(page, 'ready');
    const table = await page.getByTestId('rejected-rows').textContent();
    expect(table).toMatch(/more values than the header/);
    const file = await downloadFile(page, 'download-rejected');
    expect(file.filename).toBe('leadgap-rejected-rows.csv');
    expect(file.text.split('\r\n')[0]).toBe('file,row,column,problem,content');
    expect(file.text).toContain('leads-broken-quoting.csv');
    await screenshots(page, 'data-rejected');
  });
});

describe('ways in', () => {
  it('opens the file chooser from the keyboard and accepts a dropped file', async () => {
    app = await openApp();
    const { page } = app;
    // The drop zone is a button: Enter on it opens the chooser (press focuses it first, in one step,
    // so a re-render between focusing and pressing cannot drop the key).
    const leadsZone = page.getByRole('button', { name: /^Leads/ });
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), leadsZone.press('Enter')]);
    expect(chooser.isMultiple()).toBe(true);
    await chooser.setFiles(fixture('leads-utf8-bom.csv'));
    await waitForState(page, 'ready');

    // Drag and drop a deals file onto the deals zone.
    const bytes = readFileSync(fixture('deals-closed-won-only.csv')).toString('base64');
    const transfer = await page.evaluateHandle((base64) => {
      const data = new DataTransfer();
      const binary = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      data.items.add(new File([binary], 'dropped-deals.csv', { type: 'text/csv' }));
      return data;
    }, bytes);
    const zone = page.getByRole('button', { name: /^Deals/ });
    await zone.dispatchEvent('dragover', { dataTransfer: transfer });
    await zone.dispatchEvent('drop', { dataTransfer: transfer });
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await backToData(page);
    await expect(page.getByTestId('loaded-files').textContent()).resolves.toContain('dropped-deals.csv');
  });
});
