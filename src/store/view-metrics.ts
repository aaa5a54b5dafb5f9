/**
 * The figures each view first asks for (views/*View.tsx), by name and parameters, for the work that
 * computes them before they are shown: the views' prefetch (prefetch.ts) and the engine's warm-up
 * (engine-warm-up.ts).
 */
import { comparisonParams, seriesGranularity, type MetricName } from '../lib/metrics';
import type { AppState } from './app-store';

export type MetricCall = [MetricName, ...unknown[]];

/** The Overview's figures (OverviewView.tsx and its tiles' comparison, use-tile-compare.ts). */
export function overviewMetrics(state: Pick<AppState, 'comparison'>): MetricCall[] {
  const comparison = comparisonParams(state.comparison);
  return [
    ['viewCounts'],
    ['followUp'],
    ['revenue'],
    ['calculatorPrefill'],
    ['byDimension', 'source'],
    ['comparison', ...comparison],
    ['periodSeries', seriesGranularity(state.comparison)],
  ];
}

/** Each view's metrics as it first asks for them (views/*View.tsx), in the rail's order. */
export function viewMetrics(state: Pick<AppState, 'comparison'>): MetricCall[] {
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
