/**
 * The other views' figures, computed while the user reads the Overview (issue 15): after new data
 * or a new lead definition, once the Overview's own figures are in (link-figures.ts), each view's
 * default metrics run one at a time through the engine's cache, so opening Funnel, Follow-up, Reps
 * or Sources finds them ready; then the codes of the dimensions a chart click filters by (the
 * clicks themselves are computed ahead by click-ahead.ts, after this). Not after a filter change:
 * filters change in quick runs, and each run would queue a dozen queries before the next filter's
 * on DuckDB's one worker. Any change of the store's filters stops the work between two statements.
 */
import { useAppStore, type AppState } from './app-store';
import { readingFiles } from './files-settled';
import { currentEngine } from './use-metric';
import { viewMetrics } from './view-metrics';

/**
 * The dimensions a click on a chart filters by (the Overview's and Sources' bars, Reps' rows): their
 * codes are made next, so a first filter on them compares codes (dimension-codes.ts). Others are
 * made after their first filter.
 */
const CLICK_FILTERS = ['source', 'owner'];

let done: string | null = null;
let running: Promise<void> = Promise.resolve();

/** How long the prefetch waits at most for the page to settle (a view that never does). */
const SETTLE_LIMIT_MS = 3000;

/**
 * Resolves once nothing on the page says it is busy (the Overview's root and the lazy views'
 * fallback set aria-busy) and the main thread is idle, or after SETTLE_LIMIT_MS: the prefetch's
 * statements then run while the user reads the Overview, not while its chunk loads and it draws
 * (issue 15: on a first load they took the one DuckDB worker and the CPU the Overview waited for).
 */
export async function pageSettled(): Promise<void> {
  if (typeof document === 'undefined' || typeof window.requestIdleCallback !== 'function') return;
  const until = performance.now() + SETTLE_LIMIT_MS;
  for (;;) {
    await new Promise((resolve) => window.requestIdleCallback(resolve, { timeout: 500 }));
    if (document.querySelector('main [aria-busy="true"]') === null || performance.now() > until) return;
  }
}

/** What the stored facts depend on: the data and the lead definition. */
export const basisOf = (state: AppState) => `${state.dataVersion}|${JSON.stringify(state.definition)}`;

/**
 * Whether the store moved on from `state` (its data, definition, filters or comparison, or files
 * being read): work started for it is then another state's, and stops.
 */
export function movedFrom(state: AppState): () => boolean {
  const basis = basisOf(state);
  return () => {
    const now = useAppStore.getState();
    return (
      basisOf(now) !== basis ||
      now.filters !== state.filters ||
      now.comparison !== state.comparison ||
      readingFiles(now)
    );
  };
}

/** The views' prefetch last started, and for which basis (work queued after it awaits it). */
export function viewsPrefetch(): { basis: string | null; done: Promise<void> } {
  return { basis: done, done: running };
}

/** Runs the views' metrics for the store's data and definition, once per those. */
export function prefetchViews(): Promise<void> {
  const state = useAppStore.getState();
  const basis = basisOf(state);
  if (state.uploads.length === 0 || done === basis || readingFiles(state)) return running;
  done = basis;
  running = prefetch(state).catch(() => undefined);
  return running;
}

async function prefetch(state: AppState): Promise<void> {
  await pageSettled();
  const { engine, state: engineState } = await currentEngine();
  const moved = movedFrom(state);
  await engine.runInTurn(engineState, viewMetrics(state), moved);
  if (moved()) return;
  await engine.prepareFilters(engineState, CLICK_FILTERS).catch(() => undefined);
}
