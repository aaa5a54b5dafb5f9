import { useId } from 'react';
import { GRANULARITIES, comparisonAsKnown, comparisonParams, type Granularity } from '../../lib/metrics';
import { useAppStore, useMetric, useMoneyCurrency } from '../../store';
import { useMixedCurrencies } from './CurrencyAmounts';
import { useUnlinkedRevenue } from './revenue-linked';
import { COMPARED, change, figureText, windowText } from './comparison-words';

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
  const thisLabel = `This ${choice.granularity === 'custom' ? 'window' : choice.granularity}`;
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
      {/* Focusable: on a phone the table scrolls sideways, and a keyboard must be able to scroll it. */}
      <div className="table-wrap" tabIndex={0} role="region" aria-label="Periods compared">
        <table className="period-table stack">
          <caption className="visually-hidden">The current period against the previous one</caption>
          <thead>
            <tr>
              <th scope="col">Figure</th>
              <th scope="col" className="num">
                {thisLabel}
              </th>
              <th scope="col" className="num">
                Previous
              </th>
              <th scope="col" className="num">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {COMPARED.map(({ key, label, kind, higherIsBetter }) => {
              const delta = change(kind, higherIsBetter, current[key], previous[key]);
              return (
                <tr key={key} data-figure={key}>
                  <th scope="row">{label}</th>
                  <td className="num" data-label={thisLabel}>
                    {figureText(kind, current[key], currency)}
                  </td>
                  <td className="num" data-label="Previous">
                    {figureText(kind, previous[key], currency)}
                  </td>
                  <td className={`num change-${delta.tone}`} data-label="Change">
                    {delta.text}
                    {delta.tone === 'better' || delta.tone === 'worse' ? (
                      <span className="visually-hidden"> ({delta.tone})</span>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="small muted">
        Lead cohorts: the leads created in each window and what became of them so far
        {current.toDate ? ' (this one is not over yet)' : ''}. A recent period has had less time to win deals,
        so its won figures are low for now.
      </p>
    </section>
  );
}
