import { CALCULATOR_FIELDS, FIELD_KINDS, FIELD_LABELS } from './fields';
import { computeGap } from './formulas';
import type { CalculatorField, CalculatorInputs } from './types';

export interface LeverEffect {
  field: CalculatorField;
  label: string;
  /** The input's value after the +10% nudge (a rate is capped at 100%). */
  newValue: number;
  /** newGap − current GAP: negative means the lever shrinks the gap. */
  gapChange: number;
  newGap: number;
}

export const LEVER_STEP = 0.1;

/**
 * "Which lever closes the gap fastest": the change of GAP when each input alone is raised by
 * 10% of its own value (relative, so a 20% rate becomes 22%, not 30%). Rates are capped at 100%
 * and the capped change is reported, so a lever already at 100% shows 0. An input at 0 stays 0:
 * a relative nudge cannot move it. Sorted by largest gap reduction first; ties keep the
 * calculator's field order.
 */
export function rankLevers(inputs: CalculatorInputs): LeverEffect[] {
  const { gap } = computeGap(inputs);
  const effects = CALCULATOR_FIELDS.map((field): LeverEffect => {
    const raised = inputs[field] * (1 + LEVER_STEP);
    const newValue = FIELD_KINDS[field] === 'rate' ? Math.min(raised, 1) : raised;
    const newGap = computeGap({ ...inputs, [field]: newValue }).gap;
    return { field, label: FIELD_LABELS[field], newValue, gapChange: newGap - gap, newGap };
  });
  return effects.sort(byGapChange);
}

// Inputs that multiply the same term (leads, follow-up, close rate, deal size) move the GAP by
// the same amount; rounding noise must not reorder those ties, so near-equal counts as equal.
function byGapChange(a: LeverEffect, b: LeverEffect): number {
  const tolerance = 1e-9 * Math.max(1, Math.abs(a.gapChange), Math.abs(b.gapChange));
  const difference = a.gapChange - b.gapChange;
  return Math.abs(difference) <= tolerance ? 0 : difference;
}
