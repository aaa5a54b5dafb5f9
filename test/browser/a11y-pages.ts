// Shared by the accessibility tests: moving between views as a user would, and the states axe and
// the keyboard tests visit.
import type { Page } from 'playwright-core';
import { type App, waitForState } from './harness';

export const ALL_VIEWS = [
  'Data',
  'Overview',
  'Funnel',
  'Follow-up',
  'Reps',
  'Sources',
  'Report',
  'Calculator',
] as const;
export type ViewLabel = (typeof ALL_VIEWS)[number];

export const viewId = (label: ViewLabel) => label.toLowerCase();

/** The view's content once drawn (dashboard views say data-state=ready). */
export async function viewReady(page: Page, label: ViewLabel): Promise<void> {
  if (label === 'Calculator') await page.getByTestId('calculator').waitFor();
  else if (label === 'Data') await page.getByTestId('leads-file').waitFor({ state: 'attached' });
  else
    await page
      .locator(`[data-testid="view-${viewId(label)}"][data-state="ready"]`)
      .waitFor({ timeout: 60_000 });
}

export async function show(page: Page, label: ViewLabel): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Views' })
    .getByRole('button', { name: label, exact: true })
    .click();
  await viewReady(page, label);
}

/** Loads the sample; the app then lands on the Overview by itself. */
export async function loadSample(app: App): Promise<void> {
  await app.page.getByRole('button', { name: 'Try sample data' }).click();
  await waitForState(app.page, 'ready');
  await app.page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
  await viewReady(app.page, 'Overview');
}

/** Light or dark as the system says (the app's theme follows the system by default). */
export async function setScheme(page: Page, colorScheme: 'light' | 'dark'): Promise<void> {
  await page.emulateMedia({ colorScheme });
  await page.waitForFunction((dark) => document.documentElement.dataset['theme'] === dark, colorScheme);
}

/** Let charts redraw at a new width. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
  await page.waitForTimeout(200);
}
