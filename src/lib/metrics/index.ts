/**
 * The metrics: pure SQL builders (`…Query(ctx)`), registered by name (registry.ts) and run through
 * one engine (engine.ts: `engine.run(state, name, …params)`).
 */
export * from './context';
export type { OwnerRow } from './by-owner';
export type { DimensionRow } from './by-dimension';
export { calculatorPrefill } from './calculator-prefill';
export {
  MIXED_CURRENCY_FIGURES,
  currencyMix,
  mixedCurrencySentence,
  prefillInOneCurrency,
  revenueInOneCurrency,
  segmentAmounts,
  type CurrencyMix,
  type CurrencyRevenue,
} from './currency-mix';
export type { CapacityPoint } from './capacity';
export { MetricsEngine, type EngineState } from './engine';
export { metricsDocument, type MetricsDocument } from './export';
export { AGE_BUCKETS, type AgeBucket } from './follow-up';
export { FUNNEL_STAGES, type FunnelStage } from './funnel';
export { inferKnownFields, knownFields } from './known';
export { alignedWithViews, materializeFacts, sortByKey } from './materialize';
export { derivedFactsSql } from './derived-facts';
export type { Query } from './query';
export {
  METRICS,
  METRIC_NAMES,
  metricKey,
  missingFor,
  missingSentence,
  snapshotMetrics,
  type MetricFigure,
  type MetricName,
  type MetricParams,
  type MetricResult,
} from './registry';
export { redirectCsv } from './redirect';
export { resolveContext } from './resolve';
export { TOP_SEGMENTS, type FunnelSegment } from './segmented-funnel';
export { NO_DEALS_LINKED, UNLINKED_FIGURES, dealsUnlinked, withoutRevenue } from './linked';
export {
  SPEED_BANDS,
  TIMED_BANDS,
  type SpeedBand,
  type SpeedBandName,
  type SpeedToLead,
} from './speed-to-lead';
export { SPEED_THRESHOLDS, wilson, type ValueOfSpeed } from './speed-value';
export { speedAsKnown } from './speed-known';
export {
  GRANULARITIES,
  comparisonAsKnown,
  comparisonParams,
  seriesGranularity,
  type Comparison,
  type ComparisonChoice,
  type Granularity,
  type PeriodFigures,
} from './comparison';
export { comparisonByQuery, type SegmentChange, type SegmentPeriod } from './comparison-by';
export { SERIES_PERIODS, periodSeriesAsKnown, type SeriesGranularity } from './period-series';
