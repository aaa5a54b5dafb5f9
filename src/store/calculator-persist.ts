/**
 * The calculator as links and stored copies carry it (validated by lib/share): to and from the state,
 * and the persisted form (JSON-safe).
 */
import { normalizeBaseline } from '../lib/calculator';
import { decodeCalculatorSection, type SharedCalculator } from '../lib/share';
import { baselineOf, initialCalculator, type CalculatorState } from './calculator-state';

/** The state carried by a link or a stored copy (already validated by lib/share). */
export function fromShared(shared: SharedCalculator, current: CalculatorState): CalculatorState {
  const scenarios = normalizeBaseline(shared.scenarios.map(({ overridden: _o, ...scenario }) => scenario));
  const overridden = Object.fromEntries(shared.scenarios.map((s) => [s.id, [...s.overridden]]));
  const selectedId = scenarios.some((s) => s.id === current.selectedId)
    ? current.selectedId
    : baselineOf({ ...current, scenarios }).id;
  return {
    currency: shared.currency,
    period: shared.period,
    scenarios,
    selectedId,
    overridden,
    dataBasis: current.dataBasis,
  };
}

export function toShared(state: CalculatorState): SharedCalculator {
  return {
    currency: state.currency,
    period: state.period,
    scenarios: state.scenarios.map((s) => ({ ...s, overridden: [...(state.overridden[s.id] ?? [])] })),
  };
}

/**
 * A stored calculator (localStorage) checked like a link: anything unreadable falls back to a
 * fresh calculator instead of reaching computeGap. Used by the persist merge in app-store.ts.
 */
export function sanitizeCalculator(raw: unknown): CalculatorState {
  const fresh = initialCalculator();
  const decoded = decodeCalculatorSection(raw);
  if (!decoded.ok) return fresh;
  const record = raw as Record<string, unknown>;
  const selectedId = typeof record['selectedId'] === 'string' ? record['selectedId'] : '';
  const basis = record['dataBasis'];
  return {
    ...fromShared(decoded.value, { ...fresh, selectedId }),
    dataBasis: typeof basis === 'string' ? basis.slice(0, 300) : null,
  };
}

/** What persists: the link's form of the state plus the selection and the data basis (JSON-safe). */
export const persistedCalculator = (state: CalculatorState) => ({
  ...toShared(state),
  selectedId: state.selectedId,
  dataBasis: state.dataBasis,
});

/** The inputs neither the data nor a sourced benchmark gives: asked for, never assumed. */
const ASKED_FOR = ['revenueGoal', 'priorRevenue', 'retentionRate', 'nurtureToSqlRate'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Stored copies before version 3 held placeholders for the inputs nobody can assume (a $1,000,000
 * goal "your assumption"), which claimed a GAP or surplus. The ones the user never changed start
 * empty now, as in a fresh calculator; what the user typed stays.
 */
export function withoutOldPlaceholders(persisted: unknown): unknown {
  if (!isRecord(persisted) || !isRecord(persisted['calculator'])) return persisted;
  const calculator = persisted['calculator'];
  const scenarios = calculator['scenarios'];
  if (!Array.isArray(scenarios)) return persisted;
  const emptied = scenarios.map((scenario: unknown) => {
    if (!isRecord(scenario) || !isRecord(scenario['inputs']) || !isRecord(scenario['provenance'])) {
      return scenario;
    }
    const overridden = Array.isArray(scenario['overridden']) ? (scenario['overridden'] as unknown[]) : [];
    const inputs = { ...scenario['inputs'] };
    const provenance = { ...scenario['provenance'] };
    for (const field of ASKED_FOR) {
      const kind = isRecord(provenance[field]) ? provenance[field]['kind'] : undefined;
      if (overridden.includes(field) || kind !== 'assumption') continue;
      inputs[field] = 0;
      provenance[field] = { kind: 'empty' };
    }
    return { ...scenario, inputs, provenance };
  });
  return { ...persisted, calculator: { ...calculator, scenarios: emptied } };
}
