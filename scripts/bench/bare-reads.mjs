// The bare baselines of one size (issue 15): in the app's page after its data is cleared (the runs
// the ratios divide by, and the quick check's pairs), and once in a fresh page, as cold as the app's
// own load. A page's first big read pays for memory the engine has not used yet: at 1M leads a fresh
// page's first bare read took ~150,000 page faults and the reads after it ~55,000 (in three pages the
// first took 2.96, 2.74 and 2.48 s, the two after it 2.11–2.81 s). The app's load is always such a
// first read; the bare reads in its page never are.
import { bareReadCsv, hookInstalled, warmUp } from './baseline.mjs';
import { openBrowser } from './browser.mjs';
import { engineQuiet } from './filters.mjs';
import { pairedLoadRatios } from './paired.mjs';
import { clearData, openPage } from './ui.mjs';
import { formatMs } from './util.mjs';

/**
 * Clear data, then the bare reads in the app's page (`runs` of them); with `quick`, the paired
 * load ratios after them. Sets `size.bareWasm` and `size.pairedLoad`; failures go to `size.errors`.
 */
export async function barePageReads(page, data, size, { runs, quick, timeoutMs, say, step }) {
  await step(size.errors, 'clear data', () => clearData(page, { timeoutMs }));
  say(`bare wasm read_csv (${runs} run${runs > 1 ? 's' : ''}) …`);
  size.bareWasm = await step(size.errors, 'bare wasm', () => bareReadCsv(page, data, { runs }));
  if (!size.bareWasm) return;
  say(`bare wasm read_csv: ${formatMs(size.bareWasm.totalMs)}`);
  if (quick && size.app.load) {
    const [run] = size.bareWasm.runs;
    const first = { loadMs: size.app.load.ms, bareMs: run.leads.ms + run.deals.ms };
    size.pairedLoad = await step(size.errors, 'paired loads', () =>
      pairedLoadRatios(page, data, { first, more: 3, timeoutMs }),
    );
    if (size.pairedLoad) {
      const shown = (list) => list.map((r) => `${r.toFixed(2)}x`).join(', ');
      say(`app load / bare read, paired wall clock: ${shown(size.pairedLoad.ratios)}`);
      say(`app load / bare read, paired renderer CPU: ${shown(size.pairedLoad.cpuRatios)}`);
    }
  }
  for (const kind of ['leads', 'deals']) {
    if (size.bareWasm[kind].rows !== data[kind].rows) {
      size.warnings.push(
        `bare read_csv found ${size.bareWasm[kind].rows} ${kind} rows, the generator wrote ${data[kind].rows}`,
      );
    }
  }
}

/**
 * One bare read of the files in a new browser's page, its engine started and quiet as the app's
 * was before its load: the baseline as cold as the app's load.
 */
export async function freshPageBareRead(baseUrl, data, { timeoutMs }) {
  const b = await openBrowser(baseUrl);
  try {
    await openPage(b.page, baseUrl);
    if (!(await hookInstalled(b.page))) throw new Error('the bench hook did not load');
    await warmUp(b.page);
    await engineQuiet(b.page, { timeoutMs });
    return await bareReadCsv(b.page, data, { runs: 1 });
  } finally {
    await b.close();
  }
}
