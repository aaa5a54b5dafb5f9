/**
 * The metrics, each registered once, by name: its builder (a pure `…Query(ctx, …params)`), the
 * fields it needs (a question to known.ts's `knowledge`) and the sentence to show when they are
 * missing, and whether a snapshot stores it (with which parameters). Everything that runs a metric
 * runs it by name through the engine (engine.ts): the views, the JSON export, the snapshot, the
 * calculator prefill, the redirect list and the tests. The export document (export.ts), the snapshot
 * catalogue (lib/share/snapshot-catalog.ts) and the reference comparison are derived from here.
 *
 * Adding a metric family: its builder file, its entry here, its reference (test/support/reference).
 */
import { byDimensionQuery } from './by-dimension';
import { byOwnerQuery } from './by-owner';
import { bySourceQuery } from './by-source';
import { calculatorPrefillQuery } from './calculator-prefill';
import { capacityQuery } from './capacity';
import type { KnownFields, MetricContext } from './context';
import type { MetricQuery } from './query';
import { currenciesByQuery, currenciesQuery } from './currencies';
import { viewCountsQuery } from './counts';
import { lostReasonsQuery, unmatchedDealsQuery } from './deals';
import { dimensionValuesQuery } from './dimensions';
import { followUpQuery } from './follow-up';
import { funnelQuery } from './funnel';
import { knowledge } from './known';
import {
  AMOUNTS,
  FIRST_TOUCH,
  FOLLOW_UP,
  FOLLOW_UP_CREATED,
  LEADS,
  WON,
  once,
  spec,
  type FigureSpec,
  type MetricSpec,
} from './metric-spec';
import { redirectCandidatesQuery, redirectLeadsQuery } from './redirect';
import { responseDistributionQuery } from './response-distribution';
import { revenueQuery } from './revenue';
import { segmentedFunnelQuery } from './segmented-funnel';
import { speedToLeadQuery } from './speed-to-lead';
import { GRANULARITIES, comparisonQuery, type Granularity } from './comparison';
import { comparisonByQuery } from './comparison-by';
import { periodSeriesQuery, type SeriesGranularity } from './period-series';
import { SPEED_THRESHOLDS } from './speed-value';
import { cohortTrendQuery } from './trend';

export const METRICS = {
  viewCounts: spec({
    build: viewCountsQuery,
    needs: (k) => k.hasLeads || k.hasDeals,
    missing: 'Needs a leads or a deals file.',
    snapshot: once,
  }),
  funnel: spec({
    build: funnelQuery,
    needs: (k) => k.hasLeads,
    missing: LEADS,
    figures: {
      followed_up: { needs: (k) => k.followUp, missing: FOLLOW_UP },
      qualified: {
        needs: (k) => k.qualified,
        missing: 'Needs a qualified date, a status or a converted column.',
      },
      opportunity: { needs: (k) => k.opportunity, missing: 'Needs a converted column or date.' },
      won: { needs: (k) => k.hasLeads && k.won, missing: WON },
    },
    snapshot: once,
    document: 'funnel',
  }),
  followUp: spec({
    build: followUpQuery,
    needs: (k) => k.followUp,
    missing: FOLLOW_UP,
    figures: {
      medianResponseHours: { needs: (k) => k.firstTouch, missing: FIRST_TOUCH },
      p90ResponseHours: { needs: (k) => k.firstTouch, missing: FIRST_TOUCH },
      slaCompliance: { needs: (k) => k.firstTouch, missing: FIRST_TOUCH },
      negativeResponses: { needs: (k) => k.firstTouch, missing: FIRST_TOUCH },
    },
    snapshot: once,
    document: 'followUp',
  }),
  revenue: spec({
    build: revenueQuery,
    needs: (k) => k.won,
    missing: WON,
    figures: {
      leadToWin: { needs: (k) => k.hasLeads && k.won, missing: WON },
      revenuePerLead: {
        needs: (k) => k.won && k.amount,
        missing: 'Needs a deals file with an outcome and deal amounts.',
      },
      leakedRevenue: {
        needs: (k) => k.followUp && k.won && k.amount,
        missing: 'Needs a follow-up column, a deals file with an outcome and deal amounts.',
      },
    },
    snapshot: once,
    document: 'revenue',
  }),
  segmentedFunnel: spec({
    build: segmentedFunnelQuery,
    needs: (k) => k.hasLeads,
    missing: LEADS,
    snapshot: (): ['source' | 'owner'][] => [['source'], ['owner']],
  }),
  responseDistribution: spec({
    build: responseDistributionQuery,
    needs: (k) => k.firstTouch && k.created,
    missing: 'Needs a created date and a first-touch time.',
    snapshot: once,
  }),
  speedToLead: spec({
    build: speedToLeadQuery,
    needs: (k) => k.hasLeads && k.followUp,
    missing: FOLLOW_UP,
    snapshot: (): [number][] => SPEED_THRESHOLDS.map((minutes) => [minutes]),
    document: 'speedToLead',
  }),
  comparison: spec({
    build: comparisonQuery,
    needs: (k) => k.hasLeads && k.created,
    missing: 'Needs a created date.',
    snapshot: (): [Granularity][] => GRANULARITIES.map((granularity) => [granularity]),
    document: 'comparison',
  }),
  // The Overview tiles' sparklines: the last 12 periods of the comparison's granularity.
  periodSeries: spec({
    build: periodSeriesQuery,
    needs: (k) => k.hasLeads && k.created,
    missing: 'Needs a created date.',
    snapshot: (): [SeriesGranularity][] => GRANULARITIES.map((granularity) => [granularity]),
  }),
  comparisonBy: spec({
    build: comparisonByQuery,
    needs: (k) => k.hasLeads && k.created,
    missing: 'Needs a created date.',
    // Owners for the report; sources for the Sources view.
    snapshot: (): [string, Granularity][] =>
      ['owner', 'source'].flatMap((d) => GRANULARITIES.map((g): [string, Granularity] => [d, g])),
  }),
  cohortTrend: spec({
    build: cohortTrendQuery,
    needs: (k) => k.created,
    missing: 'Needs a created date.',
    snapshot: once,
  }),
  bySource: spec({
    build: bySourceQuery,
    needs: (k) => k.dimension('source'),
    missing: 'Needs a source column.',
    document: 'bySource',
  }),
  byOwner: spec({
    build: byOwnerQuery,
    needs: (k) => k.dimension('owner'),
    missing: 'Needs an owner column.',
    snapshot: once,
    document: 'byOwner',
  }),
  capacity: spec({
    build: capacityQuery,
    needs: (k) => k.dimension('owner') && k.created && k.followUp,
    missing: 'Needs an owner, a created date and a follow-up column.',
    snapshot: once,
  }),
  calculatorPrefill: spec({
    build: calculatorPrefillQuery,
    needs: (k) => k.hasLeads,
    missing: LEADS,
    snapshot: once,
  }),
  lostReasons: spec({
    build: lostReasonsQuery,
    needs: (k) => k.outcomeColumn && k.lossReason,
    missing: 'Needs a deals file with an outcome and a loss reason.',
    snapshot: once,
  }),
  byDimension: spec({
    build: byDimensionQuery,
    needs: (k) => k.hasLeads,
    missing: LEADS,
    snapshot: (dimensions): [string][] => [...new Set(['source', ...dimensions])].map((d) => [d]),
  }),
  dimensionValues: spec({ build: dimensionValuesQuery, needs: (k) => k.hasLeads, missing: LEADS }),
  unmatchedDeals: spec({
    build: unmatchedDealsQuery,
    needs: (k) => k.hasDeals,
    missing: 'Needs a deals file.',
  }),
  redirectLeads: spec({
    build: redirectLeadsQuery,
    needs: (k) => k.followUp && k.created,
    missing: FOLLOW_UP_CREATED,
  }),
  redirectCandidates: spec({
    build: redirectCandidatesQuery,
    needs: (k) => k.followUp && k.created,
    missing: FOLLOW_UP_CREATED,
  }),
  // Money per currency (currencies.ts): what the views and the export show when deals mix currencies.
  currencies: spec({
    build: currenciesQuery,
    needs: (k) => k.won && k.amount,
    missing: AMOUNTS,
    snapshot: once,
  }),
  currenciesBy: spec({
    build: currenciesByQuery,
    needs: (k) => k.hasLeads && k.won && k.amount,
    missing: AMOUNTS,
    // By source only: owner names are pseudonymised in a snapshot, and no view reads this by owner.
    snapshot: (): [string][] => [['source']],
  }),
};

export type Metrics = typeof METRICS;
export type MetricName = keyof Metrics;
export type MetricParams<N extends MetricName> =
  Parameters<Metrics[N]['build']> extends [MetricContext, ...infer P] ? P : never;
export type MetricResult<N extends MetricName> =
  ReturnType<Metrics[N]['build']> extends MetricQuery<infer T> ? T : never;

export const METRIC_NAMES = Object.keys(METRICS) as MetricName[];

/** A metric's stable key: its name and parameters (`byDimension:x_industry`); a snapshot stores by it. */
export function metricKey(name: MetricName, params: readonly unknown[] = []): string {
  return [name, ...params.map(String)].join(':');
}

/** The query of a metric (pure). */
export function metricQuery<N extends MetricName>(
  ctx: MetricContext,
  name: N,
  ...params: MetricParams<N>
): MetricQuery<MetricResult<N>> {
  const build = METRICS[name].build as unknown as (
    ctx: MetricContext,
    ...p: MetricParams<N>
  ) => MetricQuery<MetricResult<N>>;
  return build(ctx, ...params);
}

/** The figures of a metric that need other fields than the metric (registered under `figures`). */
export type MetricFigure<N extends MetricName> =
  Metrics[N] extends MetricSpec<readonly unknown[], unknown, infer F> ? F : never;

/** What a metric, or one of its figures, needs and the sentence to show when it is missing. */
function needsOf(name: MetricName, figure?: string): FigureSpec {
  const entry = METRICS[name] as MetricSpec<readonly unknown[], unknown, string>;
  return (figure === undefined ? undefined : entry.figures?.[figure]) ?? entry;
}

/** null when the loaded files have what `name` (or its `figure`) needs, else the sentence to show. */
export function missingFor<N extends MetricName>(
  name: N,
  known: KnownFields,
  figure?: MetricFigure<N>,
): string | null {
  const entry = needsOf(name, figure);
  return entry.needs(knowledge(known)) ? null : entry.missing;
}

/** The sentence to show when `name` (or its `figure`) is not in the data, whatever was loaded. */
export function missingSentence<N extends MetricName>(name: N, figure?: MetricFigure<N>): string {
  return needsOf(name, figure).missing;
}

/** Each metric a snapshot stores, with its parameter sets, for these group-by columns. */
export function snapshotMetrics(dimensions: readonly string[]): { name: MetricName; params: unknown[] }[] {
  return METRIC_NAMES.flatMap((name) => {
    const entry = METRICS[name] as unknown as MetricSpec<unknown[], unknown>;
    return entry.snapshot ? entry.snapshot(dimensions).map((params) => ({ name, params })) : [];
  });
}
