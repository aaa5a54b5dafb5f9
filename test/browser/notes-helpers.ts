// Shared steps of notes.test.ts: adding a note on the Follow-up trend, reading the notes back, the
// printed report's pages, pictures of the trend alone, and counting dialogs (an alert would be one).
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { COLOR_SCHEMES, SCREENSHOT_DIR, SCREENSHOT_VIEWPORTS } from './harness';
import { savePdf } from './share-helpers';

/** Every dialog a page opens (an alert from a note would be one). */
export function countDialogs(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('dialog', (dialog) => {
    seen.count += 1;
    void dialog.dismiss();
  });
  return seen;
}

export const trend = (page: Page) => page.getByTestId('chart-trend');
export const listed = (page: Page) => trend(page).getByTestId('trend-note-text').allTextContents();

export async function addNote(page: Page, date: string, text: string) {
  await page.getByTestId('add-note').click();
  await page.getByTestId('note-date').fill(date);
  await page.getByTestId('note-text').fill(text);
  await page.getByTestId('save-note').click();
  await page.getByTestId('trend-note-text').filter({ hasText: text }).waitFor();
}

/** The page printed to A4 (saved, and drawn at A4's width to look at); its number of pages. */
export async function printedPages(page: Page, name: string): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 794, height: 1000 });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  if (viewport) await page.setViewportSize(viewport);
  await page.emulateMedia({ media: 'screen' });
  await savePdf(pdf, name);
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** The trend chart alone at each screenshot size and scheme (the full-page shots are long to read). */
export async function chartShots(page: Page, name: string): Promise<void> {
  for (const viewport of SCREENSHOT_VIEWPORTS) {
    await page.setViewportSize(viewport);
    for (const colorScheme of COLOR_SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.waitForTimeout(300);
      await trend(page).screenshot({
        path: join(SCREENSHOT_DIR, `${name}-${viewport.width}-${colorScheme}.png`),
        animations: 'disabled',
      });
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
}

export async function openReport(page: Page) {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Report' }).click();
  await page.locator('[data-testid="view-report"][data-state="ready"]').waitFor({ timeout: 60_000 });
}
