import { useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Db } from '../lib/db';
import {
  dropFacts,
  knownFields,
  prepareFacts,
  runQuery,
  withFilters,
  type MetricContext,
  type PreparedFacts,
  type Query,
} from '../lib/metrics';
import { useAppStore, type AppState } from './app-store';
import { readyDb } from './ingest-service';
import { ResultCache } from './result-cache';
import { useQuery, type QueryState } from './use-query';

/** Everything a metric depends on, read from the store. */
function contextInputs(state: AppState) {
  return {
    filters: state.filters,
    definition: state.definition,
    uploads: state.uploads,
    dataVersion: state.dataVersion,
  };
}
type ContextInputs = ReturnType<typeof contextInputs>;

interface Facts {
  inputs: ContextInputs;
  prepared: Promise<PreparedFacts>;
  /** Results of queries over these facts (result-cache.ts). */
  results: ResultCache;
}
interface Context {
  filters: ContextInputs['filters'];
  facts: Facts;
  ctx: Promise<MetricContext>;
}

// The facts, once per definition/data state: the only CREATE TABLE; a filter change reuses them.
let facts: Facts | null = null;
// One context per filters on those facts: every metric of a view shares it.
let context: Context | null = null;

function factsFor(db: Db, inputs: ContextInputs): Facts {
  const same =
    facts &&
    facts.inputs.definition === inputs.definition &&
    facts.inputs.uploads === inputs.uploads &&
    facts.inputs.dataVersion === inputs.dataVersion;
  if (!same || !facts) {
    const known = knownFields(
      inputs.uploads.map((u) => ({
        kind: u.prepared.kind,
        mapping: u.choice.mapping,
        closedWonAssumed: u.choice.closedWonAssumed,
      })),
    );
    const previous = facts?.prepared;
    facts = {
      inputs,
      prepared: prepareFacts(db, { definition: inputs.definition, known }),
      results: new ResultCache(),
    };
    // Queries still running on the previous state are stale: their results are dropped anyway.
    void previous?.then(({ base }) => dropFacts(db, base)).catch(() => undefined);
  }
  return facts;
}

function contextFor(db: Db, inputs: ContextInputs): Context {
  const current = factsFor(db, inputs);
  if (!context || context.filters !== inputs.filters || context.facts !== current) {
    context = {
      filters: inputs.filters,
      facts: current,
      ctx: current.prepared.then((p) => withFilters(p, inputs.filters)),
    };
  }
  return context;
}

/** The current metric context (filters, lead definition, known fields, as-of): facts once per data and
 * definition, filters applied on reading. */
export async function currentContext(): Promise<MetricContext> {
  return contextFor(await readyDb(), contextInputs(useAppStore.getState())).ctx;
}

/**
 * Where metrics come from. null (the default): DuckDB, live. A snapshot (src/lib/share) answers
 * `useMetric` from its stored results, and `useMetricTask` (row-level lists) not at all.
 */
export interface MetricsSource {
  metric<T>(build: (ctx: MetricContext) => Query<T>): Promise<T>;
}
let source: MetricsSource | null = null;
const sourceListeners = new Set<() => void>();
export function setMetricsSource(next: MetricsSource | null): void {
  source = next;
  for (const listener of sourceListeners) listener();
}
const subscribeSource = (listener: () => void) => {
  sourceListeners.add(listener);
  return () => sourceListeners.delete(listener);
};
const useMetricsSource = () =>
  useSyncExternalStore(
    subscribeSource,
    () => source,
    () => null,
  );

/** Runs one query on the current context, through the result cache (for lists a snapshot lacks). */
export async function runCurrent<T>(build: (ctx: MetricContext) => Query<T>): Promise<T> {
  const db = await readyDb();
  const { ctx, facts: current } = contextFor(db, contextInputs(useAppStore.getState()));
  return current.results.run(db, build(await ctx));
}

/** Runs one query on the live data (the snapshot export runs the catalog with it). */
export async function runLiveQuery<T>(query: Query<T>): Promise<T> {
  return runQuery(await readyDb(), query);
}

/**
 * A component declares its query (a pure builder from src/lib/metrics) and receives typed rows; it
 * re-runs when the filters, the lead definition or the data change (mosaic-style clients).
 */
export function useMetric<T>(
  build: (ctx: MetricContext) => Query<T>,
  keys: readonly unknown[] = [],
): QueryState<T> {
  const inputs = useAppStore(useShallow(contextInputs));
  const from = useMetricsSource();
  return useQuery(async () => {
    if (from) return from.metric(build);
    const db = await readyDb();
    const { ctx, facts: current } = contextFor(db, inputs);
    return current.results.run(db, build(await ctx));
  }, [from, inputs.filters, inputs.definition, inputs.uploads, ...keys]);
}

/** Like useMetric, for work that is more than one query (it reads the current context itself). */
export function useMetricTask<T>(task: () => Promise<T>, keys: readonly unknown[]): QueryState<T> {
  const inputs = useAppStore(useShallow(contextInputs));
  const from = useMetricsSource();
  return useQuery(
    () => (from ? Promise.reject(new Error('Lead-level lists are not in a snapshot.')) : task()),
    [from, inputs.filters, inputs.definition, inputs.uploads, ...keys],
  );
}
