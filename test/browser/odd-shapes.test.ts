import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeOddShapes } from '../fixtures/make/odd-shapes.mjs';
import { sample } from '../support/files';
import { type App, openApp, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  counts: { leads: number; deals: number; rejectedRows: { leads: number; deals: number } };
}

const dir = mkdtempSync(join(tmpdir(), 'leadgap-odd-shapes-browser-'));
const shapes = makeOddShapes(dir) as Record<string, { path: string; rowsLoaded: number; titleLines: number }>;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let app: App | undefined;
afterEach(async () => {
  // Decompression and reading stay in the tab: nothing leaves 127.0.0.1.
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

describe('odd but honest exports in the browser', () => {
  it('loads every lead of a formatted report with title lines above the header, none rejected', async () => {
    const report = shapes['leads-formatted-report.csv'];
    if (!report) throw new Error('no formatted report');
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(report.path);
    await waitForState(page, 'ready');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads: report.rowsLoaded, rejectedRows: { leads: 0, deals: 0 } });
    const files = await page.getByTestId('loaded-files').textContent();
    expect(files).toContain(`Title lines above the header (${report.titleLines}) recognised and left out.`);
    expect(files).toMatch(/Report footer \(5 lines\) recognised/);
    expect(app.errors).toEqual([]);
  });

  it('decompresses a .csv.gz in the page and reaches ready with the sample’s leads', async () => {
    const gz = join(dir, 'leads.csv.gz');
    const text = readFileSync(sample('leads.csv'));
    writeFileSync(gz, gzipSync(text));
    const leads = text.toString('utf8').trim().split('\n').length - 1;
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(gz);
    await waitForState(page, 'ready');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads, rejectedRows: { leads: 0, deals: 0 } });
    expect(app.errors).toEqual([]);
  });
});
