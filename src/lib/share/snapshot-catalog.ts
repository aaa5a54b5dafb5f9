/**
 * What a snapshot holds: every metric the dashboard views and the calculator ask for, each under a
 * stable key (builder name and parameters), with the schema its stored result must pass.
 *
 * At export, every entry is run for the current filters and lead definition. In a snapshot, a
 * view's `useMetric(build)` is answered by finding the entry whose query, built on the snapshot's
 * context, is the same SQL as `build`'s (snapshot-source.ts): the views stay as they are, and a key
 * never depends on SQL text, so a snapshot opened by a later version of the site still finds its
 * figures. Row-level lists (the redirect list, deals without a lead) are deliberately not here.
 */
import {
  AGE_BUCKETS,
  FUNNEL_STAGES,
  byDimensionQuery,
  byOwnerQuery,
  calculatorPrefillQuery,
  capacityQuery,
  cohortTrendQuery,
  followUpQuery,
  funnelQuery,
  lostReasonsQuery,
  responseDistributionQuery,
  revenueQuery,
  segmentedFunnelQuery,
  viewCountsQuery,
  type MetricContext,
  type Query,
} from '../metrics';
import { arr, bool, nullable, num, obj, oneOf, str, type Check } from './schema';

/** The most rows a stored list may have (a chart aggregates to a few hundred marks). */
export const MAX_ROWS = 20_000;
const label = str(2_000);
const n = nullable(num);

const funnelStage = obj({ stage: oneOf(FUNNEL_STAGES), count: n, fromPrevious: n, fromLeads: n });
const funnel = arr(funnelStage, FUNNEL_STAGES.length);
const dimensionRows = nullable(
  arr(
    obj({
      value: label,
      leads: num,
      followedUp: n,
      followUpRate: n,
      wonLeads: n,
      leadToWin: n,
      wonAmount: n,
      revenuePerLead: n,
    }),
    MAX_ROWS,
  ),
);
const segments = nullable(arr(obj({ segment: label, other: bool, stages: funnel }), MAX_ROWS));
const BUCKETS = AGE_BUCKETS.map((b) => b.bucket);

export const RESULT_SCHEMAS = {
  viewCounts: obj({ leads: num, deals: num }),
  followUp: obj({
    followedUp: n,
    neverFollowedUp: n,
    rate: n,
    medianResponseHours: n,
    p90ResponseHours: n,
    withinSla: n,
    breachedSla: n,
    pendingSla: n,
    slaCompliance: n,
    untouchedByAge: nullable(arr(obj({ bucket: oneOf(BUCKETS), count: num }), BUCKETS.length)),
    negativeResponses: n,
    followedUpAtUnknownTime: n,
  }),
  revenue: obj({
    wonLeads: n,
    wonDeals: n,
    lostDeals: n,
    openDeals: n,
    winRate: n,
    wonAmount: n,
    averageWonAmount: n,
    leadToWin: n,
    revenuePerLead: n,
    medianDaysToWin: n,
    medianDealCycleDays: n,
    leakedRevenue: n,
  }),
  funnel,
  segments,
  responseDistribution: nullable(
    obj({
      bins: arr(
        obj({ fromHours: num, toHours: n, count: num, band: oneOf(['within', 'breached'] as const) }),
        1_000,
      ),
      responses: num,
      negative: num,
    }),
  ),
  cohortTrend: nullable(
    arr(
      obj({ month: label, leads: num, followedUp: n, followUpRate: n, wonLeads: n, leadToWin: n }),
      MAX_ROWS,
    ),
  ),
  byOwner: nullable(
    arr(
      obj({
        owner: label,
        leads: num,
        followedUp: n,
        followUpRate: n,
        medianResponseHours: n,
        slaCompliance: n,
        wonLeads: n,
        wonAmount: n,
        leadsPerMonth: n,
      }),
      MAX_ROWS,
    ),
  ),
  capacity: nullable(
    arr(obj({ owner: label, month: label, leads: num, followedUp: n, followUpRate: n }), MAX_ROWS),
  ),
  calculatorPrefill: obj({
    inboundLeads: n,
    leadsInData: n,
    firstDay: nullable(str(10)),
    lastDay: nullable(str(10)),
    spanDays: n,
    followUpRate: n,
    leadToSqlRate: n,
    sqlCloseRate: n,
    averageDeal: n,
    nurturedShare: n,
  }),
  lostReasons: nullable(arr(obj({ reason: label, deals: num, amount: n }), MAX_ROWS)),
  dimensionRows,
} satisfies Record<string, Check<unknown>>;

export interface CatalogEntry {
  key: string;
  build: (ctx: MetricContext) => Query<unknown>;
  schema: Check<unknown>;
}

// Compile-time: each stored shape is the metric's own result type (a metric that grows a field
// fails here until the schema knows it).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type ResultOf<F> = F extends (...args: never[]) => Query<infer T> ? T : never;
type SchemaOf<K extends keyof typeof RESULT_SCHEMAS> = ReturnType<(typeof RESULT_SCHEMAS)[K]>;
const sameShapes: {
  viewCounts: Same<SchemaOf<'viewCounts'>, ResultOf<typeof viewCountsQuery>>;
  followUp: Same<SchemaOf<'followUp'>, ResultOf<typeof followUpQuery>>;
  revenue: Same<SchemaOf<'revenue'>, ResultOf<typeof revenueQuery>>;
  funnel: Same<SchemaOf<'funnel'>, ResultOf<typeof funnelQuery>>;
  segments: Same<SchemaOf<'segments'>, ResultOf<typeof segmentedFunnelQuery>>;
  distribution: Same<SchemaOf<'responseDistribution'>, ResultOf<typeof responseDistributionQuery>>;
  trend: Same<SchemaOf<'cohortTrend'>, ResultOf<typeof cohortTrendQuery>>;
  byOwner: Same<SchemaOf<'byOwner'>, ResultOf<typeof byOwnerQuery>>;
  capacity: Same<SchemaOf<'capacity'>, ResultOf<typeof capacityQuery>>;
  prefill: Same<SchemaOf<'calculatorPrefill'>, ResultOf<typeof calculatorPrefillQuery>>;
  lost: Same<SchemaOf<'lostReasons'>, ResultOf<typeof lostReasonsQuery>>;
  dimensions: Same<SchemaOf<'dimensionRows'>, ResultOf<typeof byDimensionQuery>>;
} = {
  viewCounts: true,
  followUp: true,
  revenue: true,
  funnel: true,
  segments: true,
  distribution: true,
  trend: true,
  byOwner: true,
  capacity: true,
  prefill: true,
  lost: true,
  dimensions: true,
};
void sameShapes;

const entry = (key: string, build: CatalogEntry['build'], schema: Check<unknown>): CatalogEntry => ({
  key,
  build,
  schema,
});

export const dimensionKey = (dimension: string) => `byDimension:${dimension}`;

/**
 * The entries for a dataset whose Sources view offers these group-by columns. The views' own calls
 * must build the same queries (FunnelView: segmentedFunnelQuery(ctx, by) with its default top;
 * OverviewView: byDimensionQuery(ctx, 'source'); SourcesView: byDimensionQuery(ctx, dimension)).
 */
export function snapshotCatalog(dimensions: readonly string[]): CatalogEntry[] {
  const s = RESULT_SCHEMAS;
  return [
    entry('viewCounts', viewCountsQuery, s.viewCounts),
    entry('followUp', followUpQuery, s.followUp),
    entry('revenue', revenueQuery, s.revenue),
    entry('funnel', funnelQuery, s.funnel),
    entry('segmentedFunnel:source', (ctx) => segmentedFunnelQuery(ctx, 'source'), s.segments),
    entry('segmentedFunnel:owner', (ctx) => segmentedFunnelQuery(ctx, 'owner'), s.segments),
    entry('responseDistribution', responseDistributionQuery, s.responseDistribution),
    entry('cohortTrend', cohortTrendQuery, s.cohortTrend),
    entry('byOwner', byOwnerQuery, s.byOwner),
    entry('capacity', capacityQuery, s.capacity),
    entry('calculatorPrefill', calculatorPrefillQuery, s.calculatorPrefill),
    entry('lostReasons', lostReasonsQuery, s.lostReasons),
    ...[...new Set(['source', ...dimensions])].map((dimension) =>
      entry(dimensionKey(dimension), (ctx) => byDimensionQuery(ctx, dimension), s.dimensionRows),
    ),
  ];
}
