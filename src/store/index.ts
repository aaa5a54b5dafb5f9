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
export { useQuery, type QueryState } from './use-query';
export { currentMetrics } from './metrics-service';
export { problemsFile, dealMatchSummary } from './ingest-service';
export { leadDimensions, dimensionLabel, type Dimension } from './dimensions';
export { knownFieldsOf } from './known-fields';
export type { AnalysisSlice } from './analysis-slice';
