// Shared by the sharing tests (share-links, share-snapshot): view navigation, the headline figures of a
// view, loading the sample data, the sample values a snapshot must never hold, and PDF output.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { SCREENSHOT_DIR, type App, waitForState } from './harness';

export const SHARE_DIR = join(SCREENSHOT_DIR, '..', 'share');
export const DASHBOARD = ['overview', 'funnel', 'follow-up', 'reps', 'sources'] as const;
export const NAV: Record<(typeof DASHBOARD)[number] | 'calculator', string> = {
  overview: 'Overview',
  funnel: 'Funnel',
  'follow-up': 'Follow-up',
  reps: 'Reps',
  sources: 'Sources',
  calculator: 'Calculator',
};

export async function go(page: Page, view: keyof typeof NAV): Promise<void> {
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: NAV[view] }).click();
  if (view === 'calculator') await page.getByTestId('calculator').waitFor();
  else await page.locator(`[data-testid="view-${view}"][data-state="ready"]`).waitFor({ timeout: 60_000 });
}

/** The figures a reader sees first: every tile of the view, and its chart titles. */
export async function headline(page: Page, view: (typeof DASHBOARD)[number]): Promise<string[]> {
  const root = page.locator(`[data-testid="view-${view}"][data-state="ready"]`);
  await root.waitFor({ timeout: 60_000 });
  const tiles = await root
    .locator('.tile')
    .evaluateAll((els) =>
      els.map(
        (el) => `${el.querySelector('.label')?.textContent} = ${el.querySelector('.figure')?.textContent}`,
      ),
    );
  const titles = await root.locator('.chart-title').allTextContents();
  return [...tiles, ...titles];
}

export async function loadSample(app: App): Promise<void> {
  await app.page.getByRole('button', { name: 'Try sample data' }).click();
  await waitForState(app.page, 'ready');
  await app.page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
}

/** Values of the sample files that must never be in a snapshot. */
export function secrets() {
  const leads = records(sample('leads.csv'));
  const deals = records(sample('deals.csv'));
  const values = (rows: Record<string, string>[], column: string) => [
    ...new Set(rows.map((r) => r[column] ?? '').filter((v) => v.trim() !== '')),
  ];
  return {
    emails: [...values(leads, 'Email'), ...values(deals, 'Email')],
    leadIds: values(leads, 'Lead ID'),
    dealIds: values(deals, 'Opportunity ID'),
    owners: values(leads, 'Lead Owner'),
    companies: values(leads, 'Company'),
  };
}

/** The snapshot's JSON (what a reader of the file gets), without the viewer's own code. */
export function dataOf(html: string): string {
  const start = html.indexOf('<script type="application/json" id="leadgap-snapshot">');
  expect(start).toBeGreaterThan(0);
  return html.slice(start, html.indexOf('</script>', start));
}

/** test-results/screenshots/<name>.pdf and, where pdftoppm is installed, <name>-<page>.png. */
export async function savePdf(pdf: Buffer, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.pdf`);
  await writeFile(path, pdf);
  if (existsSync('/usr/bin/pdftoppm')) {
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', path, join(SCREENSHOT_DIR, name)]);
  }
}
