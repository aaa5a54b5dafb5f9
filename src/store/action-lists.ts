import { redirectCsv, redirectList, unmatchedDealsQuery, lostReasonsQuery } from '../lib/metrics';
import { readyDb } from './ingest-service';
import { currentContext, runCurrent, useMetric, useMetricTask } from './use-metric';

/** "Redirect these": untouched leads past the SLA with a suggested new owner (first `limit` shown). */
export function useRedirectList(limit: number) {
  return useMetricTask(async () => redirectList(await readyDb(), await currentContext(), limit), [limit]);
}

/** Every untouched lead past the SLA as a CSV a CRM can import (lead id, current owner, suggested owner). */
export async function redirectCsvFile(): Promise<string | null> {
  const list = await redirectList(await readyDb(), await currentContext());
  return list ? redirectCsv(list.rows) : null;
}

export function useUnmatchedDeals() {
  // Whatever the filters (unmatched deals have no lead to filter by): answered once per data state.
  return useMetricTask(() => runCurrent(unmatchedDealsQuery), []);
}

export function useLostReasons() {
  // A plain metric (aggregated by reason), so a snapshot can answer it too.
  return useMetric(lostReasonsQuery);
}
