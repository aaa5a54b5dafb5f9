import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  counts: { leads: number };
}

/**
 * Overlapping monthly exports, counted by hand: January L001–L100, February L071–L170 (30 shared):
 * 170 leads, 30 of January's set aside. January replaced by a newer export holding L001–L090 and
 * L201–L220 (110 leads, 20 shared with February, now the later file): 110 + 100 − 20 = 190. February
 * then replaced by the same leads with their columns in another order: still 190, the 20 now its.
 */
const HEADER = 'Lead ID,Created Date,Lead Status,Email';
const id = (n: number) => `L${String(n).padStart(3, '0')}`;
const lines = (ids: number[], status: string) =>
  `${[HEADER, ...ids.map((n) => `${id(n)},2026-01-${String((n % 28) + 1).padStart(2, '0')} 09:00,${status},${id(n)}@x.example`)].join('\n')}\n`;
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const dir = mkdtempSync(join(tmpdir(), 'leadgap-browser-duplicates-'));
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const JANUARY = file('leads-2026-01.csv', lines(range(1, 100), 'New'));
const FEBRUARY = file('leads-2026-02.csv', lines(range(71, 170), 'Working'));
const FEBRUARY_AGAIN = file(
  'leads-2026-02-v2.csv',
  `${['Email,Lead ID,Lead Status,Created Date', ...range(71, 170).map((n) => `${id(n)}@x.example,${id(n)},Working,2026-02-01 09:00`)].join('\n')}\n`,
);
const JANUARY_AGAIN = file('leads-2026-01-v2.csv', lines([...range(1, 90), ...range(201, 220)], 'Qualified'));

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('the same lead in two monthly files', () => {
  it('counts it once, says how many were set aside, and a file can be replaced by a newer export', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles([JANUARY, FEBRUARY]);
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await waitForState(page, 'ready');
    const january = page.getByRole('row', { name: /leads-2026-01\.csv/ });
    await expect(january.getByTestId('superseded-rows').textContent()).resolves.toBe(
      '30 leads also in a later file were set aside.',
    );
    await expect(page.getByTestId('superseded-rows').count()).resolves.toBe(1);
    await screenshots(page, 'data-duplicates');
    expect((await downloadJson<Metrics>(page, 'export-metrics')).counts.leads).toBe(170);

    await january.getByTestId('replace-file').setInputFiles(JANUARY_AGAIN);
    const files = page.getByTestId('loaded-files');
    await files
      .filter({ hasText: 'leads-2026-01-v2.csv' })
      .filter({ hasNotText: 'leads-2026-01.csv' })
      .waitFor();
    await waitForState(page, 'ready');
    await expect(page.getByTestId('dataset-status').textContent()).resolves.toContain('2 files');
    const february = page.getByRole('row', { name: /leads-2026-02\.csv/ });
    await expect(february.getByTestId('superseded-rows').textContent()).resolves.toBe(
      '20 leads also in a later file were set aside.',
    );
    expect((await downloadJson<Metrics>(page, 'export-metrics')).counts.leads).toBe(190);

    // February replaced by an export with its columns in another order: the mapping screen asks first.
    await february.getByTestId('replace-file').setInputFiles(FEBRUARY_AGAIN);
    await page.getByTestId('confirm-mapping').waitFor();
    await expect(page.getByText('Its columns differ from those of leads-2026-02.csv').count()).resolves.toBe(
      1,
    );
    await page.getByTestId('confirm-mapping').click();
    await files
      .filter({ hasText: 'leads-2026-02-v2.csv' })
      .filter({ hasNotText: 'leads-2026-02.csv' })
      .waitFor();
    await waitForState(page, 'ready');
    await expect(
      page
        .getByRole('row', { name: /leads-2026-01-v2\.csv/ })
        .getByTestId('superseded-rows')
        .textContent(),
    ).resolves.toBe('20 leads also in a later file were set aside.');
    expect((await downloadJson<Metrics>(page, 'export-metrics')).counts.leads).toBe(190);
    expect(app.errors).toEqual([]);
  });
});
