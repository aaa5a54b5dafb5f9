export { useAppStore, type AppState } from './app-store';
export {
  datasetState,
  type DatasetState,
  type LoadedUpload,
  type Review,
  type UploadProblem,
} from './dataset-slice';
export type { Theme, View } from './ui-slice';
export * from './dataset-actions';
export { readOtherSheet, useLoadedWorkbooks, type LoadedWorkbook } from './sheet-actions';
export { useQuery, type QueryState } from './use-query';
export { retryFailed, useQueryFailures } from './query-failures';
export { currentMetrics } from './metrics-service';
export { problemsFile } from './ingest-service';
export { setAsideRows, uploadProblemGroups } from './ingest-service';
export * from './link-actions';
export { dataViewStays } from './land';
export { leadDimensions, dimensionLabel, type Dimension } from './dimensions';
export type { AnalysisSlice } from './analysis-slice';
export { MAX_SCENARIOS, baselineOf, type CalculatorSlice, type CalculatorState } from './calculator-slice';
export { useCalculatorPrefill } from './calculator-prefill';
export { useCurrencyMix, useDealsCurrency, useMoneyCurrency } from './use-currencies';
export { installHashSync, shareUrl } from './url-hash';
export { useMetric, useMetricTask, useMissing, currentEngine, startEngine } from './use-metric';
export { readingFiles } from './files-settled';
export { useClickAhead } from './click-ahead';
export { prefilledCalculator } from './metrics-export';
export { useRedirectList, redirectCsvFile, useUnmatchedDeals, useLostReasons } from './action-lists';
