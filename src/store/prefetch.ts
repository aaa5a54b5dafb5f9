/**
 * The other views' figures, computed while the user reads the Overview (issue 15): after new data
 * or a new lead definition, once the Overview's own figures are in (link-figures.ts), each view's
 * default metrics run one at a time through the engine's cache, so opening Funnel, Follow-up, Reps
 * or Sources finds them ready; then the codes of the dimensions a chart click filters by; then the
 * Overview's figures under a click on each of its largest source bars, so that click answers from
 * the cache (mosaic pre-aggregates when a chart is activated; here the few likely next states are
 * computed whole, with the same statements, so no figure can differ). Not after a filter change:
 * filters change in quick runs, and each run would queue a dozen queries before the next filter's
 * on DuckDB's one worker. Any change of the store's filters stops the work between two statements.
 */
import { comparisonParams, type EngineState, type MetricName, type MetricsEngine } from '../lib/metrics';
import { toggledFilter } from './analysis-slice';
import { useAppStore, type AppState } from './app-store';
import { readingFiles } from './files-settled';
import { currentEngine } from './use-metric';

/** Each view's metrics as it first asks for them (views/*View.tsx), in the rail's order. */
function viewMetrics(state: AppState): [MetricName, ...unknown[]][] {
  const comparison = comparisonParams(state.comparison);
  return [
    ['funnel'],
    ['segmentedFunnel', 'source'],
    ['responseDistribution'],
    ['cohortTrend'],
    ['byOwner'],
    ['capacity'],
    ['comparisonBy', 'owner', ...comparison],
    ['byDimension', 'source'],
    ['comparisonBy', 'source', ...comparison],
    ['unmatchedDeals'],
    ['lostReasons'],
  ];
}

/**
 * The dimensions a click on a chart filters by (the Overview's and Sources' bars, Reps' rows): their
 * codes are made next, so a first filter on them compares codes (dimension-codes.ts). Others are
 * made after their first filter.
 */
const CLICK_FILTERS = ['source', 'owner'];

/**
 * The Overview's metrics as it asks for them (OverviewView, use-tile-compare.ts, PeriodComparison,
 * the currencies): the summary's first (overview-summary.ts: one statement answers five).
 */
function overviewMetrics(state: AppState): [MetricName, ...unknown[]][] {
  const { granularity } = state.comparison;
  return [
    ['followUp'],
    ['viewCounts'],
    ['revenue'],
    ['calculatorPrefill'],
    ['currencies'],
    ['comparison', ...comparisonParams(state.comparison)],
    ['periodSeries', granularity === 'custom' ? 'month' : granularity],
  ];
}

/**
 * How many of the Overview's source bars, largest first, get their click's figures ahead (at 1M
 * leads each costs ~150 ms of DuckDB's worker while the user reads).
 */
const CLICKS_AHEAD = 8;

let done: string | null = null;

/** How long the prefetch waits at most for the page to settle (a view that never does). */
const SETTLE_LIMIT_MS = 3000;

/**
 * Resolves once nothing on the page says it is busy (the Overview's root and the lazy views'
 * fallback set aria-busy) and the main thread is idle, or after SETTLE_LIMIT_MS: the prefetch's
 * statements then run while the user reads the Overview, not while its chunk loads and it draws
 * (issue 15: on a first load they took the one DuckDB worker and the CPU the Overview waited for).
 */
async function pageSettled(): Promise<void> {
  if (typeof document === 'undefined' || typeof window.requestIdleCallback !== 'function') return;
  const until = performance.now() + SETTLE_LIMIT_MS;
  for (;;) {
    await new Promise((resolve) => window.requestIdleCallback(resolve, { timeout: 500 }));
    if (document.querySelector('main [aria-busy="true"]') === null || performance.now() > until) return;
  }
}

const basisOf = (state: AppState) => `${state.dataVersion}|${JSON.stringify(state.definition)}`;

/** Runs the views' metrics for the store's data and definition, once per those. */
export async function prefetchViews(): Promise<void> {
  const state = useAppStore.getState();
  const basis = basisOf(state);
  if (state.uploads.length === 0 || done === basis || readingFiles(state)) return;
  done = basis;
  await pageSettled();
  const { engine, state: engineState } = await currentEngine();
  // The data, definition, filters or comparison moved on: what is asked now is another state's.
  const moved = () => {
    const now = useAppStore.getState();
    return (
      basisOf(now) !== basis ||
      now.filters !== state.filters ||
      now.comparison !== state.comparison ||
      readingFiles(now)
    );
  };
  const runAll = async (at: EngineState, metrics: [MetricName, ...unknown[]][]) => {
    for (const [name, ...params] of metrics) {
      if (moved()) return;
      await engine.runNamed(at, name, params).catch(() => undefined);
    }
  };
  await runAll(engineState, viewMetrics(state));
  if (moved()) return;
  await engine.prepareFilters(engineState, CLICK_FILTERS).catch(() => undefined);
  for (const value of await largestSources(engine, engineState)) {
    await runAll(
      { ...engineState, filters: toggledFilter(state.filters, 'source', value) },
      overviewMetrics(state),
    );
  }
}

/** The values of the Overview's largest source bars (the Overview's own statement: cached). */
async function largestSources(engine: MetricsEngine, state: EngineState): Promise<string[]> {
  const rows = await engine.run(state, 'byDimension', 'source').catch(() => null);
  return (rows ?? []).slice(0, CLICKS_AHEAD).map((row) => row.value);
}
