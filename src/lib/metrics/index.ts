/**
 * The metrics: pure SQL builders (`…Query(ctx)`), registered by name (registry.ts) and run through
 * one engine (engine.ts: `engine.run(state, name, …params)`).
 */
export * from './context';
export { latestDate, resolveAsOf } from './as-of';
export { byOwnerQuery, type OwnerRow } from './by-owner';
export { byDimensionQuery, type DimensionRow } from './by-dimension';
export { bySourceQuery, type SourceRow } from './by-source';
export {
  calculatorPrefill,
  calculatorPrefillQuery,
  leadPeriod,
  type PrefillFigures,
} from './calculator-prefill';
export { capacityQuery, type CapacityPoint } from './capacity';
export { datasetCounts, viewCountsQuery, type DatasetCounts } from './counts';
export {
  lostReasonsQuery,
  unmatchedDealsQuery,
  type LostReason,
  type UnmatchedDeal,
  type UnmatchedDeals,
} from './deals';
export { dimensionValuesQuery, type DimensionValue } from './dimensions';
export { MetricsEngine, type EngineOptions, type EngineState } from './engine';
export {
  DOCUMENT_METRICS,
  METRICS_SCHEMA,
  metricsDocument,
  type MetricsDocument,
  type MetricsDocumentOptions,
} from './export';
export { FIXED_DIMENSIONS, describeFilters, filterWhere, isDimension } from './filters';
export { AGE_BUCKETS, ageBucket, followUpQuery, type AgeBucket, type FollowUpSummary } from './follow-up';
export { FUNNEL_STAGES, funnelQuery, funnelStages, type FunnelStage, type FunnelStageName } from './funnel';
export { inferKnownFields, knowledge, knownFields, type Knowledge, type UploadMapping } from './known';
export { leadFacts } from './lead-facts';
export { alignedWithViews, materializeFacts } from './materialize';
export { runQuery, type Query } from './query';
export {
  METRICS,
  METRIC_NAMES,
  metricKey,
  metricQuery,
  missingFor,
  snapshotMetrics,
  type MetricName,
  type MetricParams,
  type MetricResult,
  type MetricSpec,
} from './registry';
export {
  redirectCandidatesQuery,
  redirectCsv,
  redirectLeadsQuery,
  redirectList,
  suggestOwners,
  type RedirectCandidate,
  type RedirectList,
  type RedirectRow,
} from './redirect';
export {
  cleanFilters,
  keepLoadedDimensions,
  leadColumns,
  resolveContext,
  type MetricOptions,
} from './resolve';
export {
  RESPONSE_EDGES_HOURS,
  responseBin,
  responseDistributionQuery,
  responseEdges,
  type ResponseBin,
  type ResponseDistribution,
} from './response-distribution';
export { leakedRevenue, revenueQuery, type RevenueSummary } from './revenue';
export { OTHER, segmentedFunnelQuery, type FunnelSegment } from './segmented-funnel';
export { cohortTrendQuery, type CohortRow } from './trend';
