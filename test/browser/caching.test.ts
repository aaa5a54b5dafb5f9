import { describe, expect, it } from 'vitest';
import { type App, appPerTest } from './harness';

/**
 * What a browser may keep (public/_headers, sent by `npm start` as a static host would): the files
 * under /_astro/ are named by their content's hash, so they are kept for good and the engine's
 * 34 MB wasm is not fetched again on a return visit; the page itself is always revalidated, so a new
 * build is picked up. The site's other headers (the Content-Security-Policy above all) reach both.
 */
const apps = appPerTest();

/** The engine's files, as the DuckDB worker fetched them (paths under the site). */
async function engineFiles(current: App): Promise<string[]> {
  for (let tries = 0; tries < 300; tries++) {
    for (const worker of current.page.workers()) {
      const names = await worker
        .evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname))
        .catch(() => [] as string[]);
      if (names.some((name) => name.endsWith('.wasm'))) return names;
    }
    await current.page.waitForTimeout(100);
  }
  throw new Error('the DuckDB worker fetched no .wasm file');
}

describe('caching', () => {
  it('keeps the content-hashed engine files for good and revalidates the page', async () => {
    const app = await apps.open();
    const files = await engineFiles(app);
    const wasm = files.find((name) => name.endsWith('.wasm')) ?? '';
    expect(wasm).toMatch(/^\/_astro\/duckdb-[\w-]+\.[\w-]+\.wasm$/);
    for (const path of files) {
      const response = await app.page.request.get(new URL(path, app.baseUrl).href);
      expect(response.status()).toBe(200);
      expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers()['content-security-policy'] ?? '').toMatch(/default-src 'self'/);
    }
    const page = await app.page.request.get(app.baseUrl);
    expect(page.headers()['cache-control']).toBe('no-cache');
    expect(page.headers()['content-security-policy'] ?? '').toMatch(/default-src 'self'/);
  });
});
