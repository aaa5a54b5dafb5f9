import type { Worker } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { viewReady } from './a11y-pages';
import { downloadJson } from './downloads';
import { duckdbWorker } from './engine-worker';
import { appPerTest, screenshots } from './harness';
import { loadSample } from './share-helpers';

// Figures that cannot be computed (the engine out of memory, say) are never a silent wait: the view
// says so with "Try again", the export says so beside its button, and once the engine answers again
// both work, without reloading. The failure is made in the DuckDB worker itself: while `failing` is
// set, it answers every query with an error.
const apps = appPerTest();

/** Replaces the worker's message handler by one that refuses queries while `failing` is true. */
function refuseQueries(worker: Worker): Promise<void> {
  return worker.evaluate(() => {
    const scope = self as unknown as {
      onmessage: (event: MessageEvent) => unknown;
      failing: boolean;
      failures?: number;
      postMessage: (message: unknown) => void;
    };
    const original = scope.onmessage;
    scope.failing = true;
    scope.onmessage = (event: MessageEvent<{ type: string; messageId: number }>) => {
      if (!scope.failing || event.data.type !== 'RUN_QUERY') return original(event);
      scope.failures = (scope.failures ?? 0) + 1;
      scope.postMessage({
        messageId: 1e9 + event.data.messageId,
        requestId: event.data.messageId,
        type: 'ERROR',
        data: { name: 'Error', message: `Out of Memory Error: made by the test #${scope.failures}` },
      });
      return undefined;
    };
  });
}

const stopRefusing = (worker: Worker) =>
  worker.evaluate(() => {
    (self as unknown as { failing: boolean }).failing = false;
  });

describe('figures that cannot be computed', () => {
  it('the view and the export say why and offer to try again, which then works', async () => {
    const app = await apps.open();
    const { page } = app;
    await loadSample(app);
    const overview = page.getByTestId('view-overview');
    await viewReady(page, 'Overview');
    const worker = await duckdbWorker(page);
    await refuseQueries(worker);

    // A tighter SLA is a new state of the facts: every Overview figure is asked again, and fails.
    await page.getByTestId('edit-definition').click();
    const dialog = page.getByRole('dialog', { name: /What counts as a lead/ });
    await dialog.getByLabel('Follow-up SLA (hours)').fill('24');
    await dialog.getByTestId('save-definition').click();
    await overview.and(page.locator('[data-state="error"]')).waitFor();
    const failure = page.getByTestId('view-failure');
    await expect(failure.textContent()).resolves.toMatch(
      /Some figures could not be computed.*Out of Memory Error: made by the test #\d+/,
    );
    await expect(overview.textContent()).resolves.not.toContain('Counting your leads');

    const button = page.getByTestId('export-metrics');
    await button.click();
    const message = page.getByTestId('export-status');
    await expect(message.textContent()).resolves.toMatch(
      /^The figures could not be exported: Out of Memory Error: made by the test #\d+\. Try again/,
    );
    await expect(button.isEnabled()).resolves.toBe(true);
    await screenshots(page, 'figures-failed', { fullPage: false });

    await stopRefusing(worker);
    await page.getByTestId('view-retry').click();
    await viewReady(page, 'Overview');
    await expect(failure.count()).resolves.toBe(0);
    const json = await downloadJson<{ slaHours: number; counts: { leads: number } }>(page, 'export-metrics');
    expect(json.slaHours).toBe(24);
    expect(json.counts.leads).toBeGreaterThan(0);
    await expect(message.count()).resolves.toBe(0);
    const tiles = await page.getByTestId('tile-leads').locator('.figure').textContent();
    expect(tiles?.replace(/\D/g, '')).toBe(String(json.counts.leads));
  });
});
