import { useId } from 'react';
import { GRANULARITIES, comparisonAsKnown, comparisonParams, type Granularity } from '../../lib/metrics';
import { useAppStore, useMetric, useMoneyCurrency } from '../../store';
import { useMixedCurrencies } from './CurrencyAmounts';
import { useUnlinkedRevenue } from './revenue-linked';
import { windowText } from './comparison-words';
import { PeriodTable } from './PeriodTable';

const NAMES: Record<Granularity, string> = {
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  custom: 'Custom',
};

/**
 * "What have you done for me lately": the current period's figures against the previous period's
 * (lib/metrics/comparison.ts, the JSON's `comparison`), each change toned by whether it is better or
 * worse for the business, not by its sign.
 */
export function PeriodComparison() {
  const choice = useAppStore((s) => s.comparison);
  const setChoice = useAppStore((s) => s.setComparison);
  const currency = useMoneyCurrency();
  const params = comparisonParams(choice) as [Granularity];
  const query = useMetric('comparison', ...params);
  const unlinked = useUnlinkedRevenue() !== null;
  const mixed = useMixedCurrencies() !== null;
  const id = useId();
  const comparison = comparisonAsKnown(query.data ?? null, { unlinked, mixed });
  if (!comparison) return null;
  const { current, previous } = comparison;
  return (
    <section
      className="card period-comparison"
      aria-labelledby={`${id}-title`}
      data-testid="period-comparison"
    >
      <div className="row-actions" style={{ justifyContent: 'space-between' }}>
        <h2 id={`${id}-title`}>
          {windowText(current)} <span className="muted">against</span> {windowText(previous)}
        </h2>
        <div className="segmented" role="group" aria-label="Compare by">
          {GRANULARITIES.map((g) => (
            <button
              key={g}
              type="button"
              aria-pressed={choice.granularity === g}
              onClick={() => setChoice({ granularity: g })}
            >
              {NAMES[g]}
            </button>
          ))}
        </div>
      </div>
      <PeriodTable comparison={comparison} currency={currency} />
      <p className="small muted">
        Lead cohorts: the leads created in each window and what became of them so far
        {current.toDate ? ' (this one is not over yet)' : ''}. A recent period has had less time to win deals,
        so its won figures are low for now.
      </p>
    </section>
  );
}
