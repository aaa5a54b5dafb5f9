import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { appPerTest, screenshots, STATUS, waitForState } from './harness';
import { downloadJson } from './downloads';

/**
 * A reload reads the saved files back from IndexedDB and loads them: it must not write them again
 * (issue 15: every reload rewrote every saved file, ~1 s per 200 MB, and told the site's other tabs
 * that the saved files had changed). Counted at the browser's own IndexedDB `put`.
 */
const apps = appPerTest();

interface Metrics {
  counts: { leads: number; deals: number };
}

/** Records in the app's saved-uploads store (IndexedDB 'leadgap' / 'uploads'). */
const savedCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('leadgap');
        open.onerror = () => resolve(-1);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('uploads')) {
            db.close();
            resolve(0);
            return;
          }
          const count = db.transaction('uploads').objectStore('uploads').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => resolve(-1);
        };
      }),
  );

async function savedCountIs(page: Page, expected: number): Promise<void> {
  await expect.poll(() => savedCount(page), { timeout: 30_000 }).toBe(expected);
}

describe('a reload with saved files', () => {
  it('loads them back without writing them to IndexedDB again', async () => {
    const app = await apps.open();
    const { page, context } = app;
    // Every document of the context counts the puts into the saved-uploads store.
    await context.addInitScript(() => {
      const put = IDBObjectStore.prototype.put;
      const counted = window as unknown as { __uploadPuts: number };
      counted.__uploadPuts = 0;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (this.name === 'uploads') counted.__uploadPuts += 1;
        return put.apply(this, args);
      };
    });
    await page.reload();
    await page.locator(STATUS).first().waitFor();

    await page.getByRole('button', { name: 'Try sample data' }).click();
    await waitForState(page, 'ready');
    await savedCountIs(page, 2);
    // The first load saves each file once.
    await expect(
      page.evaluate(() => (window as unknown as { __uploadPuts: number }).__uploadPuts),
    ).resolves.toBe(2);

    await page.reload();
    await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor({ timeout: 60_000 });
    const metrics = await downloadJson<Metrics>(page, 'export-metrics');
    expect(metrics.counts).toMatchObject({
      leads: records(sample('leads.csv')).length,
      deals: records(sample('deals.csv')).length,
    });
    await screenshots(page, 'reload-saved-data', { fullPage: false });

    // Clear data empties the store after every write queued before it: once it is empty, any
    // rewrite of the restored files would have been counted.
    await page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'Data', exact: true })
      .click();
    await page.getByTestId('clear-data').click();
    await waitForState(page, 'empty');
    await savedCountIs(page, 0);
    await expect(
      page.evaluate(() => (window as unknown as { __uploadPuts: number }).__uploadPuts),
    ).resolves.toBe(0);
  });
});
