import { useShallow } from 'zustand/react/shallow';
import type { Db } from '../lib/db';
import { knownFields, resolveContext, runQuery, type MetricContext, type Query } from '../lib/metrics';
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
    cached = {
      inputs,
      context: resolveContext(db, { filters: inputs.filters, definition: inputs.definition, known }),
    };
  }
  return cached.context;
}

/** The current metric context (filters, lead definition, known fields, as-of), resolved once per state. */
export async function currentContext(): Promise<MetricContext> {
  return contextFor(await readyDb(), contextInputs(useAppStore.getState()));
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
  return useQuery(async () => {
    const db = await readyDb();
    return runQuery(db, build(await contextFor(db, inputs)));
  }, [inputs.filters, inputs.definition, inputs.uploads, ...keys]);
}

/** Like useMetric, for work that is more than one query (it reads the current context itself). */
export function useMetricTask<T>(task: () => Promise<T>, keys: readonly unknown[]): QueryState<T> {
  const inputs = useAppStore(useShallow(contextInputs));
  return useQuery(task, [inputs.filters, inputs.definition, inputs.uploads, ...keys]);
}
