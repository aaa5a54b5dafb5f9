import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadFile, downloadJson } from './downloads';

interface Metrics {
  counts: { leads: number; rejectedRows: { leads: number } };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const dir = mkdtempSync(join(tmpdir(), 'leadgap-browser-groups-'));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
// 40 leads with month/day dates that never prove their order (every part ≤ 12): the page asks.
const DATES = file('leads-dates.csv', [
  'Lead ID,Created Date,Lead Status',
  ...range(40).map((n) => `L${n},${(n % 12) + 1}/${(n % 9) + 1}/2026,New`),
]);
// 40 leads; "Number of times contacted" holds five words among its numbers (rows 3, 11, 19, 27, 35).
const TOUCHES = file('leads-touches.csv', [
  'Lead ID,Created Date,Number of times contacted',
  ...range(40).map(
    (n) => `L${n},2026-02-${String((n % 28) + 1).padStart(2, '0')},${n % 8 === 2 ? 'n/a' : n % 5}`,
  ),
]);

// Three leads around rows Excel saved blank (",,"): rows 4, 6 and 7 of the sheet.
const BLANK_ROWS = file('leads-blank-rows.csv', [
  'Lead ID,Created Date,Lead Status',
  'L1,2026-02-03,New',
  'L2,2026-02-04,Working',
  ',,',
  'L3,2026-02-05,Working',
  ',,',
  ',,',
]);

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('problems grouped, with their fix', () => {
  it('one group for a column of unreadable dates; another format from the group reads them', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(DATES);
    await page.getByTestId('confirm-mapping').waitFor();
    // The wrong answer to the page's question: year-month-day.
    await page
      .getByLabel('Date format')
      .and(page.locator('[aria-invalid="true"]'))
      .first()
      .selectOption('iso');
    await page.getByTestId('confirm-mapping').click();
    await waitForState(page, 'ready');
    const groups = page.getByTestId('problem-group');
    await groups.first().waitFor();
    await expect(groups.count()).resolves.toBe(1);
    const text = await groups.first().textContent();
    expect(text).toContain('40 values in “Created Date” are not dates in the chosen format');
    expect(text).toContain('e.g. “2/2/2026”, “3/3/2026”, “4/4/2026”, … in rows 2, 3, 4.');
    await screenshots(page, 'data-problem-groups');

    await groups.first().getByTestId('group-date-format').selectOption('mdy');
    await groups.first().waitFor({ state: 'detached' });
    await waitForState(page, 'ready');
    await expect(page.getByTestId('problem-group').count()).resolves.toBe(0);
    const row = page.getByRole('row', { name: /leads-dates\.csv/ });
    await expect(row.locator('[data-label="Unreadable values"]').textContent()).resolves.toBe('0');
    expect((await downloadJson<Metrics>(page, 'export-metrics')).counts.leads).toBe(40);
    expect(app.errors).toEqual([]);
  });

  it('“Leave this column unmapped” reads the file again without the field', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(TOUCHES);
    await waitForState(page, 'ready');
    const group = page.getByTestId('problem-group');
    await group.first().waitFor();
    await expect(group.count()).resolves.toBe(1);
    await expect(group.first().textContent()).resolves.toContain(
      '5 values in “Number of times contacted” are not numbers, e.g. “n/a”, “n/a”, “n/a”, … in rows 3, 11, 19.',
    );
    await group.first().getByRole('button', { name: 'Leave this column unmapped' }).click();
    await group.first().waitFor({ state: 'detached' });
    await waitForState(page, 'ready');
    const row = page.getByRole('row', { name: /leads-touches\.csv/ });
    await expect(row.locator('[data-label="Unreadable values"]').textContent()).resolves.toBe('0');
    await expect(row.locator('[data-label="Loaded"]').textContent()).resolves.toBe('40');
    // The column is now an extra one: the mapping screen shows the field unmapped.
    await row.getByRole('button', { name: 'Edit mapping' }).click();
    await expect(page.locator('#map-touches').inputValue()).resolves.toBe('');
    expect(app.errors).toEqual([]);
  });

  it('rows Excel saved blank are skipped as empty, counted and listed, never loaded as leads', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(BLANK_ROWS);
    await waitForState(page, 'ready');
    const group = page.getByTestId('problem-group').and(page.locator('[data-reason="EMPTY ROW"]'));
    await expect(group.textContent()).resolves.toContain(
      'Rows 4, 6, 7 were skipped: each is empty (every value is blank, as a spreadsheet saves a row it once used). Nothing to fix unless they should hold data.',
    );
    const row = page.getByRole('row', { name: /leads-blank-rows\.csv/ });
    await expect(row.locator('[data-label="Loaded"]').textContent()).resolves.toBe('3');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect({ leads: metrics.counts.leads, rejected: metrics.counts.rejectedRows.leads }).toEqual({
      leads: 3,
      rejected: 3,
    });
    const list = await downloadFile(page, 'download-rejected');
    const rows = list.text.split('\r\n').filter((line) => line.startsWith('leads-blank-rows.csv'));
    expect(rows.map((line) => line.split(',')[1])).toEqual(['4', '6', '7']);
    await screenshots(page, 'data-empty-rows');
    expect(app.errors).toEqual([]);
  });
});
