/**
 * What "Export metrics (JSON)" and "Share dashboard" carry for one state: the figures from the engine
 * and the calculator with the data-prefilled baseline, whether or not the Calculator view was opened
 * (the prefill is applied here as the view applies it: non-null figures, never over the user's own
 * inputs). No app store here, so a test can run exactly what the button runs.
 */
import { calculatorExport, type CalculatorDataScale } from '../lib/calculator';
import {
  calculatorPrefill,
  currencyMix,
  metricsDocument,
  prefillInOneCurrency,
  revenueInOneCurrency,
  type EngineState,
  type MetricsDocument,
  type MetricsEngine,
  type ComparisonChoice,
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
  return (await prefilledWithScale(inputs)).calculator;
}

async function prefilledWithScale(
  inputs: ExportInputs,
): Promise<{ calculator: CalculatorState; dataScale?: CalculatorDataScale }> {
  if (!inputs.hasData) return { calculator: inputs.calculator };
  const figures = await inputs.engine.run(inputs.state, 'calculatorPrefill');
  // The deals' own currency, or none when they mix currencies (lib/metrics/currencies.ts).
  const mix = currencyMix(await inputs.engine.run(inputs.state, 'currencies'), inputs.calculator.currency);
  const prefill = prefillInOneCurrency(calculatorPrefill(figures, inputs.calculator.period), mix);
  const revenue = revenueInOneCurrency(await inputs.engine.run(inputs.state, 'revenue'), mix);
  return {
    calculator: applyPrefill(inputs.calculator, prefill),
    dataScale: {
      leakedRevenue: revenue?.leakedRevenue ?? null,
      leakedRevenueSpanDays: prefill.spanDays ?? null,
      periodDays: prefill.periodDays ?? 365,
      periodScale: prefill.periodScale ?? null,
      followUpAssumed: prefill.sources?.followUpRate?.kind === 'benchmark',
      prefillNotes: prefill.notes ?? [],
    },
  };
}

/** The `leadgap-metrics.json` document for this state. */
export async function metricsExport(
  inputs: ExportInputs & {
    rejectedRows: { leads: number; deals: number };
    /** The Follow-up view's "answered within" choice, in minutes (default 60). */
    speedWithinMinutes?: number | undefined;
    comparison?: ComparisonChoice | undefined;
  },
): Promise<MetricsDocument> {
  const { calculator: state, dataScale } = await prefilledWithScale(inputs);
  const calculator = calculatorExport(dataScale ? { ...state, dataScale } : state);
  return metricsDocument(inputs.engine, inputs.state, {
    rejectedRows: inputs.rejectedRows,
    calculator,
    currency: inputs.calculator.currency,
    speedWithinMinutes: inputs.speedWithinMinutes,
    comparison: inputs.comparison,
  });
}
