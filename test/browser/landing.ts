// After a leads and a deals file load on the Data view, the app opens the Overview by itself
// (issue 14). Tests that go on with the Data view wait for that, then go back.
import type { Page } from 'playwright-core';

export async function backToData(page: Page): Promise<void> {
  await page.locator('[data-testid="view-overview"]').waitFor({ timeout: 60_000 });
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: 'Data', exact: true })
    .click();
  await page.locator('input[data-testid="leads-file"]').waitFor({ state: 'attached' });
}

/** Loads a leads and a deals file, waits for the data to be ready, and goes back to the Data view. */
export async function loadLeadsAndDeals(
  page: Page,
  leads: Parameters<Page['setInputFiles']>[1],
  deals: Parameters<Page['setInputFiles']>[1],
): Promise<void> {
  await page.locator('input[data-testid="leads-file"]').setInputFiles(leads);
  await page.locator('input[data-testid="deals-file"]').setInputFiles(deals);
  await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor({ timeout: 120_000 });
  await backToData(page);
}

/** A CSV file as the page's file input takes it, from its lines. */
export const csv = (name: string, lines: readonly string[]) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(`${lines.join('\n')}\n`),
});
