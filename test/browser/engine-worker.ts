import type { Page, Worker } from 'playwright-core';

/** The page's DuckDB worker (the only blob: worker: src/lib/db/browser.ts), once it has started. */
export async function duckdbWorker(page: Page): Promise<Worker> {
  for (let tries = 0; tries < 100; tries++) {
    const worker = page.workers().find((w) => w.url().startsWith('blob:'));
    if (worker) return worker;
    await page.waitForTimeout(100);
  }
  throw new Error(
    `no blob: worker; workers: ${page
      .workers()
      .map((w) => w.url())
      .join(', ')}`,
  );
}
