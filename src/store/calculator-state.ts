/**
 * The GAP calculator's state: currency, period and the named scenarios (each a full set of inputs
 * with where each came from), which one is edited, and which inputs the user typed (a data prefill
 * leaves those alone). Persisted (app-store.ts) and mirrored in the URL hash (url-hash.ts).
 *
 * The transitions are pure functions of CalculatorState (exported for tests); the slice wires
 * them to the store. Every input value that enters the state has passed validateInputs, so
 * computeGap never throws on it.
 */
import {
  CALCULATOR_FIELDS,
  DEFAULT_CURRENCY,
  DEFAULT_PERIOD,
  PERIOD_MONTHS,
  PER_PERIOD_FIELDS,
  PREFILL_FIELDS,
  createScenario,
  defaultInputs,
  defaultProvenance,
  duplicateScenario,
  randomId,
  removeScenario,
  renameScenario,
  setBaseline,
  validateInputs,
  type CalculatorField,
  type CalculatorPeriod,
  type CalculatorPrefill,
  type IdFn,
  type PrefillField,
  type Provenance,
  type Scenario,
} from '../lib/calculator';
import { MAX_SCENARIOS } from '../lib/share';

export interface CalculatorState {
  currency: string;
  period: CalculatorPeriod;
  /** Never empty; exactly one is the baseline. */
  scenarios: Scenario[];
  /** The scenario the inputs, sliders and charts show. */
  selectedId: string;
  /** Per scenario id: the inputs the user typed or slid (a data prefill leaves them alone). */
  overridden: Record<string, CalculatorField[]>;
  /** What the last applied data prefill was based on ("3,000 leads, … scaled to a year"). */
  dataBasis: string | null;
}

export { MAX_SCENARIOS };

export function initialCalculator(newId: IdFn = randomId): CalculatorState {
  const baseline = createScenario('Today', defaultInputs(), defaultProvenance(), { baseline: true, newId });
  return {
    currency: DEFAULT_CURRENCY,
    period: DEFAULT_PERIOD,
    scenarios: [baseline],
    selectedId: baseline.id,
    overridden: {},
    dataBasis: null,
  };
}

export function baselineOf(state: CalculatorState): Scenario {
  // Normalised on every write, so a baseline always exists; the fallback only satisfies the types.
  return state.scenarios.find((s) => s.baseline) ?? (state.scenarios[0] as Scenario);
}

/** True when `value` may be stored in `field` (it passes validateInputs with the other inputs). */
function acceptable(scenario: Scenario, field: CalculatorField, value: number): boolean {
  const check = validateInputs({ ...scenario.inputs, [field]: value });
  return check.ok || !check.errors.some((e) => e.field === field);
}

function updateScenario(
  state: CalculatorState,
  id: string,
  update: (scenario: Scenario) => Scenario,
): CalculatorState {
  let changed = false;
  const scenarios = state.scenarios.map((s) => {
    if (s.id !== id) return s;
    const next = update(s);
    changed ||= next !== s;
    return next;
  });
  return changed ? { ...state, scenarios } : state;
}

function withOverride(
  state: CalculatorState,
  id: string,
  field: CalculatorField,
  on: boolean,
): CalculatorState {
  const current = state.overridden[id] ?? [];
  if (current.includes(field) === on) return state;
  const next = on
    ? CALCULATOR_FIELDS.filter((f) => f === field || current.includes(f))
    : current.filter((f) => f !== field);
  return { ...state, overridden: { ...state.overridden, [id]: next } };
}

/** The user typed or slid a value: it becomes "your assumption" and a prefill will not replace it. */
export function setInput(
  state: CalculatorState,
  id: string,
  field: CalculatorField,
  value: number,
): CalculatorState {
  const updated = updateScenario(state, id, (s) => {
    if (!acceptable(s, field, value)) return s;
    if (s.inputs[field] === value && s.provenance[field].kind === 'assumption') return s;
    return {
      ...s,
      inputs: { ...s.inputs, [field]: value },
      provenance: { ...s.provenance, [field]: { kind: 'assumption' } },
    };
  });
  if (updated === state) return state;
  return withOverride(updated, id, field, true);
}

/** The value a prefill has for `field`, when it has a usable one. */
function prefillValue(prefill: CalculatorPrefill | undefined, field: CalculatorField): number | null {
  if (!prefill || !(PREFILL_FIELDS as readonly string[]).includes(field)) return null;
  const value = prefill[field as (typeof PREFILL_FIELDS)[number]];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** Back to where the input comes from: the data when it has the figure, else the benchmark or default. */
export function resetInput(
  state: CalculatorState,
  id: string,
  field: CalculatorField,
  prefill: CalculatorPrefill | undefined,
): CalculatorState {
  const fromData = prefillValue(prefill, field);
  const updated = updateScenario(state, id, (s) => {
    const useData = fromData !== null && acceptable(s, field, fromData);
    const value = useData ? fromData : defaultInputs()[field];
    const dataSource = prefill?.sources?.[field as PrefillField] ?? { kind: 'data' as const };
    const provenance = useData ? { ...dataSource } : defaultProvenance()[field];
    return {
      ...s,
      inputs: { ...s.inputs, [field]: value },
      provenance: { ...s.provenance, [field]: provenance },
    };
  });
  const cleared = withOverride(updated, id, field, false);
  return fromData !== null && prefill ? { ...cleared, dataBasis: prefill.basis } : cleared;
}

function sameProvenance(a: Provenance, b: Provenance): boolean {
  return a.kind === b.kind && (a.kind !== 'benchmark' || (b.kind === 'benchmark' && a.source === b.source));
}

/**
 * Applies the data's figures to the baseline scenario: only non-null, valid values, and only to
 * inputs the user has not overridden, unless `force` ("Use my data"), which also clears those
 * overrides. Returns the same state object when nothing changes.
 */
export function applyPrefill(
  state: CalculatorState,
  prefill: CalculatorPrefill,
  options: { force?: boolean } = {},
): CalculatorState {
  const baseline = baselineOf(state);
  const overridden = state.overridden[baseline.id] ?? [];
  let scenario = baseline;
  const applied: CalculatorField[] = [];
  for (const field of PREFILL_FIELDS) {
    const value = prefillValue(prefill, field);
    if (value === null) continue;
    if (!options.force && overridden.includes(field)) continue;
    if (!acceptable(scenario, field, value)) continue;
    applied.push(field);
    const source = prefill.sources?.[field] ?? { kind: 'data' as const };
    if (scenario.inputs[field] === value && sameProvenance(scenario.provenance[field], source)) continue;
    scenario = {
      ...scenario,
      inputs: { ...scenario.inputs, [field]: value },
      provenance: { ...scenario.provenance, [field]: { ...source } },
    };
  }
  for (const field of prefill.unknown ?? []) {
    if (overridden.includes(field) || scenario.provenance[field].kind === 'empty') continue;
    applied.push(field);
    scenario = {
      ...scenario,
      inputs: { ...scenario.inputs, [field]: 0 },
      provenance: { ...scenario.provenance, [field]: { kind: 'empty' } },
    };
  }
  if (applied.length === 0) return state;
  let next: CalculatorState = state;
  if (scenario !== baseline) {
    next = { ...next, scenarios: state.scenarios.map((s) => (s.id === baseline.id ? scenario : s)) };
  }
  if (options.force) {
    const kept = overridden.filter((f) => !applied.includes(f));
    if (kept.length !== overridden.length)
      next = { ...next, overridden: { ...next.overridden, [baseline.id]: kept } };
  }
  if (next.dataBasis !== prefill.basis) next = { ...next, dataBasis: prefill.basis };
  return next;
}

function nextName(scenarios: readonly Scenario[]): string {
  const names = new Set(scenarios.map((s) => s.name));
  let n = scenarios.length + 1;
  while (names.has(`Scenario ${n}`)) n += 1;
  return `Scenario ${n}`;
}

/** A new scenario: a copy of the baseline's inputs, at the end, selected. */
export function addScenario(state: CalculatorState, newId: IdFn = randomId): CalculatorState {
  if (state.scenarios.length >= MAX_SCENARIOS) return state;
  const baseline = baselineOf(state);
  const scenario = createScenario(nextName(state.scenarios), baseline.inputs, baseline.provenance, { newId });
  return {
    ...state,
    scenarios: [...state.scenarios, scenario],
    selectedId: scenario.id,
    overridden: { ...state.overridden, [scenario.id]: [...(state.overridden[baseline.id] ?? [])] },
  };
}

export function duplicate(state: CalculatorState, id: string, newId: IdFn = randomId): CalculatorState {
  if (state.scenarios.length >= MAX_SCENARIOS) return state;
  const index = state.scenarios.findIndex((s) => s.id === id);
  if (index < 0) return state;
  const scenarios = duplicateScenario(state.scenarios, id, newId);
  const copy = scenarios[index + 1] as Scenario;
  return {
    ...state,
    scenarios,
    selectedId: copy.id,
    overridden: { ...state.overridden, [copy.id]: [...(state.overridden[id] ?? [])] },
  };
}

export function rename(state: CalculatorState, id: string, name: string): CalculatorState {
  const trimmed = name.trim().slice(0, 80);
  const target = state.scenarios.find((s) => s.id === id);
  if (!target || trimmed === '' || target.name === trimmed) return state;
  return { ...state, scenarios: renameScenario(state.scenarios, id, trimmed) };
}

export function remove(state: CalculatorState, id: string): CalculatorState {
  const scenarios = removeScenario(state.scenarios, id);
  if (scenarios.length === state.scenarios.length) return state;
  const overridden = Object.fromEntries(Object.entries(state.overridden).filter(([key]) => key !== id));
  const selectedId = state.selectedId === id ? baselineOf({ ...state, scenarios }).id : state.selectedId;
  return { ...state, scenarios, overridden, selectedId };
}

export function makeBaseline(state: CalculatorState, id: string): CalculatorState {
  if (!state.scenarios.some((s) => s.id === id) || baselineOf(state).id === id) return state;
  return { ...state, scenarios: setBaseline(state.scenarios, id) };
}

/** Moving to another period scales the per-period amounts (goal, prior revenue, leads); rates stay. */
export function changePeriod(state: CalculatorState, period: CalculatorPeriod): CalculatorState {
  if (period === state.period) return state;
  const factor = PERIOD_MONTHS[period] / PERIOD_MONTHS[state.period];
  const scenarios = state.scenarios.map((s) => {
    const inputs = { ...s.inputs };
    for (const field of PER_PERIOD_FIELDS) inputs[field] = s.inputs[field] * factor;
    return { ...s, inputs };
  });
  return { ...state, period, scenarios };
}

/** A copy of the baseline, named, with some inputs changed (as typed: "your assumption"), selected. */
export function addVariant(
  state: CalculatorState,
  name: string,
  changes: Partial<Record<CalculatorField, number>>,
  newId: IdFn = randomId,
): CalculatorState {
  const base = baselineOf(state);
  let next = duplicate(state, base.id, newId);
  if (next === state) return state;
  const id = next.selectedId;
  next = rename(next, id, name);
  for (const [field, value] of Object.entries(changes) as [CalculatorField, number][])
    next = setInput(next, id, field, value);
  return next;
}
