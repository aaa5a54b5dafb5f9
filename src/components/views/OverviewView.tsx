import { useAppStore, useMetric, useMissing } from '../../store';
import { BarList, ChartFrame } from '../charts';
import { formatCount, formatHours, formatMoney, formatPercent } from '../common/format';
import { useInteractive } from '../common/interactive';
import { BENCHMARKS } from './benchmarks';
import { count, money, pct } from './format-metric';
import { UNLINKED_FIGURES, useUnlinkedRevenue, withoutRevenue } from './revenue-linked';
import { Tile } from './Tile';
import { ViewRoot } from './ViewRoot';

/** The answer first: how many leads were never followed up, what that costs, then by source. */
export function OverviewView() {
  const currency = useAppStore((s) => s.calculator.currency);
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const interactive = useInteractive();
  const selected = useAppStore((s) => s.filters.dimensions?.['source']);
  const slaHours = useAppStore((s) => s.definition.slaHours);
  const counts = useMetric('viewCounts');
  const followUp = useMetric('followUp');
  const revenue = useMetric('revenue');
  const sources = useMetric('byDimension', 'source');
  const missing = {
    followUp: useMissing('followUp'),
    sla: useMissing('followUp', 'slaCompliance'),
    response: useMissing('followUp', 'medianResponseHours'),
    leaked: useMissing('revenue', 'leakedRevenue'),
    leadToWin: useMissing('revenue', 'leadToWin'),
    revenuePerLead: useMissing('revenue', 'revenuePerLead'),
  };
  const unlinked = useUnlinkedRevenue();
  const f = followUp.data;
  // No deal linked to the leads in view: their revenue figures are unknown, not 0 (lib/metrics/linked.ts).
  const r = revenue.data && withoutRevenue(revenue.data, unlinked !== null, UNLINKED_FIGURES.revenue);
  const leads = counts.data?.leads ?? 0;
  const loading = [counts, followUp, revenue, sources].some((q) => q.loading);
  const neverShare = f?.neverFollowedUp != null && leads > 0 ? f.neverFollowedUp / leads : null;
  const rows = (sources.data ?? []).map((row) => ({
    category: row.value,
    value: row.leads,
    gap: row.followedUp == null ? null : row.leads - row.followedUp,
  }));
  const title =
    neverShare == null
      ? `${formatCount(leads)} leads by source`
      : `${formatPercent(neverShare)} of leads were never followed up`;
  return (
    <ViewRoot name="overview" loading={loading}>
      <div className="tiles four">
        <Tile label="leads in view" value={count(counts.data?.leads)} testId="tile-leads" />
        <Tile
          label="followed up"
          testId="tile-follow-up-rate"
          value={pct(f?.rate)}
          missing={missing.followUp}
          comparison={BENCHMARKS.followUp}
        />
        <Tile
          label={`SLA compliance (${slaHours} h)`}
          testId="tile-sla"
          value={pct(f?.slaCompliance)}
          missing={missing.sla}
          comparison={BENCHMARKS.sla}
        />
        <Tile
          label="leads never followed up"
          testId="tile-never"
          value={count(f?.neverFollowedUp)}
          missing={missing.followUp}
          gap
        />
        <Tile
          label="leaked revenue"
          testId="tile-leaked"
          value={money(r?.leakedRevenue, currency)}
          missing={missing.leaked ?? unlinked}
          gap
          comparison={leakedAssumption(f?.neverFollowedUp, r?.averageWonAmount, currency)}
        />
        <Tile
          label="lead-to-win"
          testId="tile-lead-to-win"
          value={pct(r?.leadToWin)}
          missing={missing.leadToWin ?? unlinked}
          comparison={BENCHMARKS.leadToWin}
        />
        <Tile
          label="revenue per lead"
          testId="tile-revenue-per-lead"
          value={money(r?.revenuePerLead, currency)}
          missing={missing.revenuePerLead ?? unlinked}
        />
        <Tile
          label="median response time"
          testId="tile-median-response"
          value={f?.medianResponseHours == null ? null : formatHours(f.medianResponseHours)}
          missing={missing.response}
          comparison={BENCHMARKS.response}
        />
      </div>
      {sources.data && (
        <ChartFrame
          title={title}
          subtitle={
            neverShare == null
              ? interactive
                ? 'Click a bar to filter every view.'
                : undefined
              : `Leads by source; the accent part was never followed up.${interactive ? ' Click a bar to filter every view.' : ''}`
          }
          name="never-followed-up-by-source"
          testId="chart-sources"
          rows={(sources.data ?? []).map((row) =>
            withoutRevenue(row, unlinked !== null, UNLINKED_FIGURES.bySegment),
          )}
          columns={[
            { key: 'value', label: 'Source' },
            { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
            { key: 'followUpRate', label: 'Followed up', numeric: true, format: formatPercent },
            { key: 'leadToWin', label: 'Lead-to-win', numeric: true, format: formatPercent },
            { key: 'wonAmount', label: 'Won amount', numeric: true, format: (v) => formatMoney(v, currency) },
          ]}
          onRowClick={(row) => toggleFilter('source', row.value)}
          isSelected={(row) => selected?.includes(row.value) ?? false}
        >
          <BarList
            data={rows}
            valueLabel="Leads"
            gapLabel="Never followed up"
            restLabel="Followed up"
            selected={selected?.[0] ?? null}
            onSelect={(category) => toggleFilter('source', category)}
          />
        </ChartFrame>
      )}
    </ViewRoot>
  );
}

function leakedAssumption(
  never: number | null | undefined,
  average: number | null | undefined,
  currency: string,
) {
  if (never == null || average == null) return BENCHMARKS.leaked;
  return `If the ${formatCount(never)} never-followed-up leads had converted like the followed-up ones, at the average won deal of ${formatMoney(average, currency)}.`;
}
