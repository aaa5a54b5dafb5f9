// The first load's baseline (issue 15): the same engine files and sample files as the built site,
// on a bare page that starts DuckDB-wasm and reads both files with read_csv (default sniffing), in
// a fresh browser context like the app's first load. Run beside each of the app's runs, it says how
// fast this machine is at that moment: the same build's first load measured 2.01, 2.64 and 3.49 s
// on three days. The app's time over this one compares runs across days; the target stays the
// app's own time.
/* global window */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { installNetworkGuard } from '../chromium.mjs';
import { serveSite } from './site.mjs';
import { REPO_ROOT, median, until } from './util.mjs';

// Runs in the bare page: the engine's steps as the app takes them (worker, instantiate, open,
// connect; the app's worker starts from a blob: and its session settings are left out), then each
// sample file fetched, registered and read. Times are the page's clock (from navigation).
const PAGE_SCRIPT = `
import * as duckdb from '@duckdb/duckdb-wasm';
window.__bare = (async () => {
  const started = performance.now();
  const worker = new Worker('./duckdb-browser-eh.worker.js');
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(new URL('./duckdb-eh.wasm', location.href).href);
  await db.open({});
  const conn = await db.connect();
  const engineReady = performance.now();
  let i = 0;
  for (const name of ['leads.csv', 'deals.csv']) {
    const bytes = new Uint8Array(await (await fetch(name)).arrayBuffer());
    await db.registerFileBuffer(name, bytes);
    await conn.query("CREATE TABLE t" + i++ + " AS SELECT * FROM read_csv('" + name + "')");
  }
  const read = performance.now();
  return { startedMs: started, engineMs: engineReady - started, readMs: read - engineReady, doneMs: read };
})().catch((error) => ({ error: String(error) }));
`;

/** Writes the bare page beside the site's files (in .tmp/bench-bare) and serves it. */
export async function serveBarePage(siteDir) {
  const dir = join(REPO_ROOT, '.tmp', 'bench-bare');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const assets = join(siteDir, '_astro');
  const files = readdirSync(assets);
  const pick = (pattern, as) => {
    const found = files.find((f) => pattern.test(f));
    if (!found) throw new Error(`the built site has no file like ${pattern} in ${assets}`);
    copyFileSync(join(assets, found), join(dir, as));
  };
  pick(/^duckdb-eh\..*\.wasm$/, 'duckdb-eh.wasm');
  pick(/^duckdb-browser-eh\.worker\..*\.js$/, 'duckdb-browser-eh.worker.js');
  pick(/^leads\..*\.csv$/, 'leads.csv');
  pick(/^deals\..*\.csv$/, 'deals.csv');
  await build({
    stdin: { contents: PAGE_SCRIPT, resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    outfile: join(dir, 'bare.js'),
    logLevel: 'warning',
  });
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bare</title><script type="module" src="./bare.js"></script>\n',
  );
  return serveSite(dir);
}

/** One bare first load in a fresh context: the engine's start and both files read, page clock. */
export async function bareRun(browser, url, { timeoutMs = 60_000 } = {}) {
  const context = await browser.newContext();
  const guard = installNetworkGuard(context, url);
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit', timeout: timeoutMs });
    await until(() => page.evaluate(() => window.__bare !== undefined), {
      timeoutMs,
      what: 'the bare page',
      intervalMs: 20,
    });
    const result = await page.evaluate(() => window.__bare);
    if (result.error) throw new Error(`bare first load: ${result.error}`);
    if (guard.outside.length) throw new Error(`bare page reached outside: ${guard.outside[0]}`);
    return result;
  } finally {
    await context.close().catch(() => {});
  }
}

/** The bare first loads' medians, and the app's first load over theirs (engine start → both read). */
export function bareSummary(bare, first) {
  if (bare.length === 0) return null;
  const ms = median(bare.map((b) => b.engineMs + b.readMs));
  return {
    ms,
    engineMs: median(bare.map((b) => b.engineMs)),
    readMs: median(bare.map((b) => b.readMs)),
    runs: bare.map((b) => b.engineMs + b.readMs),
    firstOverBare: first && ms > 0 ? first.ms / ms : null,
  };
}
