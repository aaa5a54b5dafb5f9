/**
 * What a snapshot holds: every metric the registry (lib/metrics/registry.ts) marks for snapshots, each
 * under its stable key (metric name and parameters, `metricKey`), with the schema its stored result
 * must pass.
 *
 * At export, every entry is run by the engine for the current filters and lead definition. In a
 * snapshot, a view's `useMetric(name, …params)` is answered by the stored result under that key
 * (snapshot-source.ts): a key never depends on SQL text, so a snapshot opened by a later version of
 * the site still finds its figures. Row-level lists (the redirect list, deals without a lead) are
 * not in the registry's snapshot set.
 */
import {
  AGE_BUCKETS,
  FUNNEL_STAGES,
  SERIES_PERIODS,
  SPEED_BANDS,
  metricKey,
  snapshotMetrics,
  type MetricName,
  type MetricResult,
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
const segmentPeriod = obj({ leads: num, followedUp: n, followUpRate: n });
/** A figure added later: a snapshot saved before it has none, read as not known. */
const added: Check<number | null> = (value, path) => (value === undefined ? null : n(value, path));
const periodFigures = obj({
  from: str(10),
  to: str(10),
  toDate: bool,
  leads: num,
  followedUp: n,
  followUpRate: n,
  withinSla: n,
  slaCompliance: n,
  neverFollowedUp: n,
  wonLeads: n,
  wonAmount: n,
  leadToWin: n,
  medianResponseHours: added,
  leakedRevenue: added,
});

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
  segmentedFunnel: segments,
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
        withinHourShare: n,
        medianWorkingHours: n,
      }),
      MAX_ROWS,
    ),
  ),
  speedToLead: nullable(
    obj({
      bands: arr(
        obj({
          band: oneOf(SPEED_BANDS),
          leads: n,
          share: n,
          qualified: n,
          qualifiedRate: n,
          wonLeads: n,
          leadToWin: n,
          leadToWinLow: n,
          leadToWinHigh: n,
          revenuePerLead: n,
        }),
        SPEED_BANDS.length,
      ),
      valueOfSpeed: nullable(
        obj({
          withinMinutes: num,
          basis: oneOf(['won', 'qualified'] as const),
          leadsWithin: num,
          leadsSlower: num,
          rateWithin: num,
          extraWonLeads: num,
          extraRevenue: n,
          low: n,
          high: n,
        }),
      ),
      businessHours: nullable(
        obj({
          days: arr(num, 7),
          start: str(5),
          end: str(5),
          timeZone: str(64),
          holidays: arr(str(10), 400),
          slaClock: oneOf(['working', 'clock'] as const),
          medianWorkingHours: n,
          afterHoursLeads: num,
        }),
      ),
    }),
  ),
  comparison: nullable(
    obj({
      granularity: oneOf(['week', 'month', 'quarter', 'custom'] as const),
      current: periodFigures,
      previous: periodFigures,
    }),
  ),
  periodSeries: nullable(arr(periodFigures, SERIES_PERIODS)),
  comparisonBy: nullable(
    arr(
      obj({
        value: label,
        current: segmentPeriod,
        previous: segmentPeriod,
        followUpChange: n,
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
    followedLeads: n,
    qualifiedLeads: n,
    wonLeads: n,
    linkedDeals: n,
  }),
  lostReasons: nullable(arr(obj({ reason: label, deals: num, amount: n }), MAX_ROWS)),
  byDimension: dimensionRows,
  currencies: nullable(
    obj({
      rows: arr(obj({ currency: nullable(str(8)), deals: num, wonDeals: num, wonAmount: num }), 1_000),
      unmatched: arr(nullable(str(8)), 1_000),
      leads: n,
      followed: n,
      never: n,
      wonLeads: n,
    }),
  ),
  currenciesBy: nullable(arr(obj({ value: label, currency: nullable(str(8)), wonAmount: num }), MAX_ROWS)),
} satisfies Partial<Record<MetricName, Check<unknown>>>;

export interface CatalogEntry {
  key: string;
  name: MetricName;
  params: unknown[];
  schema: Check<unknown>;
}

// Compile-time: each stored shape is the metric's own result type (a metric that grows a field
// fails here until the schema knows it).
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Schemas = typeof RESULT_SCHEMAS;
const sameShapes: { [K in keyof Schemas]: Same<ReturnType<Schemas[K]>, MetricResult<K>> } = {
  viewCounts: true,
  followUp: true,
  revenue: true,
  funnel: true,
  segmentedFunnel: true,
  responseDistribution: true,
  cohortTrend: true,
  byOwner: true,
  speedToLead: true,
  comparison: true,
  comparisonBy: true,
  periodSeries: true,
  capacity: true,
  calculatorPrefill: true,
  lostReasons: true,
  byDimension: true,
  currencies: true,
  currenciesBy: true,
};
void sameShapes;

export const dimensionKey = (dimension: string) => metricKey('byDimension', [dimension]);

/** The entries for a dataset whose Sources view offers these group-by columns (from the registry). */
export function snapshotCatalog(dimensions: readonly string[]): CatalogEntry[] {
  const schemas: Partial<Record<MetricName, Check<unknown>>> = RESULT_SCHEMAS;
  return snapshotMetrics(dimensions).map(({ name, params }) => {
    const schema = schemas[name];
    if (!schema) throw new Error(`The snapshot has no schema for the metric ${name}.`);
    return { key: metricKey(name, params), name, params, schema };
  });
}
