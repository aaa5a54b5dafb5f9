/**
 * A view's likely next click, computed while the user reads it (issue 15): each view names the
 * dimension its bars or rows filter by and their values, largest first (useClickAhead); once the
 * page is idle, every metric the mounted components ask for (asked-metrics.ts) runs under the state
 * a click on each of the first CLICKS_AHEAD would make, so that click finds its figures in the
 * engine's cache. The same metrics and statements a click runs, so no figure can differ: only
 * when they run. Mosaic builds its indexes when a chart is activated; here the few likely states
 * are computed whole. With values of the dimension selected already, the clicks that add one more
 * are computed (a click on a selected value removes it: a state seen before). All work stops,
 * between two statements, as soon as the user changes anything.
 */
import { useEffect } from 'react';
import { toggledFilter } from './analysis-slice';
import { useAppStore } from './app-store';
import { askedMetrics } from './asked-metrics';
import { readingFiles } from './files-settled';
import { basisOf, movedFrom, pageSettled, viewsPrefetch } from './prefetch';
import { currentEngine, fromSnapshot } from './use-metric';

/**
 * How many values a view's clicks are computed for (at 1M leads each costs ~150 ms of DuckDB, and
 * ~300 ms when it adds to a selected value: more rows to aggregate).
 */
export const CLICKS_AHEAD = 8;
/**
 * The engine time one visit may spend on them: at 1M leads all eight, at 3M the largest few (each
 * ~0.5 s, ~0.8 s added to a selected value). The rest are computed on the next visit, or when clicked.
 */
const BUDGET_MS = 2500;
/**
 * How long after the user's last click or key press the work starts: a statement already running
 * when they click again delays that click (by up to ~0.5 s at 3M leads), so a user clicking on
 * without pause is not made to wait for clicks they did not make.
 */
const PAUSE_MS = 1000;

let lastAction = -Infinity;
let listening = false;

/** Resolves once the user has not clicked or pressed a key for PAUSE_MS. */
async function userPaused(): Promise<void> {
  if (typeof window === 'undefined') return;
  if (!listening) {
    listening = true;
    const acted = () => {
      lastAction = performance.now();
    };
    for (const type of ['pointerdown', 'keydown'])
      window.addEventListener(type, acted, { capture: true, passive: true });
  }
  const left = () => lastAction + PAUSE_MS - performance.now();
  for (let wait = left(); wait > 0; wait = left()) await new Promise((resolve) => setTimeout(resolve, wait));
}

interface Clicks {
  dimension: string;
  values: readonly string[];
}

let declared: Clicks | null = null;
let running = false;
let again = false;
/** The states computed ahead already (cleared with the data or the definition). */
const done = new Set<string>();
let doneBasis = '';

/** This view's bars or rows filter by `dimension`; `values` as shown, largest first. */
export function useClickAhead(dimension: string | null | undefined, values: readonly string[] | undefined) {
  const first = (values ?? []).slice(0, CLICKS_AHEAD);
  const key = first.join('\u0000');
  useEffect(() => {
    if (!dimension || first.length === 0) return;
    const mine: Clicks = { dimension, values: first };
    declared = mine;
    void clickAhead();
    return () => {
      if (declared === mine) declared = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names the values.
  }, [dimension, key]);
}

/** Computes the declared clicks when the page is idle; called again after every state change. */
export async function clickAhead(): Promise<void> {
  if (running) {
    again = true;
    return;
  }
  running = true;
  try {
    do {
      again = false;
      // After the views' prefetch of this data, which makes the click filters' codes first.
      const prefetch = viewsPrefetch();
      await prefetch.done;
      await userPaused();
      await pageSettled();
      if (viewsPrefetch().done !== prefetch.done) again = true;
      else if (prefetch.basis === basisOf(useAppStore.getState())) await computeAhead();
    } while (again);
  } finally {
    running = false;
  }
}

async function computeAhead(): Promise<void> {
  const state = useAppStore.getState();
  const clicks = declared;
  if (!clicks || fromSnapshot() || state.uploads.length === 0 || readingFiles(state)) return;
  const basis = basisOf(state);
  if (doneBasis !== basis) {
    done.clear();
    doneBasis = basis;
  }
  const { engine, state: engineState } = await currentEngine();
  const storeMoved = movedFrom(state);
  const moved = () => declared !== clicks || storeMoved();
  const started = performance.now();
  const selected = state.filters.dimensions?.[clicks.dimension] ?? [];
  for (const value of clicks.values) {
    if (selected.includes(value)) continue;
    const filters = toggledFilter(state.filters, clicks.dimension, value);
    const metrics = askedMetrics();
    // A state computed ahead: its filters and comparison, and which metrics were asked.
    const key = JSON.stringify([filters, state.comparison, metrics]);
    if (done.has(key)) continue;
    if (performance.now() - started > BUDGET_MS) return;
    await engine.runInTurn({ ...engineState, filters }, metrics, moved);
    if (moved()) return;
    done.add(key);
  }
}
