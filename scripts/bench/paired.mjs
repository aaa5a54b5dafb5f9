// Paired load ratios for --quick (issue 15). One app load against one bare read half a minute later
// swung 3.7x–11.1x at 100k on a shared 2-core machine: the machine's load moved between the two.
// Here each app load is followed at once by a bare read of the same files (leads + deals), timed
// both ways: wall clock, and the CPU seconds the renderer used (main thread + DuckDB's worker),
// which other work on the machine hardly moves. The check takes the median CPU ratio of the pairs.
import { bareReadCsv } from './baseline.mjs';
import { rendererCpuSeconds } from './browser.mjs';
import { engineQuiet } from './filters.mjs';
import { clearData, measureLoad } from './ui.mjs';
import { median } from './util.mjs';

async function cpuOf(browser, work) {
  const before = await rendererCpuSeconds(browser);
  const result = await work();
  const after = await rendererCpuSeconds(browser);
  return { result, cpuMs: before === null || after === null ? null : (after - before) * 1000 };
}

/** A load once it has landed on the Overview (a moment after ready): only then is it cleared. */
async function landed(page) {
  await page
    .locator('[data-testid="view-overview"]')
    .first()
    .waitFor({ state: 'visible', timeout: 15_000 })
    .catch(() => undefined);
}

/**
 * `first`: the load already measured (wall clock only) and the bare read after it. Then `more`
 * pairs: Clear data, load, Clear data, bare read, each timed by wall clock and renderer CPU.
 */
export async function pairedLoadRatios(page, data, { first, more, timeoutMs }) {
  const browser = page.context().browser();
  const pairs = first ? [first] : [];
  for (let i = 0; i < more; i += 1) {
    await clearData(page, { timeoutMs });
    await engineQuiet(page, { timeoutMs });
    const load = await cpuOf(browser, () => measureLoad(page, data, { timeoutMs }));
    await landed(page);
    await clearData(page, { timeoutMs });
    const bare = await cpuOf(browser, () => bareReadCsv(page, data, { runs: 1 }));
    pairs.push({
      loadMs: load.result.ms,
      bareMs: bare.result.totalMs,
      loadCpuMs: load.cpuMs,
      bareCpuMs: bare.cpuMs,
    });
  }
  const ratios = pairs.map((p) => p.loadMs / p.bareMs);
  const cpu = pairs.filter((p) => p.loadCpuMs && p.bareCpuMs).map((p) => p.loadCpuMs / p.bareCpuMs);
  return {
    pairs,
    ratios,
    median: ratios.length ? median(ratios) : null,
    cpuRatios: cpu,
    cpuMedian: cpu.length ? median(cpu) : null,
  };
}
