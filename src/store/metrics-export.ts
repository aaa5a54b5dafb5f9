/**
 * What "Export metrics (JSON)" and "Share dashboard" carry for one state: the figures from the engine
 * and the calculator with the data-prefilled baseline, whether or not the Calculator view was opened
 * (the prefill is applied here as the view applies it: non-null figures, never over the user's own
 * inputs). No app store here, so a test can run exactly what the button runs.
 */
import { calculatorExport } from '../lib/calculator';
import {
  calculatorPrefill,
  metricsDocument,
  type EngineState,
  type MetricsDocument,
  type MetricsEngine,
} from '../lib/metrics';
import { applyPrefill, type CalculatorState } from './calculator-state';

export interface ExportInputs {
  engine: MetricsEngine;
  state: EngineState;
  /** Whether any file is loaded (without one, the calculator keeps its benchmarks). */
  hasData: boolean;
  calculator: CalculatorState;
}

/** The calculator as the Calculator view shows it for this state: the data's figures applied. */
export async function prefilledCalculator(inputs: ExportInputs): Promise<CalculatorState> {
  if (!inputs.hasData) return inputs.calculator;
  const figures = await inputs.engine.run(inputs.state, 'calculatorPrefill');
  return applyPrefill(inputs.calculator, calculatorPrefill(figures, inputs.calculator.period));
}

/** The `leadgap-metrics.json` document for this state. */
export async function metricsExport(
  inputs: ExportInputs & { rejectedRows: { leads: number; deals: number } },
): Promise<MetricsDocument> {
  const calculator = calculatorExport(await prefilledCalculator(inputs));
  return metricsDocument(inputs.engine, inputs.state, { rejectedRows: inputs.rejectedRows, calculator });
}
