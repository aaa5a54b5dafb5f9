import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  counts: { leads: number; deals: number };
  revenue: { wonDeals: number; lostDeals: number | null; openDeals: number | null; wonAmount: number | null };
}

const dir = mkdtempSync(join(tmpdir(), 'leadgap-browser-forms-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
// A monday.com board saved as CSV: each group under its title and its own header row.
// Rows: 1 board, 2 blank, 3 group title, 4 header, 5–6 items, 7 empty, 8 title, 9 header, 10–11 items.
const BOARD = file(
  'leads-board.csv',
  `Leads board,,,,
,,,,
New leads,,,,
Name,Email,Owner,Lead Status,Created Date
Ann Lee,ann@acme.com,Rachel,New,2026-03-01
Bob Ray,bob@beta.io,Ross,Working,2026-03-02
,,,,
Contacted,,,,
Name,Email,Owner,Lead Status,Created Date
Cat Kim,cat@gamma.com,Ross,Contacted,2026-03-03
Dan Orr,dan@delta.com,Rachel,Contacted,2026-03-04
`,
);
// French deal headers LeadGap does not know: two won deals (1 200 + 800 €) and one lost.
// French headers, and no stage column: nothing says these deals were won.
const AFFAIRES = file(
  'affaires.csv',
  'Nom de l’affaire,Email,Montant\nAcme,ann@acme.com,1200\nBeta,bob@beta.io,5000\nGamma,cat@gamma.com,800\n',
);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('exports as CRMs and spreadsheets write them', () => {
  let app: App | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('a board’s group titles are skipped with their header, never loaded as leads', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(BOARD);
    await waitForState(page, 'ready');
    const group = page.getByTestId('problem-group').and(page.locator('[data-reason="GROUP TITLE"]'));
    await expect(group.textContent()).resolves.toContain(
      'Row 8 was skipped: it is the title of the group of rows under it',
    );
    const row = page.getByRole('row', { name: /leads-board\.csv/ });
    await expect(row.locator('[data-label="Loaded"]').textContent()).resolves.toBe('4');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts.leads).toBe(4);
    await screenshots(page, 'data-group-titles');
    expect(app.errors).toEqual([]);
  });

  it('a deals file with no recognised stage asks, instead of counting every deal as won', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="deals-file"]').setInputFiles(AFFAIRES);
    await page.locator('#mapping-title').waitFor();
    await expect(page.locator('.notice li').allTextContents()).resolves.toContain(
      'No column was recognised as the deal’s stage, amount or close date: every deal would count as won.',
    );
    await screenshots(page, 'data-deals-unrecognised');
    // The user says the amount is "Montant" and leaves the stage out: a closed-won export.
    await page.locator('#map-amount').selectOption({ label: 'Montant' });
    await page.getByTestId('confirm-mapping').click();
    await waitForState(page, 'ready');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    // A closed-won export says nothing of lost or open deals: unknown, not 0.
    expect(metrics.revenue).toMatchObject({ wonDeals: 3, lostDeals: null, openDeals: null, wonAmount: 7000 });
    expect(app.errors).toEqual([]);
  });
});
