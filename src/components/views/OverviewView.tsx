import { MIXED_CURRENCY_FIGURES, NO_DEALS_LINKED, revenueInOneCurrency } from '../../lib/metrics';
import { overviewFigures } from '../../lib/share';
import { useAppStore, useClickAhead, useMetric, useMissing, useMoneyCurrency } from '../../store';
import { BarList, ChartFrame } from '../charts';
import { formatCount, formatMoney, formatPercent } from '../common/format';
import { useInteractive } from '../common/interactive';
import { CurrencyTable, mixedTileReason, overviewSplit, useMixedCurrencies } from './CurrencyAmounts';
import { UNLINKED_FIGURES, withoutRevenue } from './revenue-linked';
import { AnswerSentence, OverviewTiles, leakedNeeds, type HeadlineMissing } from './OverviewHeadline';
import { PeriodComparison } from './PeriodComparison';
import { ViewRoot } from './ViewRoot';
import { useTileCompare } from './use-tile-compare';

/** The answer first: one sentence (what was never followed up, what it costs, over which span), then tiles and by source. */
export function OverviewView() {
  const currency = useMoneyCurrency();
  // Deals in several currencies: no sum across them (lib/metrics/currencies.ts), a table per currency.
  const mixed = useMixedCurrencies();
  const toggleFilter = useAppStore((s) => s.toggleFilter);
  const interactive = useInteractive();
  const setView = useAppStore((s) => s.setView);
  const selected = useAppStore((s) => s.filters.dimensions?.['source']);
  const slaHours = useAppStore((s) => s.definition.slaHours);
  const counts = useMetric('viewCounts');
  const followUp = useMetric('followUp');
  const revenue = useMetric('revenue');
  const prefill = useMetric('calculatorPrefill');
  const sources = useMetric('byDimension', 'source');
  useClickAhead(
    'source',
    sources.data?.map((row) => row.value),
  );
  const { compare, loading: comparing } = useTileCompare();
  const needs = {
    leads: useMissing('funnel'),
    followUp: useMissing('followUp'),
    sla: useMissing('followUp', 'slaCompliance'),
    response: useMissing('followUp', 'medianResponseHours'),
    leaked: leakedNeeds(
      useMissing('followUp'),
      useMissing('revenue', 'revenuePerLead'),
      useMissing('revenue', 'leakedRevenue'),
    ),
    leadToWin: useMissing('revenue', 'leadToWin'),
    revenuePerLead: useMissing('revenue', 'revenuePerLead'),
    span: useMissing('cohortTrend'),
  };
  // The same figures as the JSON export and a copied link (lib/share/overview-figures.ts).
  const figures = overviewFigures({
    counts: counts.data,
    followUp: followUp.data,
    revenue: revenue.data && revenueInOneCurrency(revenue.data, mixed),
    prefill: prefill.data,
  });
  const unlinked = figures?.unlinked ? NO_DEALS_LINKED : null;
  // The money figures per currency; when they can be given, their reason is the currencies, not a missing column.
  const split = overviewSplit(mixed, figures?.unlinked ?? false);
  const perCurrency = (shown: string | null | undefined, otherwise: string | null) =>
    shown != null && mixed ? mixedTileReason(mixed) : otherwise;
  const missing: HeadlineMissing = {
    ...needs,
    leaked: perCurrency(split?.leaked, needs.leaked ?? unlinked),
    leadToWin: needs.leadToWin ?? unlinked,
    revenuePerLead: perCurrency(split?.revenuePerLead, needs.revenuePerLead ?? unlinked),
  };
  const leads = figures?.leads ?? 0;
  const loading = comparing || [counts, followUp, revenue, prefill, sources].some((q) => q.loading);
  const never = figures?.neverFollowedUp ?? null;
  const neverShare = never !== null && leads > 0 ? never / leads : null;
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
      {figures ? (
        <>
          <AnswerSentence figures={figures} currency={currency} missing={missing} onOpen={setView} />
          <OverviewTiles
            figures={figures}
            currency={currency}
            slaHours={slaHours}
            missing={missing}
            split={split}
            compare={compare}
          />
          {mixed && <CurrencyTable mix={mixed} unlinked={figures.unlinked} />}
          <PeriodComparison />
        </>
      ) : (
        loading && <p className="overview-answer muted">Counting your leads…</p>
      )}
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
            withoutRevenue(
              withoutRevenue(row, figures?.unlinked ?? false, UNLINKED_FIGURES.bySegment),
              mixed !== null,
              MIXED_CURRENCY_FIGURES.bySegment,
            ),
          )}
          columns={[
            { key: 'value', label: 'Source' },
            { key: 'leads', label: 'Leads', numeric: true, format: formatCount },
            { key: 'followUpRate', label: 'Followed up', numeric: true, format: formatPercent },
            { key: 'leadToWin', label: 'Lead-to-win', numeric: true, format: formatPercent },
            {
              key: 'wonAmount',
              label: 'Won amount',
              numeric: true,
              format: (v) => formatMoney(v, currency),
              ...(mixed && { empty: 'in several currencies' }),
            },
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
