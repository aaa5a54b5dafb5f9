/**
 * What the metrics engine (engine.ts) keys its work by: a state (the inputs a figure depends on) and
 * the facts prepared for one definition and data, with their result cache, dimension codes and
 * filter contexts.
 */
import type { Filters, KnownFields, LeadDefinition, MetricContext } from './context';
import { DEFAULT_DEFINITION } from './context';
import type { DimensionCodes } from './dimension-codes';
import type { PreparedFacts } from './materialize';
import type { ResultCache } from './result-cache';

export interface EngineState {
  filters?: Filters | undefined;
  definition?: Partial<LeadDefinition> | undefined;
  /** From `knownFields(uploads)`; inferred from the columns' values when absent (less exact). */
  known?: KnownFields | undefined;
  /** Changes whenever the loaded rows change (the store's `dataVersion`). */
  dataVersion?: number | string | undefined;
}

export interface EngineOptions {
  /** false: never store the facts, compute them in every query (the reference tests' other path). */
  store?: boolean | undefined;
  /** Results kept per state (default 400). */
  cacheLimit?: number | undefined;
  /** false: filters always read the dimensions' text (dimension-codes.ts; the tests' other path). */
  codes?: boolean | undefined;
}

export interface Facts {
  key: string;
  prepared: Promise<PreparedFacts>;
  results: ResultCache;
  codes: DimensionCodes;
  /** Each filter state's context as first given: its SQL, and so its cached results, stay the same. */
  contexts: Map<string, MetricContext>;
}

/** Filter states whose context is kept (the oldest go first). */
export const CONTEXTS_KEPT = 500;

export function factsKey(state: EngineState): string {
  const known = state.known;
  return JSON.stringify({
    definition: { ...DEFAULT_DEFINITION, ...state.definition },
    known: known && {
      leads: [...known.leads].sort(),
      deals: [...known.deals].sort(),
      closedWonOnly: known.closedWonOnly ?? false,
      utc: [...(known.utc ?? [])].sort(),
    },
    data: state.dataVersion ?? null,
  });
}
