import { afterEach, describe, expect, it } from 'vitest';
import { type App, openApp, screenshots, waitForState } from './harness';
import { downloadJson } from './downloads';

interface Metrics {
  counts: { leads: number; deals: number; dealsMatched: number };
  revenue: { wonAmount: number | null };
}

// Deals name their lead in "Contact Ref", a header no rule knows: nothing links by default. Seven of
// the eight refs are leads' "Record ID"s (E2's in lower case, E5's among two ids); R8 is no lead.
const LEADS = [
  'Record ID,Created Date,Email',
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => `R${n},2026-01-0${n},p${n}@x.example`),
];
const DEALS = [
  'Deal ID,Contact Ref,Stage,Created Date,Close Date,Amount',
  'E1,R1,Closed Won,2026-02-01,2026-02-10,10',
  'E2,r2,Closed Won,2026-02-01,2026-02-10,20',
  'E3,R3,Closed Won,2026-02-01,2026-02-10,30',
  'E4,R4,Closed Won,2026-02-01,2026-02-10,40',
  'E5,R5; R9,Closed Won,2026-02-01,2026-02-10,50',
  'E6,R6,Closed Won,2026-02-01,2026-02-10,60',
  'E7,R7,Closed Won,2026-02-01,2026-02-10,70',
  'E8,R8,Closed Won,2026-02-01,2026-02-10,80',
];
const LINKED = 7;
const LINKED_AMOUNT = 10 + 20 + 30 + 40 + 50 + 60 + 70;

const csv = (name: string, lines: string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`),
});

let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

/** Loads a file; a mapping screen, if one is asked for, is confirmed as proposed. */
async function upload(app: App, kind: 'leads' | 'deals', file: ReturnType<typeof csv>, files: number) {
  const { page } = app;
  await page.locator(`input[data-testid="${kind}-file"]`).setInputFiles(file);
  const loaded = page.getByTestId('dataset-status').filter({ hasText: `${files} file` });
  const confirm = page.getByTestId('confirm-mapping');
  await loaded.or(confirm).first().waitFor({ timeout: 120_000 });
  if (await confirm.isVisible()) await confirm.click();
  await loaded.waitFor({ timeout: 120_000 });
  await waitForState(page, 'ready');
}

describe('linking deals to leads by columns the user chooses', () => {
  it('warns at 0%, previews the chosen pair, applies it everywhere and remembers it', async () => {
    app = await openApp();
    const { page } = app;
    await upload(app, 'leads', csv('contacts.csv', LEADS), 1);
    await upload(app, 'deals', csv('deals.csv', DEALS), 2);

    const summary = page.getByTestId('match-summary');
    await summary.getByRole('heading', { name: '0.0% of deals were linked to a lead' }).waitFor();
    await expect(page.getByTestId('match-warning').textContent()).resolves.toContain(
      'Fewer than half of your deals are linked',
    );
    await expect(page.getByTestId('match-tried').textContent()).resolves.toContain(
      'lead ID: the leads’ “Record ID”, but no deals column is mapped to it',
    );

    // The selects show the files' own headers; the preview counts before anything is applied.
    await page.getByLabel('Deals column').selectOption({ label: 'Contact Ref' });
    await page.getByLabel('Leads column').selectOption({ label: 'Record ID' });
    const preview = page.getByTestId('link-preview');
    await preview.filter({ hasText: '7 of 8' }).waitFor();
    await expect(preview.textContent()).resolves.toContain('87.5%');
    await expect(summary.getByRole('heading').first().textContent()).resolves.toContain('0.0%');
    await screenshots(page, 'data-deal-links-choice');

    await page.getByTestId('apply-link').focus();
    await page.keyboard.press('Enter');
    await summary.getByRole('heading', { name: '87.5% of deals were linked to a lead' }).waitFor();
    await expect(page.getByTestId('match-warning').count()).resolves.toBe(0);
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({ leads: 7, deals: 8, dealsMatched: LINKED });
    expect(metrics.revenue.wonAmount).toBe(LINKED_AMOUNT);
    await screenshots(page, 'data-deal-links-applied');

    // Nothing spills past a phone's width.
    await page.setViewportSize({ width: 390, height: 844 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1440, height: 900 });

    // After a reload the restored files are linked by the remembered pair again.
    await page.reload();
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor({ timeout: 120_000 });
    await waitForState(page, 'ready');
    await summary.getByRole('heading', { name: '87.5% of deals were linked to a lead' }).waitFor();
    const restored = await downloadJson<Metrics>(page, 'export-metrics');
    expect(restored.counts.dealsMatched).toBe(LINKED);

    // Reset: back to the usual columns, which link none of these deals.
    await page.getByTestId('reset-link').click();
    await summary.getByRole('heading', { name: '0.0% of deals were linked to a lead' }).waitFor();
    const reset = await downloadJson<Metrics>(page, 'export-metrics');
    expect(reset.counts.dealsMatched).toBe(0);
    expect(app.errors).toEqual([]);
  });
});
