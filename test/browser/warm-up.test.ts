/**
 * The engine's warm-up (store/engine-warm-up.ts) in the built site, read through the `?bench=1`
 * hook's statement log (it only observes): it loads a made-up pair and computes its figures while
 * the user reads the Data view, then drops it all; a file chosen while it runs cancels it and is read
 * after it, alone, so every figure is the file's own.
 */
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { appPerTest } from './harness';
import { downloadJson } from './downloads';
import { statementLog } from './statement-log';

/** The JSON export's counts (lib/metrics/export.ts). */
interface Metrics {
  counts: { leads: number; deals: number };
}

const apps = appPerTest();

const isFacts = (s: string) => /^CREATE OR REPLACE TEMP TABLE lead_facts_\d+ AS/.test(s);

/** Takes the page's statements into `sql` until one starts with `start`. */
async function until(take: () => Promise<string[]>, sql: string[], start: string, interval = 100) {
  await expect
    .poll(
      async () => {
        sql.push(...(await take()));
        return sql.some((s) => s.startsWith(start));
      },
      { timeout: 60_000, interval },
    )
    .toBe(true);
}

describe('the engine warm-up', () => {
  it('is cancelled by a file chosen while it runs: its rows go first, the Overview counts the file alone', async () => {
    const leads = records(sample('leads.csv'));
    const deals = records(sample('deals.csv'));
    const app = await apps.open({ path: '?bench=1' });
    const { page } = app;
    const { take } = await statementLog(page);
    const sql: string[] = [];
    // The warm-up has started once its made-up leads are being detected.
    await until(take, sql, 'CREATE OR REPLACE TABLE sample_0 AS', 20);
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    sql.push(...(await take()));

    // Its tables were dropped before the sample's leads were read, and it computed no figure.
    const dropped = sql.findIndex((s) => s.startsWith('DROP TABLE IF EXISTS leads_0'));
    const sampleRead = sql.findIndex((s) => /^CREATE OR REPLACE TABLE leads_[1-9]\d* AS/.test(s));
    expect(dropped).toBeGreaterThan(-1);
    expect(sampleRead).toBeGreaterThan(dropped);
    expect(sql.some((s) => s.startsWith('CREATE OR REPLACE TABLE deals_999999999'))).toBe(false);
    // The facts of the empty tables, then the sample's: none of the warm-up's.
    expect(sql.filter(isFacts)).toHaveLength(2);

    const json = await downloadJson<Metrics>(page, 'export-metrics');
    expect([json.counts.leads, json.counts.deals]).toEqual([leads.length, deals.length]);
    await expect(page.getByTestId('tile-leads').textContent()).resolves.toContain(
      leads.length.toLocaleString('en-US'),
    );
    expect(app.errors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });

  it('does not start once a file was chosen before the engine was ready', async () => {
    const leads = records(sample('leads.csv'));
    const app = await apps.open({ path: '?bench=1' });
    const { page } = app;
    const { take } = await statementLog(page);
    // As soon as the page takes the click: the engine is still being downloaded and started.
    await page.getByRole('button', { name: 'Try sample data' }).click();
    await page.locator('[data-testid="view-overview"][data-state="ready"]').waitFor({ timeout: 60_000 });
    // Past the time the warm-up would have taken to start and run.
    await page.waitForTimeout(3000);
    const sql = await take();
    expect(sql.some((s) => /^CREATE OR REPLACE TABLE leads_[1-9]\d* AS/.test(s))).toBe(true);
    expect(sql.filter((s) => /_(0|999999999)\b/.test(s))).toEqual([]);
    const json = await downloadJson<Metrics>(page, 'export-metrics');
    expect(json.counts.leads).toBe(leads.length);
    expect(app.errors).toEqual([]);
  });

  it('runs to its end while the user reads, and leaves nothing behind', async () => {
    const app = await apps.open({ path: '?bench=1' });
    const { page } = app;
    const { take } = await statementLog(page);
    const sql: string[] = [];
    // Its last step: the made-up deals dropped, and the deals matched again over what is left.
    await until(take, sql, 'DROP TABLE IF EXISTS deals_999999999');
    // The made-up pair was loaded and its figures computed, a filter on two sources among them.
    expect(sql.some((s) => s.startsWith('CREATE OR REPLACE TABLE deals_999999999 AS'))).toBe(true);
    expect(sql.filter(isFacts)).toHaveLength(2);
    expect(sql.some((s) => s.includes("list_contains([hash('Web'), hash('Referral')]"))).toBe(true);
    // Every table it made is gone.
    const made = sql.flatMap((s) => /^CREATE OR REPLACE (?:TEMP )?TABLE (\w+)/.exec(s)?.[1] ?? []);
    const warmUps = made.filter((name) => /_(0|999999999)$/.test(name) || /^lead_facts_2$/.test(name));
    expect(warmUps.length).toBeGreaterThan(3);
    for (const name of warmUps) expect(sql).toContain(`DROP TABLE IF EXISTS ${name}`);
    expect(app.errors).toEqual([]);
  });
});
