import type { StateCreator } from 'zustand';
import { DEFAULT_DEFINITION, type Filters, type LeadDefinition } from '../lib/metrics/context';
import type { AppState } from './app-store';

/** What the views are computed under: the filters (one click from any chart) and the lead definition. */
export interface AnalysisSlice {
  filters: Filters;
  definition: LeadDefinition;
  /** Adds the value to the dimension's filter, or removes it when already there. */
  toggleFilter: (dimension: string, value: string) => void;
  removeFilter: (dimension: string, value?: string) => void;
  /** Sets the dimension's accepted values at once (a picker's Apply); [] removes its filter. */
  setDimensionFilter: (dimension: string, values: readonly string[]) => void;
  setCreatedRange: (from: string | undefined, to: string | undefined) => void;
  clearFilters: () => void;
  setDefinition: (change: Partial<LeadDefinition>) => void;
  resetDefinition: () => void;
}

export const createAnalysisSlice: StateCreator<AppState, [], [], AnalysisSlice> = (set) => ({
  filters: {},
  definition: DEFAULT_DEFINITION,
  toggleFilter: (dimension, value) => set((s) => ({ filters: toggledFilter(s.filters, dimension, value) })),
  removeFilter: (dimension, value) =>
    set((s) => {
      if (dimension === 'created')
        return { filters: { ...s.filters, createdFrom: undefined, createdTo: undefined } };
      const current = s.filters.dimensions?.[dimension] ?? [];
      const next = value === undefined ? [] : current.filter((v) => v !== value);
      return { filters: { ...s.filters, dimensions: withDimension(s.filters.dimensions, dimension, next) } };
    }),
  setDimensionFilter: (dimension, values) =>
    set((s) => ({
      filters: {
        ...s.filters,
        dimensions: withDimension(s.filters.dimensions, dimension, [...new Set(values)]),
      },
    })),
  setCreatedRange: (createdFrom, createdTo) =>
    set((s) => ({ filters: { ...s.filters, createdFrom, createdTo } })),
  clearFilters: () => set({ filters: {} }),
  setDefinition: (change) => set((s) => ({ definition: { ...s.definition, ...change } })),
  resetDefinition: () => set({ definition: DEFAULT_DEFINITION }),
});

/** The filters after a toggle of one value (a click on a chart's bar): what toggleFilter sets. */
export function toggledFilter(filters: Filters, dimension: string, value: string): Filters {
  const current = filters.dimensions?.[dimension] ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, dimensions: withDimension(filters.dimensions, dimension, next) };
}

function withDimension(dimensions: Filters['dimensions'], dimension: string, values: string[]) {
  const others = Object.entries(dimensions ?? {}).filter(([key]) => key !== dimension);
  return Object.fromEntries(values.length > 0 ? [...others, [dimension, values]] : others);
}
