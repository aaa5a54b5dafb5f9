import { useState } from 'react';
import { leadDimensions, useAppStore, useClickAhead, useMetric, useMoneyCurrency } from '../../store';
import { MIXED_CURRENCY_FIGURES, TOP_SEGMENTS, comparisonParams, type Granularity } from '../../lib/metrics';
import { BarList, ChartFrame, foldSegments } from '../charts';
import { formatCount, formatMoney, formatPercent } from '../common/format';
import { useInteractive } from '../common/interactive';
import { SegmentCurrencies, useMixedCurrencies } from './CurrencyAmounts';
import { change } from './comparison-words';
import { DealLists } from './DealLists';
import { UNLINKED_FIGURES, useRevenueLinks, withoutRevenue } from './revenue-linked';
import { ViewRoot } from './ViewRoot';

/** Which channels (or campaigns, or any extra column) bring leads that turn into revenue. */
export function SourcesView() {
  const currency = useMoneyCurrency();
  const mixed = useMixedCurrencies();
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const interactive = useInteractive();
  const uploads = useAppStore((s) => s.uploads);
  const working = useAppStore((s) => s.definition.businessHours != null);
  const dimensions = leadDimensions(uploads, working).filter(
    (d) => d.column !== 'owner' && d.column !== 'status',
  );
  const [chosen, setChosen] = useState<string | null>(null);
  const dimension = chosen ?? dimensions[0]?.column ?? 'source';
  const label = dimensions.find((d) => d.column === dimension)?.label ?? dimension;
  const selected = useAppStore((s) => s.filters.dimensions?.[dimension]);
  const rows = useMetric('byDimension', dimension);
  useClickAhead(
    dimension,
    rows.data?.map((row) => row.value),
  );
  const choice = useAppStore((s) => s.comparison);
  const changes = useMetric('comparisonBy', dimension, ...(comparisonParams(choice) as [Granularity]));
  const changeOf = new Map((changes.data ?? []).map((c) => [c.value, c.followUpChange]));
  const links = useRevenueLinks();
  const unlinked = links.unlinked;
  // Won amounts in several currencies are not added up (lib/metrics/currencies.ts): a table per currency.
  const data = (rows.data ?? []).map((row) => ({
    ...withoutRevenue(
      withoutRevenue(row, unlinked !== null, UNLINKED_FIGURES.bySegment),
      mixed !== null,
      MIXED_CURRENCY_FIGURES.bySegment,
    ),
    followUpChange: changeOf.get(row.value) ?? null,
  }));

  // Revenue per lead when the data says it (the segments' rule: top by leads, the rest as one "Other").
  const revenue = data.every((r) => r.revenuePerLead != null) && data.length > 0;
  const best = [...data]
    .filter((r) => r.revenuePerLead != null)
    .sort((a, b) => (b.revenuePerLead ?? 0) - (a.revenuePerLead ?? 0))[0];
  const title =
    best?.revenuePerLead != null && best.revenuePerLead > 0
      ? `${best.value} brings the most revenue per lead: ${formatMoney(best.revenuePerLead, currency)}`
      : best?.revenuePerLead === 0
        ? `No ${label.toLowerCase()} has won revenue yet`
        : `Leads by ${label.toLowerCase()}`;
  const bars = revenue
    ? foldSegments(
        data.map((row) => ({
          category: row.value,
          value: row.revenuePerLead ?? 0,
          leads: row.leads,
          won: row.wonAmount ?? 0,
        })),
        TOP_SEGMENTS,
        (rest) => {
          const leads = rest.reduce((sum, r) => sum + r.leads, 0);
          const won = rest.reduce((sum, r) => sum + r.won, 0);
          return {
            category: `Other (${rest.length})`,
            value: leads > 0 ? won / leads : 0,
            leads,
            won,
            other: true,
          };
        },
      )
    : data.map((row) => ({
        category: row.value,
        value: row.leads,
        gap: row.followedUp == null ? null : row.leads - row.followedUp,
      }));
  return (
    <ViewRoot name="sources" loading={rows.loading || changes.loading || links.loading}>
      <div className="row-actions" style={{ marginBottom: '0.75rem' }}>
        <label htmlFor="group-by">Group by</label>
        <select id="group-by" value={dimension} onChange={(e) => setChosen(e.target.value)}>
          {dimensions.map((d) => (
            <option key={d.column} value={d.column}>
              {d.label}
            </option>
          ))}
        </select>
      </div>
      {rows.data === null ? (
        <section className="card">
          <p className="muted">Your leads have no {label.toLowerCase()} column.</p>
        </section>
      ) : (
        <ChartFrame
          title={title}
          subtitle={
            revenue
              ? `Revenue per lead (won amount ÷ leads) by ${label.toLowerCase()}.${interactive ? ' Click a bar or a row to filter every view.' : ''}`
              : [
                  unlinked,
                  `Leads by ${label.toLowerCase()}${data.some((r) => r.followedUp != null) ? '; the accent part was never followed up' : ''}.`,
                  interactive && 'Click a bar or a row to filter every view.',
                ]
                  .filter(Boolean)
                  .join(' ')
          }
          name={`by-${dimension}`}
          testId="chart-by-dimension"
          defaultShowTable
          rows={data}
          columns={[
            { key: 'value', label },
            { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
            { key: 'followUpRate', label: 'Followed up', numeric: true, format: formatPercent },
            {
              key: 'followUpChange',
              label: `Follow-up vs last ${choice.granularity === 'custom' ? 'window' : choice.granularity}`,
              numeric: true,
              format: (v) => change('rate', true, v, 0).text,
              empty: '—',
            },
            { key: 'wonLeads', label: 'Won leads', numeric: true, format: formatCount },
            { key: 'leadToWin', label: 'Lead-to-win', numeric: true, format: formatPercent },
            {
              key: 'wonAmount',
              label: 'Won amount',
              numeric: true,
              format: (v) => formatMoney(v, currency),
              ...(mixed && { empty: 'per currency below' }),
            },
            {
              key: 'revenuePerLead',
              label: 'Revenue per lead',
              numeric: true,
              format: (v) => formatMoney(v, currency),
              ...(mixed && { empty: 'in several currencies' }),
            },
          ]}
          onRowClick={(row) => toggleFilter(dimension, row.value)}
          isSelected={(row) => selected?.includes(row.value) ?? false}
        >
          <BarList
            data={bars}
            maxBars={revenue ? bars.length : TOP_SEGMENTS}
            {...(revenue
              ? {
                  valueLabel: 'Revenue per lead',
                  format: (v: number) => formatMoney(v, currency),
                  // Whole currency units on the bars, as in the title and the table: one value per figure.
                  labelFormat: (v: number) => formatMoney(v, currency),
                }
              : { valueLabel: 'Leads', gapLabel: 'Never followed up', restLabel: 'Followed up' })}
            selected={selected?.[0] ?? null}
            onSelect={(category) => toggleFilter(dimension, category)}
          />
        </ChartFrame>
      )}
      {mixed && rows.data && unlinked === null && <SegmentCurrencies dimension={dimension} label={label} />}
      <DealLists />
    </ViewRoot>
  );
}
