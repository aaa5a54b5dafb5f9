import { afterEach, describe, expect, it } from 'vitest';
import { sample } from '../support/files';
import { records } from '../support/independent';
import { type App, openApp, screenshots, STATUS, waitForState } from './harness';
import { downloadJson } from './downloads';
import { backToData } from './landing';

/**
 * The browser's storage failing the saved copies of the files: refused (a private window), full
 * (quota), or changed by another tab. Each gets a message, and the data in the tab stays whole:
 * the JSON export still counts every sample row (counted here from the CSVs).
 */
let app: App | undefined;
afterEach(async () => {
  expect(app?.outsideRequests ?? []).toEqual([]);
  expect(app?.errors ?? []).toEqual([]);
  await app?.close();
  app = undefined;
});

interface Metrics {
  counts: { leads: number; deals: number };
}

const expected = () => ({
  leads: records(sample('leads.csv')).length,
  deals: records(sample('deals.csv')).length,
});

async function loadSample(current: App): Promise<Metrics> {
  const { page } = current;
  await page.getByRole('button', { name: 'Try sample data' }).click();
  await waitForState(page, 'ready');
  await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
  await backToData(page);
  return downloadJson<Metrics>(page, 'export-metrics');
}

/** Opens the app with `stub` run in every page before the site's scripts. */
async function openWith(stub: () => void): Promise<App> {
  const opened = await openApp();
  await opened.context.addInitScript(stub);
  await opened.page.reload();
  await opened.page.locator(STATUS).first().waitFor();
  return opened;
}

describe('when storage fails, nothing loaded is lost', () => {
  it('storage refused (a private window): a message, and every row still in the tab', async () => {
    app = await openWith(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      };
    });
    const metrics = await loadSample(app);
    expect(metrics.counts).toMatchObject(expected());
    const notice = await app.page.getByTestId('storage-notice').innerText();
    expect(notice).toMatch(/does not let the site keep files .*the data stays in this tab/);
    await screenshots(app.page, 'data-storage-refused', { fullPage: false });
  });

  it('storage full (quota): a message naming the file, and every row still in the tab', async () => {
    app = await openWith(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('Quota exceeded.', 'QuotaExceededError');
      };
    });
    const metrics = await loadSample(app);
    expect(metrics.counts).toMatchObject(expected());
    const notice = await app.page.getByTestId('storage-notice').innerText();
    expect(notice).toMatch(
      /“sample-(leads|deals)\.csv” is loaded in this tab, but the browser’s storage for this site is full/,
    );
  });

  it('two tabs on the same data: the other tab is told, and keeps what it shows', async () => {
    app = await openApp();
    const other = await app.context.newPage();
    await other.goto(app.baseUrl);
    await other.locator(STATUS).first().waitFor();
    const metrics = await loadSample(app);
    expect(metrics.counts).toMatchObject(expected());
    await other.getByTestId('storage-notice').waitFor();
    await expect(other.getByTestId('storage-notice').innerText()).resolves.toMatch(
      /open in another tab, which changed the saved files/,
    );
    await expect(other.locator(STATUS).first().getAttribute('data-state')).resolves.toBe('empty');
  });
});
