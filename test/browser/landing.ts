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
