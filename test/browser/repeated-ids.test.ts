import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { type App, downloadJson, openApp, screenshots, waitForState } from './harness';

interface Metrics {
  counts: { leads: number; deals: number; dealsMatched: number };
  revenue: { wonAmount: number | null };
}

/**
 * Salesforce's "Opportunities with Contact Roles" report: each opportunity once per contact role,
 * its Amount on every row. Counted by hand: 3 deals (not 5), won 12,000 + 5,000 = 17,000 (not
 * 34,000); 006A links to L1 through the e-mail on its first row, 006B to L2 through its last.
 */
const dir = mkdtempSync(join(tmpdir(), 'leadgap-browser-repeated-'));
const file = (name: string, lines: string[]) => {
  const path = join(dir, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
};
const LEADS = file('leads.csv', [
  'Lead ID,Created Date,Lead Source,Lead Status,Email',
  'L1,2026-01-05 09:00,Web,Working,ann@acme.example',
  'L2,2026-01-06 09:00,Web,Working,bob@beta.example',
  'L3,2026-01-07 09:00,Event,New,cy@gamma.example',
]);
const DEALS = file('opportunities-with-contact-roles.csv', [
  'Opportunity ID,Opportunity Name,Stage,Amount,Close Date,Email',
  '006A,Acme - Platform,Closed Won,"12,000.00",2026-02-10,ann@acme.example',
  '006A,Acme - Platform,Closed Won,"12,000.00",2026-02-10,zed@acme.example',
  '006B,Beta - Renewal,Closed Won,"5,000.00",2026-02-12,quinn@beta.example',
  '006B,Beta - Renewal,Closed Won,"5,000.00",2026-02-12,bob@beta.example',
  '006C,Delta - Pilot,Closed Lost,"3,000.00",2026-02-15,dee@delta.example',
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

describe('a deals report that repeats each opportunity on several rows', () => {
  it('counts each deal once, says so beside the file, and links by any of its rows', async () => {
    app = await openApp();
    const { page } = app;
    await page.locator('input[data-testid="leads-file"]').setInputFiles(LEADS);
    await page.locator('input[data-testid="deals-file"]').setInputFiles(DEALS);
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
    await waitForState(page, 'ready');
    // Both files loaded, the app lands on the Overview: the files are listed on the Data view.
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Data', exact: true })
      .click();
    const row = page.getByRole('row', { name: /opportunities-with-contact-roles\.csv/ });
    await expect(row.getByTestId('repeated-rows').textContent()).resolves.toBe(
      '2 rows repeat the Opportunity ID of a later row: each deal counts once, from its last row.',
    );
    await expect(page.getByTestId('superseded-rows').count()).resolves.toBe(0);
    await screenshots(page, 'data-repeated-ids');
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads: 3, deals: 3, dealsMatched: 2 });
    expect(metrics.revenue.wonAmount).toBe(17_000);
    expect(app.errors).toEqual([]);
  });
});
