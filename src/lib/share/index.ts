export {
  MAX_NAME_LENGTH,
  MAX_SCENARIOS,
  decodeCalculatorSection,
  encodeCalculatorSection,
  type SharedCalculator,
  type SharedScenario,
} from './calculator-section';
export {
  MAX_ENCODED_LENGTH,
  SHARE_PARAM,
  SHARE_VERSION,
  decodeShareState,
  encodeShareState,
  readShareHash,
  shareHash,
  type DecodeOptions,
  type ShareHashResult,
  type ShareState,
} from './hash';
export { SHARED_VIEWS, isSharedView, type SharedView } from './view-section';
export type { Decoded } from './result';
export {
  FIGURES_VERSION,
  MAX_FIGURES_JSON,
  decodeFiguresSection,
  encodeFiguresSection,
  type SharedFigures,
} from './figures-section';
export { overviewFigures, type OverviewFigures, type OverviewResults } from './overview-figures';
export {
  pseudonymisedReport,
  rankReps,
  waitingByOwner,
  type ReportFigures,
  type ReportRep,
  type ReportWaiting,
} from './report-figures';
export { MAX_REPORT_OWNERS } from './report-section';
