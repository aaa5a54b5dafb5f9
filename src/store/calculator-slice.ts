/** The calculator slice: wires the pure transitions of calculator-state.ts to the store. */
import type { StateCreator } from 'zustand';
import {
  isCalculatorPeriod,
  isCurrencyCode,
  type CalculatorField,
  type CalculatorPeriod,
  type CalculatorPrefill,
} from '../lib/calculator';
import type { SharedCalculator } from '../lib/share';
import type { AppState } from './app-store';
import {
  addScenario,
  addVariant,
  applyPrefill,
  changePeriod,
  duplicate,
  initialCalculator,
  makeBaseline,
  remove,
  rename,
  resetInput,
  setInput,
  type CalculatorState,
} from './calculator-state';
import { fromShared } from './calculator-persist';

export * from './calculator-state';
export * from './calculator-persist';

export interface CalculatorSlice {
  calculator: CalculatorState;
  /** Why the link in the address bar could not be opened (null: nothing to say). Not persisted. */
  shareProblem: string | null;
  setCalculatorInput: (id: string, field: CalculatorField, value: number) => void;
  resetCalculatorInput: (id: string, field: CalculatorField, prefill: CalculatorPrefill | undefined) => void;
  /** Data figures into the baseline; `force` ("Use my data") also replaces the user's overrides. */
  applyCalculatorPrefill: (prefill: CalculatorPrefill, options?: { force?: boolean }) => void;
  addCalculatorScenario: () => void;
  /** A named copy of the baseline with these inputs changed (e.g. "Answer within 1 h"). */
  addCalculatorVariant: (name: string, changes: Partial<Record<CalculatorField, number>>) => void;
  duplicateCalculatorScenario: (id: string) => void;
  renameCalculatorScenario: (id: string, name: string) => void;
  removeCalculatorScenario: (id: string) => void;
  setCalculatorBaseline: (id: string) => void;
  selectCalculatorScenario: (id: string) => void;
  setCalculatorCurrency: (currency: string) => void;
  setCalculatorPeriod: (period: CalculatorPeriod) => void;
  loadSharedCalculator: (shared: SharedCalculator) => void;
  /** Back to one "Today" scenario with benchmarks and assumptions. */
  resetCalculator: () => void;
  setShareProblem: (problem: string | null) => void;
}

export const createCalculatorSlice: StateCreator<AppState, [], [], CalculatorSlice> = (set) => {
  const update = (transition: (state: CalculatorState) => CalculatorState) =>
    set((s) => {
      const next = transition(s.calculator);
      return next === s.calculator ? s : { calculator: next };
    });
  return {
    calculator: initialCalculator(),
    shareProblem: null,
    setCalculatorInput: (id, field, value) => update((c) => setInput(c, id, field, value)),
    resetCalculatorInput: (id, field, prefill) => update((c) => resetInput(c, id, field, prefill)),
    applyCalculatorPrefill: (prefill, options) => update((c) => applyPrefill(c, prefill, options)),
    addCalculatorScenario: () => update((c) => addScenario(c)),
    addCalculatorVariant: (name, changes) => update((c) => addVariant(c, name, changes)),
    duplicateCalculatorScenario: (id) => update((c) => duplicate(c, id)),
    renameCalculatorScenario: (id, name) => update((c) => rename(c, id, name)),
    removeCalculatorScenario: (id) => update((c) => remove(c, id)),
    setCalculatorBaseline: (id) => update((c) => makeBaseline(c, id)),
    selectCalculatorScenario: (id) =>
      update((c) =>
        c.selectedId === id || !c.scenarios.some((s) => s.id === id) ? c : { ...c, selectedId: id },
      ),
    setCalculatorCurrency: (currency) =>
      update((c) => (currency === c.currency || !isCurrencyCode(currency) ? c : { ...c, currency })),
    setCalculatorPeriod: (period) =>
      update((c) => (isCalculatorPeriod(period) ? changePeriod(c, period) : c)),
    loadSharedCalculator: (shared) => update((c) => fromShared(shared, c)),
    resetCalculator: () => update(() => initialCalculator()),
    setShareProblem: (shareProblem) => set({ shareProblem }),
  };
};
