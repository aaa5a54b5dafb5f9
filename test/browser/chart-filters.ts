// Filtering from the Overview's charts, as a user does it.
import type { Page } from 'playwright-core';

/** Clicks a source's bar on the Overview (its followed-up part, not the label); waits for its chip. */
export async function clickSourceBar(page: Page, source: string): Promise<void> {
  await page
    .locator(`[data-testid="chart-sources"] [data-bar="${source}"][data-part="rest"] path`)
    .first()
    .click();
  await page
    .getByTestId('filter-chip')
    .filter({ hasText: `Source: ${source}` })
    .waitFor();
}
