import { redirectCsv } from '../lib/metrics';
import { currentEngine, useMetric, useMetricTask } from './use-metric';

/** "Redirect these": untouched leads past the SLA with a suggested new owner (first `limit` shown). */
export function useRedirectList(limit: number) {
  return useMetricTask((engine, state) => engine.redirectList(state, limit), [limit]);
}

/** Every untouched lead past the SLA as a CSV a CRM can import (lead id, current owner, suggested owner). */
export async function redirectCsvFile(): Promise<string | null> {
  const { engine, state } = await currentEngine();
  const list = await engine.redirectList(state);
  return list ? redirectCsv(list.rows) : null;
}

export function useUnmatchedDeals() {
  // Whatever the filters (unmatched deals have no lead to filter by): answered once per data state.
  return useMetricTask((engine, state) => engine.run(state, 'unmatchedDeals'), []);
}

export function useLostReasons() {
  // A plain metric (aggregated by reason), so a snapshot can answer it too.
  return useMetric('lostReasons');
}
