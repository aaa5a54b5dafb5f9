import {
  comparisonAsKnown,
  comparisonParams,
  periodSeriesAsKnown,
  seriesGranularity,
  type Comparison,
  type Granularity,
  type PeriodFigures,
} from '../../lib/metrics';
import { useAppStore, useMetric } from '../../store';
import { useMixedCurrencies } from './CurrencyAmounts';
import { useUnlinkedRevenue } from './revenue-linked';

/** What the Overview tiles compare: the chosen periods and, for a calendar granularity, the last ones. */
export interface TileCompare {
  comparison: Comparison;
  series: PeriodFigures[] | null;
  /** The series' periods, plural ("months"). */
  unit: string;
}

const UNITS: Record<Granularity, string> = {
  week: 'weeks',
  month: 'months',
  quarter: 'quarters',
  custom: 'periods',
};

/**
 * The store's comparison choice, read as the Period comparison reads it (the same revenue rules);
 * `loading` while either metric is (the tiles' changes and sparklines are figures of the view).
 */
export function useTileCompare(): { compare: TileCompare | null; loading: boolean } {
  const choice = useAppStore((s) => s.comparison);
  const comparison = useMetric('comparison', ...(comparisonParams(choice) as [Granularity]));
  const series = useMetric('periodSeries', seriesGranularity(choice));
  const unlinked = useUnlinkedRevenue() !== null;
  const mixed = useMixedCurrencies() !== null;
  const known = comparisonAsKnown(comparison.data ?? null, { unlinked, mixed });
  const loading = comparison.loading || (choice.granularity !== 'custom' && series.loading);
  if (!known) return { compare: null, loading };
  const compare = {
    comparison: known,
    series:
      choice.granularity === 'custom' ? null : periodSeriesAsKnown(series.data ?? null, { unlinked, mixed }),
    unit: UNITS[choice.granularity],
  };
  return { compare, loading };
}
