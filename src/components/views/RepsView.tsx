import { MIXED_CURRENCY_FIGURES, comparisonParams, type Granularity } from '../../lib/metrics';
import { useAppStore, useClickAhead, useMetric, useMoneyCurrency } from '../../store';
import { ChartFrame, ScatterChart } from '../charts';
import { formatCount, formatHours, formatMoney, formatPercent } from '../common/format';
import { useInteractive } from '../common/interactive';
import { DataTable } from '../table';
import { change } from './comparison-words';
import { useMixedCurrencies } from './CurrencyAmounts';
import { UNLINKED_FIGURES, useRevenueLinks, withoutRevenue } from './revenue-linked';
import { ViewRoot } from './ViewRoot';

/** "What have you done for me lately": follow-up by owner, and where follow-up collapses under load. */
export function RepsView() {
  const currency = useMoneyCurrency();
  const mixed = useMixedCurrencies();
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const interactive = useInteractive();
  const selected = useAppStore((s) => s.filters.dimensions?.['owner']);
  const owners = useMetric('byOwner');
  useClickAhead(
    'owner',
    owners.data?.map((row) => row.owner),
  );
  const capacity = useMetric('capacity');
  const overall = useMetric('followUp');
  const choice = useAppStore((s) => s.comparison);
  const changes = useMetric('comparisonBy', 'owner', ...(comparisonParams(choice) as [Granularity]));
  const links = useRevenueLinks();
  const unlinked = links.unlinked;
  const loading = [owners, capacity, overall, changes, links].some((q) => q.loading);
  // Working hours set in the lead definition (issue 20): the results carry the working median.
  const workingHours = (owners.data ?? []).some((row) => row.medianWorkingHours !== null);
  if (owners.data === null) {
    return (
      <ViewRoot name="reps" loading={loading}>
        <section className="card">
          <h2>Your leads have no owner column</h2>
          <p className="muted">
            Map a column such as “Lead Owner”, “Contact owner” or “Sales Rep” on the Data view.
          </p>
        </section>
      </ViewRoot>
    );
  }
  // "Who slipped most": each owner's follow-up change against the previous period (sortable).
  const changeOf = new Map((changes.data ?? []).map((c) => [c.value, c.followUpChange]));
  const rows = (owners.data ?? []).map((row) => ({
    ...withoutRevenue(
      withoutRevenue(row, unlinked !== null, UNLINKED_FIGURES.byOwner),
      mixed !== null,
      MIXED_CURRENCY_FIGURES.byOwner,
    ),
    followUpChange: changeOf.get(row.owner) ?? null,
  }));
  const worst = [...rows]
    .filter((r) => r.followUpRate != null)
    .sort((a, b) => (a.followUpRate ?? 0) - (b.followUpRate ?? 0))[0];
  const points = (capacity.data ?? []).slice(0, 500).map((p) => ({
    owner: `${p.owner} · ${p.month}`,
    leadsPerMonth: p.leads,
    followUpRate: p.followUpRate,
    leads: p.leads,
  }));
  return (
    <ViewRoot name="reps" loading={loading}>
      <section className="card" aria-labelledby="reps-title">
        <h2 id="reps-title">
          {worst?.followUpRate != null
            ? `${worst.owner} follows up ${formatPercent(worst.followUpRate)} of their leads`
            : 'Follow-up by owner'}
        </h2>
        <DataTable
          caption="Follow-up by owner"
          testId="table-owners"
          fileName="leadgap-reps"
          rows={rows}
          initialSort={{ key: 'leads', direction: 'descending' }}
          onRowClick={(row) => toggleFilter('owner', row.owner)}
          isSelected={(row) => selected?.includes(row.owner) ?? false}
          columns={[
            { key: 'owner', label: 'Owner' },
            { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
            { key: 'leadsPerMonth', label: 'Leads / month', numeric: true, format: (v) => v.toFixed(1) },
            { key: 'followUpRate', label: 'Follow-up rate', numeric: true, format: formatPercent },
            { key: 'medianResponseHours', label: 'Median response', numeric: true, format: formatHours },
            ...(workingHours
              ? [
                  {
                    key: 'medianWorkingHours' as const,
                    label: 'Median, working hours',
                    numeric: true,
                    format: formatHours,
                  },
                ]
              : []),
            { key: 'slaCompliance', label: 'SLA compliance', numeric: true, format: formatPercent },
            { key: 'withinHourShare', label: 'Within 1 h', numeric: true, format: formatPercent },
            {
              key: 'followUpChange',
              label: `Follow-up vs last ${choice.granularity === 'custom' ? 'window' : choice.granularity}`,
              numeric: true,
              format: (v) => change('rate', true, v, 0).text,
              empty: '—',
            },
            { key: 'wonLeads', label: 'Won', numeric: true, format: formatCount },
            {
              key: 'wonAmount',
              label: 'Revenue',
              numeric: true,
              format: (v) => formatMoney(v, currency),
              ...(mixed && { empty: 'in several currencies' }),
            },
          ]}
        />
        <p className="muted small">
          {unlinked && `${unlinked} `}
          {interactive && 'Click a row to filter every view to that owner.'}
        </p>
      </section>
      {points.some((p) => p.followUpRate != null) && (
        <ChartFrame
          title="Follow-up collapses when a rep gets too many leads a month"
          subtitle="Each point is one owner in one month: leads that month against the share followed up. Points below the overall rate are in the accent."
          name="rep-capacity"
          testId="chart-capacity"
          rows={capacity.data ?? []}
          columns={[
            { key: 'owner', label: 'Owner' },
            { key: 'month', label: 'Month' },
            { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
            { key: 'followUpRate', label: 'Follow-up rate', numeric: true, format: formatPercent },
          ]}
        >
          <ScatterChart
            points={points}
            threshold={overall.data?.rate ?? undefined}
            xLabel="Leads that month"
            yLabel="Followed up"
          />
        </ChartFrame>
      )}
    </ViewRoot>
  );
}
