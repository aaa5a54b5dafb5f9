import { useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Db } from '../lib/db';
import {
  dropFacts,
  knownFields,
  materializeFacts,
  resolveContext,
  runQuery,
  type MetricContext,
  type Query,
} from '../lib/metrics';
import { useAppStore, type AppState } from './app-store';
import { readyDb } from './ingest-service';
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

// One resolved context per filters/definition/data state: every metric of a view shares it.
let cached: { inputs: ContextInputs; context: Promise<MetricContext> } | null = null;

function contextFor(db: Db, inputs: ContextInputs): Promise<MetricContext> {
  const same =
    cached &&
    cached.inputs.filters === inputs.filters &&
    cached.inputs.definition === inputs.definition &&
    cached.inputs.uploads === inputs.uploads &&
    cached.inputs.dataVersion === inputs.dataVersion;
  if (!same || !cached) {
    const known = knownFields(
      inputs.uploads.map((u) => ({
        kind: u.prepared.kind,
        mapping: u.choice.mapping,
        closedWonAssumed: u.choice.closedWonAssumed,
      })),
    );
    const previous = cached?.context;
    cached = {
      inputs,
      // The filtered lead facts are computed once here; the view's queries then read a table.
      context: resolveContext(db, { filters: inputs.filters, definition: inputs.definition, known }).then(
        (ctx) => materializeFacts(db, ctx).catch(() => ctx),
      ),
    };
    // Queries still running on the previous state are stale: their results are dropped anyway.
    void previous?.then((ctx) => dropFacts(db, ctx)).catch(() => undefined);
  }
  return cached.context;
}

/** The current metric context (filters, lead definition, known fields, as-of), resolved once per state. */
export async function currentContext(): Promise<MetricContext> {
  return contextFor(await readyDb(), contextInputs(useAppStore.getState()));
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
    return runQuery(db, build(await contextFor(db, inputs)));
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
