// The in-page baseline: bare DuckDB-wasm `read_csv` (default sniffing, no mapping) of the same files
// on the app's own DuckDB instance, through window.__leadgapBench (scripts/bench/hook/bench-hook.ts,
// which the page imports only when the URL has ?bench=1). Only the DuckDB part is timed (registerFile +
// CREATE TABLE AS).
/* global window, document */
import { median } from './util.mjs';

export const BENCH_INPUT = '#leadgap-bench-input';

/** The hook arrives by a dynamic import after the page script runs: wait for it a little. */
export const hookInstalled = (page, timeoutMs = 15_000) =>
  page
    .waitForFunction(() => typeof window.__leadgapBench?.readCsvAuto === 'function', null, {
      timeout: timeoutMs,
    })
    .then(
      () => true,
      () => false,
    );

/** Starts the page's DuckDB (the time to a usable engine), so the app's load does not include it. */
export const warmUp = (page) => page.evaluate(() => window.__leadgapBench.warmUp()).then((r) => r.ms);

export const engineMemory = (page) =>
  page.evaluate(() => window.__leadgapBench.engineMemory()).catch(() => null);

/**
 * Reads leads and deals `runs` times each; keeps every run and the median per file.
 * @returns {Promise<{ leads: {ms, rows}, deals: {ms, rows}, totalMs: number, runs: object[] }>}
 */
export async function bareReadCsv(page, files, { runs = 1 } = {}) {
  await page.locator(BENCH_INPUT).setInputFiles([files.leads.path, files.deals.path]);
  const all = [];
  for (let run = 0; run < runs; run += 1) {
    const one = {};
    for (const [index, kind] of [
      [0, 'leads'],
      [1, 'deals'],
    ]) {
      one[kind] = await page.evaluate(
        ([selector, i]) => window.__leadgapBench.readCsvAuto(document.querySelector(selector).files[i]),
        [BENCH_INPUT, index],
      );
    }
    all.push(one);
  }
  const pick = (kind) => ({ ms: median(all.map((r) => r[kind].ms)), rows: all[0][kind].rows });
  const leads = pick('leads');
  const deals = pick('deals');
  return { leads, deals, totalMs: leads.ms + deals.ms, runs: all };
}
