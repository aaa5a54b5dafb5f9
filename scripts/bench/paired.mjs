// Paired load ratios for --quick (issue 15). One app load against one bare read minutes later swung
// 3.7x–11.1x at 100k on a shared 2-core machine: the machine's load moved between the two. Here each
// app load is followed at once by a bare read of the same files (leads + deals), and the check takes
// the median of the pairs' ratios, so a slow phase of the machine slows both sides of a pair.
import { bareReadCsv } from './baseline.mjs';
import { clearData, measureLoad } from './ui.mjs';
import { median } from './util.mjs';

/**
 * `first`: the load already measured and the bare read right after it. `more` further pairs:
 * Clear data, load, Clear data, bare read. Returns every pair and the median ratio.
 */
export async function pairedLoadRatios(page, data, { first, more, timeoutMs }) {
  const pairs = first ? [first] : [];
  for (let i = 0; i < more; i += 1) {
    await clearData(page, { timeoutMs });
    const load = await measureLoad(page, data, { timeoutMs });
    // A loaded pair lands on the Overview a moment after ready: clear only once it has.
    await page
      .locator('[data-testid="view-overview"]')
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .catch(() => undefined);
    await clearData(page, { timeoutMs });
    const bare = await bareReadCsv(page, data, { runs: 1 });
    pairs.push({ loadMs: load.ms, bareMs: bare.totalMs });
  }
  const ratios = pairs.map((p) => p.loadMs / p.bareMs);
  return { pairs, ratios, median: ratios.length ? median(ratios) : null };
}
