export type {
  CalculatorField,
  CalculatorInputs,
  CalculatorOutputs,
  InputProvenance,
  Provenance,
  Scenario,
  ShownOutputs,
} from './types';
export { ASKED_FIELDS, computeShown, missingInputs, shownOutputs } from './shown';
export { CALCULATOR_FIELDS, FIELD_KINDS, FIELD_LABELS, type FieldKind } from './fields';
export { computeGap } from './formulas';
export { ruleOf45BuyRate, ruleOf45ProjectedSales, type RuleOf45Input } from './rule45';
export { MAX_AMOUNT, validateInputs, type ValidationError, type ValidationResult } from './validate';
export {
  FOLLOW_UP_AUDITED,
  FOLLOW_UP_TYPICAL,
  INQUIRIES_BUYING_12_MONTHS,
  INQUIRIES_BUYING_6_MONTHS,
  NURTURE_SHARE,
  SQL_CLOSE_AVERAGE,
  SQL_CLOSE_BEST_IN_CLASS,
  defaultInputs,
  defaultProvenance,
  type Benchmark,
  type BenchmarkRange,
} from './benchmarks';
export { LEVER_STEP, rankLevers, type LeverEffect } from './levers';
export {
  canRemoveScenario,
  compareToBaseline,
  createScenario,
  duplicateScenario,
  normalizeBaseline,
  randomId,
  removeScenario,
  renameScenario,
  setBaseline,
  type CreateScenarioOptions,
  type IdFn,
  type ScenarioComparison,
} from './scenarios';
export {
  calculatorExport,
  type CalculatorDataScale,
  type CalculatorExport,
  type CalculatorExportSource,
  type CalculatorScenarioExport,
} from './export';
export { PREFILL_FIELDS, type CalculatorPrefill, type PrefillField } from './prefill-types';
export {
  CALCULATOR_PERIODS,
  COMMON_CURRENCIES,
  DEFAULT_CURRENCY,
  DEFAULT_PERIOD,
  PERIOD_MONTHS,
  PERIOD_WORDS,
  PER_PERIOD_FIELDS,
  isCalculatorPeriod,
  isCurrencyCode,
  type CalculatorPeriod,
} from './settings';
export { splitRates, type SplitCounts, type SplitRates } from './prefill-split';
export { fasterAnswer, type FasterAnswer } from './speed-scenario';
