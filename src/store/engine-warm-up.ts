/**
 * The engine's warm-up while the user reads the page (issue 15): a made-up pair of files (60,000
 * leads) is detected, loaded and matched (lib/ingest/warm-up.ts), the Overview's and the views'
 * first figures are computed over it by an engine of its own, one filter is applied, then
 * everything is dropped.
 * Their first runs on a cold engine then do not fall on the user's files: in the browser V8 compiles
 * the engine's hot code again, optimised, on background threads while it first runs.
 *
 * It runs alone (ingest-service.ts `warmUpOnce`: the app's work waits for it) and is cancelled once
 * the app wants the database: a read stops at once, a figure's statement (~10-100 ms) runs out.
 */
import type { Db } from '../lib/db';
import { warmUpDrop, warmUpLoad } from '../lib/ingest/warm-up';
import { MetricsEngine, knownFields } from '../lib/metrics';
import { useAppStore } from './app-store';
import { overviewMetrics, viewMetrics } from './view-metrics';

/** A click on two sources of the Overview's chart, compared by their codes. */
const FILTERED = { dimensions: { source: ['Web', 'Referral'] } };

export async function warmUpEngine(db: Db, signal: AbortSignal): Promise<void> {
  const stop = () => signal.aborted;
  try {
    const uploads = await warmUpLoad(db, signal);
    if (!uploads || stop()) return;
    const engine = new MetricsEngine(db);
    try {
      const state = { known: knownFields(uploads), dataVersion: 'warm-up' };
      const choices = useAppStore.getState();
      await engine.runInTurn(state, [...overviewMetrics(choices), ...viewMetrics(choices)], stop);
      if (stop()) return;
      await engine.prepareFilters(state, ['source']);
      if (stop()) return;
      await engine.runInTurn({ ...state, filters: FILTERED }, overviewMetrics(choices), stop);
    } finally {
      await engine.dispose();
    }
  } finally {
    await warmUpDrop(db);
  }
}
