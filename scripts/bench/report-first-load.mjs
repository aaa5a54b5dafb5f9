// The report's lines on what a user feels (first-load.mjs): the sample's first load, its bare
// baseline and the reload.
import { formatMs } from './util.mjs';

/** Target of issue 15: click on "Try sample data" in a fresh browser → Overview drawn. */
export const FIRST_LOAD_TARGET_MS = 2500;

/** "What a user feels" (first-load.mjs): the sample's first load and the reload, with their breakdown. */
export function firstLoadLines(firstLoad) {
  if (!firstLoad?.first) return firstLoad?.errors?.length ? [`first load: ${firstLoad.errors[0]}`] : [];
  const { first, reload, loadAverage, delayMs, bare } = firstLoad;
  const runs = (s) =>
    `runs ${s.runs.map(formatMs).join(', ')}; renderer CPU ${s.cpuRuns.map(formatMs).join(', ')}`;
  const steps = (b) =>
    [
      b.sampleFetchedMs !== null ? `sample files fetched ${formatMs(b.sampleFetchedMs)}` : null,
      `engine ready ${formatMs(b.engineReadyMs)} (CPU ${formatMs(b.engineCpuMs)})`,
      `files loaded ${formatMs(b.filesReadyMs)} (CPU ${formatMs(b.loadCpuMs)})`,
      `then Overview drawn +${formatMs(b.firstViewMs)} (CPU ${formatMs(b.firstViewCpuMs)})`,
    ]
      .filter(Boolean)
      .join(' · ');
  const verdict = (ok) => (ok ? 'meets' : 'MISSES');
  const lines = [
    `What a user feels (sample data, fresh browser context, click ${delayMs ? `${formatMs(delayMs)} after the page is up` : 'as soon as the page takes it'}; medians of ${first.runs.length}; load avg ${loadAverage.before.toFixed(1)} / ${loadAverage.after.toFixed(1)}):`,
    `  click "Try sample data" → Overview drawn: ${formatMs(first.ms)} (${verdict(first.ms < FIRST_LOAD_TARGET_MS)} < ${formatMs(FIRST_LOAD_TARGET_MS)}; ${runs(first)})`,
    `    after the click: ${steps(first.breakdown)}`,
  ];
  if (bare) {
    // After a wait the app's engine is up before the click, the bare page's never: no ratio then.
    const ratio = delayMs ? '' : `; first load / bare ${bare.firstOverBare.toFixed(2)}x`;
    lines.push(
      `  bare page, same engine and files (start DuckDB-wasm, read_csv both): ${formatMs(bare.ms)} (engine ${formatMs(bare.engineMs)} + read ${formatMs(bare.readMs)}; runs ${bare.runs.map(formatMs).join(', ')})${ratio}`,
    );
  }
  if (reload) {
    // The reload is timed from navigation, its engine started then; after a wait the first load's
    // click came once its engine was up: the two are not compared.
    const against = delayMs
      ? 'not compared with a first load clicked after a wait'
      : `${verdict(reload.ms <= first.ms)} ≤ first load`;
    lines.push(
      `  reload with stored files → Overview drawn: ${formatMs(reload.ms)} (${against}; ${runs(reload)})`,
      `    after navigation: ${steps(reload.breakdown)}`,
    );
  }
  for (const error of firstLoad.errors) lines.push(`  ERROR: ${error}`);
  return lines;
}
