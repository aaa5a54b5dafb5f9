import { CALCULATOR_FIELDS } from './fields';
import { compareToBaseline } from './scenarios';
import type { CalculatorPeriod } from './settings';
import { shownOutputs } from './shown';
import type { CalculatorInputs, InputProvenance, Scenario, ShownOutputs } from './types';
import { validateInputs } from './validate';

/** One scenario in the `calculator` object of leadgap-metrics.json (DESIGN.md test contract). */
export interface CalculatorScenarioExport {
  name: string;
  baseline: boolean;
  inputs: CalculatorInputs;
  /**
   * null only when the inputs are invalid (never for scenarios the app made). An output that needs
   * an input not entered yet (revenue goal, prior revenue, retention, nurture→SQL) is null.
   */
  outputs: ShownOutputs | null;
  /** Added key: where each input came from (your data / benchmark with source / your assumption). */
  provenance: InputProvenance;
  /** Added key: this scenario's GAP − the baseline's (0 for the baseline; null without outputs). */
  gapChangeVsBaseline: number | null;
}

/**
 * Added keys: how "revenue lost to no follow-up" relates to the dashboard's leaked revenue. With data,
 * the baseline's lost-to-no-follow-up = leakedRevenue × periodScale, periodScale = periodDays /
 * leakedRevenueSpanDays (the calendar days from the first to the last lead created in view).
 */
export interface CalculatorDataScale {
  leakedRevenue: number | null;
  leakedRevenueSpanDays: number | null;
  periodDays: number;
  periodScale: number | null;
  /** True when follow-up is not in the data and the baseline rests on an assumed rate. */
  followUpAssumed: boolean;
  /** What was assumed to make the rates multiply back to the data's lead-to-win. */
  prefillNotes: string[];
}

export interface CalculatorExport extends Partial<CalculatorDataScale> {
  currency: string;
  period: CalculatorPeriod;
  scenarios: CalculatorScenarioExport[];
}

export interface CalculatorExportSource {
  currency: string;
  period: CalculatorPeriod;
  scenarios: readonly Scenario[];
  /** With data loaded: the scale from the data's span to the period. */
  dataScale?: CalculatorDataScale;
}

/** Inputs in DESIGN.md's key order, so the file reads the same every time. */
function orderedInputs(inputs: CalculatorInputs): CalculatorInputs {
  return Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f, inputs[f]])) as CalculatorInputs;
}

function orderedProvenance(provenance: InputProvenance): InputProvenance {
  return Object.fromEntries(CALCULATOR_FIELDS.map((f) => [f, { ...provenance[f] }])) as InputProvenance;
}

/**
 * The calculator's scenarios as the metrics document carries them: every scenario's inputs and
 * outputs, with the baseline flagged. Pure; never throws (a scenario with invalid inputs gets
 * `outputs: null`), so the export button cannot fail because of one bad scenario.
 */
export function calculatorExport(source: CalculatorExportSource): CalculatorExport {
  const valid = source.scenarios.filter((s) => validateInputs(s.inputs).ok);
  const compared = new Map(compareToBaseline(valid).map((c) => [c.scenario.id, c]));
  const baselineValid = valid.some((s) => s.baseline) || !source.scenarios.some((s) => s.baseline);
  return {
    currency: source.currency,
    period: source.period,
    ...(source.dataScale ? { ...source.dataScale, prefillNotes: [...source.dataScale.prefillNotes] } : {}),
    scenarios: source.scenarios.map((scenario) => {
      const comparison = compared.get(scenario.id);
      return {
        name: scenario.name,
        baseline: scenario.baseline,
        inputs: orderedInputs(scenario.inputs),
        outputs: comparison ? shownOutputs(comparison.outputs, scenario.provenance) : null,
        provenance: orderedProvenance(scenario.provenance),
        gapChangeVsBaseline: comparison && baselineValid ? comparison.gapDelta : null,
      };
    }),
  };
}
