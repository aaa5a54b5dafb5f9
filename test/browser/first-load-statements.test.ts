/**
 * What the first click on "Try sample data" asks of DuckDB (issue 15), read through the `?bench=1`
 * hook's statement log (it only observes): the facts of the empty tables are built, and a made-up
 * pair loaded, shown and dropped (warm-up.test.ts), while the user reads the Data view, and after the
 * click the facts once, for the loaded pair; the Data view's deal-link
 * report is not asked on the way to the Overview. Back on the Data view, that report is there with
 * the counts worked out from the CSVs.
 */
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { countLinkable, records } from '../support/independent';
import { appPerTest, screenshots } from './harness';
import { backToData } from './landing';
import { statementLog } from './statement-log';

const apps = appPerTest();

describe('the first load of the sample', () => {
  it('builds the facts once for the loaded pair, and asks the link report only on the Data view', async () => {
    const leads = records(sample('leads.csv'));
    const deals = records(sample('deals.csv'));
    const linked = countLinkable(leads, deals, {
      leadId: ['Lead ID', 'Lead ID'],
      email: ['Email', 'Email'],
      company: ['Company', 'Account Name'],
    });

    const app = await apps.open({ path: '?bench=1' });
    const { page } = app;
    const { take } = await statementLog(page);
    const isFacts = (s: string) => /^CREATE OR REPLACE TEMP TABLE lead_facts_\d+ AS/.test(s);
    // While the user reads the Data view, the engine starts and builds the facts of the empty tables
    // (their first run on a cold engine then does not fall on the files' load); the last statement
    // of that build is the check that the stored facts pair with the views.
    const idle: string[] = [];
    const idleUntil = (starts: string) =>
      expect
        .poll(
          async () => {
            idle.push(...(await take()));
            return idle.some((s) => s.startsWith(starts));
          },
          { timeout: 60_000 },
        )
        .toBe(true);
    await idleUntil("SELECT current_setting('threads') = 1");
    expect(idle.filter(isFacts)).toHaveLength(1);
    // Then a made-up pair loaded and shown (store/engine-warm-up.ts), dropped once done: the first
    // real file's load is then not the engine's first.
    await idleUntil('DROP TABLE IF EXISTS sample_0');
    expect(idle.some((s) => /^CREATE OR REPLACE TABLE sample_0 AS/.test(s))).toBe(true);

    await page.getByRole('button', { name: 'Try sample data' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    const sql = await take();
    const dealsTable = sql.findIndex((s) => /^CREATE OR REPLACE TABLE deals_\d+ AS/.test(s));
    expect(dealsTable).toBeGreaterThan(0);
    // One build of the facts, for the loaded pair, after the deals file's rows are in.
    expect(sql.filter(isFacts)).toHaveLength(1);
    expect(sql.findIndex(isFacts)).toBeGreaterThan(dealsTable);
    // The link report's per-rule counts are the Data view's: not asked while landing on the Overview.
    expect(sql.filter((s) => s.includes('GROUP BY matched_by'))).toEqual([]);

    await backToData(page);
    const summary = page.getByTestId('match-summary');
    await summary.waitFor();
    await expect
      .poll(() => summary.locator('.tile .label').first().textContent())
      .toBe(`of ${deals.length.toLocaleString('en-US')} deals matched`);
    expect(await summary.locator('.tile .figure').first().textContent()).toBe(linked.toLocaleString('en-US'));
    await screenshots(page, 'first-load-data-view');
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
});
