// The bench hook (scripts/bench/hook/bench-hook.ts) is tooling, not product: the page a user loads
// fetches none of it; only `?bench=1` (what `npm run bench` opens) loads its chunk. The chunk is
// found in the served build by a string only the hook contains, so a renamed chunk is still caught.
import { readFileSync, readdirSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { appPerTest, waitForState } from './harness';

/** The window property the hook installs: in its source, and nowhere else in the site. */
const MARKER = '__leadgapBench';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
/** The folder test/setup/browser-global.ts serves (LEADGAP_DIST, default dist/). */
const siteDir = (() => {
  const root = process.env['LEADGAP_DIST'] ?? 'dist';
  return isAbsolute(root) ? root : resolve(repoRoot, root);
})();

/** '/_astro/<name>.js' of every built script, with its text. */
function builtScripts(): Map<string, string> {
  const dir = join(siteDir, '_astro');
  const scripts = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.js')) scripts.set(`/_astro/${name}`, readFileSync(join(dir, name), 'utf8'));
  }
  return scripts;
}

/** The path of every resource the document fetched (scripts, modulepreloads, wasm, CSV …). */
async function fetchedPaths(page: Page): Promise<string[]> {
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
  return [...new Set(urls.map((url) => new URL(url).pathname))];
}

async function loadSample(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Try sample data' }).click();
  await waitForState(page, 'ready');
  await page.getByTestId('dataset-status').filter({ hasText: '2 files' }).waitFor();
}

const hookState = (page: Page) =>
  page.evaluate(() => ({
    property: '__leadgapBench' in window,
    input: document.getElementById('leadgap-bench-input') !== null,
  }));

const apps = appPerTest();

describe('bench code stays out of the product', () => {
  const scripts = builtScripts();
  const hookChunks = [...scripts].filter(([, text]) => text.includes(MARKER)).map(([path]) => path);

  it('the build has exactly one chunk with the hook in it', () => {
    expect(hookChunks).toHaveLength(1);
    expect(hookChunks[0]).toMatch(/^\/_astro\/bench-hook\.[\w-]+\.js$/);
  });

  it('without ?bench=1 no fetched script holds the hook, and the page exposes none of it', async () => {
    const app = await apps.open();
    const { page } = app;
    await page.evaluate(() => performance.setResourceTimingBufferSize(10_000));
    await loadSample(page);

    const fetched = await fetchedPaths(page);
    const fetchedScripts = fetched.filter((path) => scripts.has(path));
    // The check means something only if the app's code was fetched, up to its DuckDB client
    // (src/lib/db/browser.ts, found by a property name it reads from duckdb-wasm).
    expect(fetchedScripts.length).toBeGreaterThan(3);
    expect(fetchedScripts.some((path) => scripts.get(path)?.includes('_onExecutionProgress'))).toBe(true);
    expect(fetchedScripts.filter((path) => hookChunks.includes(path))).toEqual([]);
    expect(fetchedScripts.filter((path) => scripts.get(path)?.includes(MARKER))).toEqual([]);
    await expect(hookState(page)).resolves.toEqual({ property: false, input: false });
  });

  it('with ?bench=1 the hook is fetched, installed, and sees the app’s statements', async () => {
    const app = await apps.open({ path: '?bench=1' });
    const { page } = app;
    await page.waitForFunction(() => typeof window.__leadgapBench?.takeQueries === 'function', null, {
      timeout: 30_000,
    });
    await expect(hookState(page)).resolves.toEqual({ property: true, input: true });
    expect((await fetchedPaths(page)).filter((path) => hookChunks.includes(path))).toEqual(hookChunks);

    await page.evaluate(() => window.__leadgapBench?.takeQueries());
    await loadSample(page);
    const queries = await page.evaluate(() => window.__leadgapBench?.takeQueries() ?? []);
    // The load's statements reached the hook through lib/db's statement observer.
    expect(queries.length).toBeGreaterThan(5);
    expect(queries.every((q) => typeof q.sql === 'string' && q.sql.length > 0 && q.ms >= 0)).toBe(true);
    expect(queries.some((q) => /read_csv/i.test(q.sql))).toBe(true);
  });
});
