import { NO_DEALS_LINKED, dealsUnlinked } from '../../lib/metrics';
import { useMetric } from '../../store';

/**
 * The rule of lib/metrics/linked.ts for a view: the sentence to show instead of the revenue figures of
 * the leads in view (null when deals link to them, or when no deals file is loaded: then the figures'
 * own "not in your data" sentence applies). Read from results, so a snapshot follows the same rule.
 */
export function useUnlinkedRevenue(): string | null {
  return useRevenueLinks().unlinked;
}

/**
 * useUnlinkedRevenue, and whether its figures are still loading: a view is not ready while it cannot
 * yet say whether deals link (it would show "0 won" for a moment, then the sentence).
 */
export function useRevenueLinks(): { unlinked: string | null; loading: boolean } {
  const counts = useMetric('viewCounts');
  const revenue = useMetric('revenue');
  return {
    unlinked: dealsUnlinked(counts.data, revenue.data?.wonLeads != null) ? NO_DEALS_LINKED : null,
    loading: counts.loading || revenue.loading,
  };
}

export { UNLINKED_FIGURES, withoutRevenue } from '../../lib/metrics';
