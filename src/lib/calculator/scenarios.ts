import { computeGap } from './formulas';
import type { CalculatorInputs, CalculatorOutputs, InputProvenance, Scenario } from './types';

export type IdFn = () => string;

/**
 * crypto.randomUUID only exists in secure contexts (https, localhost, file://); a static site
 * served over plain http on an intranet still has getRandomValues, so fall back to that.
 */
export const randomId: IdFn = () => {
  if (typeof globalThis.crypto.randomUUID === 'function') return globalThis.crypto.randomUUID();
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
};

function copyProvenance(provenance: InputProvenance): InputProvenance {
  const entries = Object.entries(provenance).map(([field, p]) => [field, { ...p }]);
  return Object.fromEntries(entries) as InputProvenance;
}

export interface CreateScenarioOptions {
  baseline?: boolean;
  newId?: IdFn;
}

export function createScenario(
  name: string,
  inputs: CalculatorInputs,
  provenance: InputProvenance,
  options: CreateScenarioOptions = {},
): Scenario {
  return {
    id: (options.newId ?? randomId)(),
    name,
    baseline: options.baseline ?? false,
    inputs: { ...inputs },
    provenance: copyProvenance(provenance),
  };
}

/** Inserts "Copy of X" right after X; the copy is never the baseline. Unknown id: unchanged. */
export function duplicateScenario(
  scenarios: readonly Scenario[],
  id: string,
  newId: IdFn = randomId,
): Scenario[] {
  const index = scenarios.findIndex((s) => s.id === id);
  const source = scenarios[index];
  if (source === undefined) return [...scenarios];
  const copy = createScenario(`Copy of ${source.name}`, source.inputs, source.provenance, {
    newId,
  });
  return [...scenarios.slice(0, index + 1), copy, ...scenarios.slice(index + 1)];
}

/** A blank name is ignored so a scenario can never become unnamed. */
export function renameScenario(scenarios: readonly Scenario[], id: string, name: string): Scenario[] {
  const trimmed = name.trim();
  if (trimmed === '') return [...scenarios];
  return scenarios.map((s) => (s.id === id ? { ...s, name: trimmed } : s));
}

export function canRemoveScenario(scenarios: readonly Scenario[]): boolean {
  return scenarios.length > 1;
}

/**
 * Removes a scenario unless it is the last one (the calculator always has one).
 * Removing the baseline makes the first remaining scenario the baseline.
 */
export function removeScenario(scenarios: readonly Scenario[], id: string): Scenario[] {
  if (!canRemoveScenario(scenarios)) return [...scenarios];
  return normalizeBaseline(scenarios.filter((s) => s.id !== id));
}

/** Makes `id` the only baseline. Unknown id: the list is only normalised. */
export function setBaseline(scenarios: readonly Scenario[], id: string): Scenario[] {
  if (!scenarios.some((s) => s.id === id)) return normalizeBaseline(scenarios);
  return scenarios.map((s) => withBaseline(s, s.id === id));
}

/**
 * Exactly one baseline: the first flagged one, else the first scenario. For lists from
 * outside (URL hash, snapshot file) and after removals.
 */
export function normalizeBaseline(scenarios: readonly Scenario[]): Scenario[] {
  const index = Math.max(
    0,
    scenarios.findIndex((s) => s.baseline),
  );
  return scenarios.map((s, i) => withBaseline(s, i === index));
}

function withBaseline(scenario: Scenario, baseline: boolean): Scenario {
  return scenario.baseline === baseline ? scenario : { ...scenario, baseline };
}

export interface ScenarioComparison {
  scenario: Scenario;
  outputs: CalculatorOutputs;
  /** This scenario's GAP − the baseline's GAP: negative means it closes more of the gap. */
  gapDelta: number;
}

/** Outputs of every scenario and how its GAP differs from the baseline's (0 for the baseline). */
export function compareToBaseline(scenarios: readonly Scenario[]): ScenarioComparison[] {
  const normalized = normalizeBaseline(scenarios);
  const results = normalized.map((scenario) => ({
    scenario,
    outputs: computeGap(scenario.inputs),
  }));
  const baselineGap = results.find((r) => r.scenario.baseline)?.outputs.gap ?? 0;
  return results.map((r) => ({
    ...r,
    gapDelta: r.scenario.baseline ? 0 : r.outputs.gap - baselineGap,
  }));
}
