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
import { viewCountsQuery } from './counts';
import { lostReasonsQuery, unmatchedDealsQuery } from './deals';
import { dimensionValuesQuery } from './dimensions';
import { followUpQuery } from './follow-up';
import { funnelQuery } from './funnel';
import { knowledge, type Knowledge } from './known';
import type { Query } from './query';
import { redirectCandidatesQuery, redirectLeadsQuery } from './redirect';
import { responseDistributionQuery } from './response-distribution';
import { revenueQuery } from './revenue';
import { segmentedFunnelQuery } from './segmented-funnel';
import { cohortTrendQuery } from './trend';

export interface MetricSpec<P extends readonly unknown[], T> {
  build: (ctx: MetricContext, ...params: P) => Query<T>;
  /** Whether the loaded files have what the metric needs (else its figures are null). */
  needs: (k: Knowledge) => boolean;
  /** Shown instead of the metric when `needs` is false. */
  missing: string;
  /**
   * The parameter sets a snapshot stores, for a dataset whose Sources view groups by `dimensions`;
   * absent: never in a snapshot (row-level lists).
   */
  snapshot?: (dimensions: readonly string[]) => P[];
  /** The key of the `leadgap-metrics.json` document that carries it (run with no parameter). */
  document?: 'funnel' | 'followUp' | 'revenue' | 'bySource' | 'byOwner';
}

const spec = <P extends readonly unknown[], T>(s: MetricSpec<P, T>) => s;
const once = (): [][] => [[]];

const LEADS = 'Needs a leads file.';
const FOLLOW_UP = 'Needs a follow-up column (first touch, last activity, touches or status).';
const FOLLOW_UP_CREATED =
  'Needs a created date and a follow-up column (first touch, last activity, touches or status).';

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
    snapshot: once,
    document: 'funnel',
  }),
  followUp: spec({
    build: followUpQuery,
    needs: (k) => k.followUp,
    missing: FOLLOW_UP,
    snapshot: once,
    document: 'followUp',
  }),
  revenue: spec({
    build: revenueQuery,
    needs: (k) => k.won,
    missing: 'Needs a deals file with an outcome (or a closed-won export).',
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
};

export type Metrics = typeof METRICS;
export type MetricName = keyof Metrics;
export type MetricParams<N extends MetricName> =
  Parameters<Metrics[N]['build']> extends [MetricContext, ...infer P] ? P : never;
export type MetricResult<N extends MetricName> =
  ReturnType<Metrics[N]['build']> extends Query<infer T> ? T : never;

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
): Query<MetricResult<N>> {
  const build = METRICS[name].build as unknown as (
    ctx: MetricContext,
    ...p: MetricParams<N>
  ) => Query<MetricResult<N>>;
  return build(ctx, ...params);
}

/** null when the loaded files have what `name` needs, else the sentence to show. */
export function missingFor(name: MetricName, known: KnownFields): string | null {
  const entry = METRICS[name];
  return entry.needs(knowledge(known)) ? null : entry.missing;
}

/** Each metric a snapshot stores, with its parameter sets, for these group-by columns. */
export function snapshotMetrics(dimensions: readonly string[]): { name: MetricName; params: unknown[] }[] {
  return METRIC_NAMES.flatMap((name) => {
    const entry = METRICS[name] as unknown as MetricSpec<unknown[], unknown>;
    return entry.snapshot ? entry.snapshot(dimensions).map((params) => ({ name, params })) : [];
  });
}
