import { computeGap } from './formulas';
import type { CalculatorField, CalculatorOutputs, InputProvenance, ShownOutputs } from './types';

/** The inputs the GAP needs that no data or benchmark gives, in the order the page asks for them. */
export const ASKED_FIELDS = ['revenueGoal', 'priorRevenue', 'retentionRate', 'nurtureToSqlRate'] as const;

/**
 * Inputs that can also be asked for: average deal size when the data's deals link to no lead (what a
 * won lead is worth is then unknown, and no assumed figure stands in for it).
 */
const ASKED_WHEN_UNKNOWN = ['averageDeal'] as const;

/** The inputs still empty (asked for, not entered). */
export function missingInputs(provenance: InputProvenance): CalculatorField[] {
  return [...ASKED_FIELDS, ...ASKED_WHEN_UNKNOWN].filter((f) => provenance[f].kind === 'empty');
}

/**
 * The outputs with those that need an empty input set to null: retained needs prior revenue and
 * retention; new revenue needed also the goal; nurture revenue needs nurture→SQL; every revenue
 * figure needs the average deal; the GAP and what closes it need all of them.
 */
export function shownOutputs(outputs: CalculatorOutputs, provenance: InputProvenance): ShownOutputs {
  const empty = (f: CalculatorField) => provenance[f].kind === 'empty';
  const dealKnown = !empty('averageDeal');
  const retainedKnown = !empty('priorRevenue') && !empty('retentionRate');
  const neededKnown = retainedKnown && !empty('revenueGoal');
  const nurtureKnown = !empty('nurtureToSqlRate') && dealKnown;
  const gapKnown = neededKnown && nurtureKnown;
  return {
    retained: retainedKnown ? outputs.retained : null,
    newRevenueNeeded: neededKnown ? outputs.newRevenueNeeded : null,
    inboundRevenue: dealKnown ? outputs.inboundRevenue : null,
    nurtureRevenue: nurtureKnown ? outputs.nurtureRevenue : null,
    gap: gapKnown ? outputs.gap : null,
    sqlsNeeded: gapKnown ? outputs.sqlsNeeded : null,
    leadsNeeded: gapKnown ? outputs.leadsNeeded : null,
    revenueLostToNoFollowUp: dealKnown ? outputs.revenueLostToNoFollowUp : null,
    leadsPerRevenue: dealKnown ? outputs.leadsPerRevenue : null,
  };
}

/** computeGap then shownOutputs. */
export function computeShown(
  inputs: Parameters<typeof computeGap>[0],
  provenance: InputProvenance,
): ShownOutputs {
  return shownOutputs(computeGap(inputs), provenance);
}
