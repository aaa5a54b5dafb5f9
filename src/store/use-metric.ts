import { useMemo, useSyncExternalStore } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  MetricsEngine,
  knownFields,
  missingFor,
  missingSentence,
  type EngineState,
  type KnownFields,
  type MetricFigure,
  type MetricName,
  type MetricParams,
  type MetricResult,
} from '../lib/metrics';
import { useAppStore, type AppState } from './app-store';
import { useAsked } from './asked-metrics';
import { afterReading, readingFiles } from './files-settled';
import { afterWarmUp, engineDb, warmUpOnce } from './ingest-service';
import { warmUpEngine } from './engine-warm-up';
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

/** The known fields from the uploads' mappings. */
function knownOf(uploads: AppState['uploads']): KnownFields {
  return knownFields(
    uploads.map((u) => ({
      kind: u.prepared.kind,
      mapping: u.choice.mapping,
      closedWonAssumed: u.choice.closedWonAssumed,
      zoned: u.choice.formats.zoned,
    })),
  );
}

/** The engine's state for the store's inputs: the known fields from the uploads' mappings. */
export function engineState(inputs: ContextInputs): EngineState {
  return {
    filters: inputs.filters,
    definition: inputs.definition,
    known: knownOf(inputs.uploads),
    dataVersion: inputs.dataVersion,
  };
}

// The one engine of the app's database (lib/metrics/engine.ts): facts, result cache, registry.
let engine: Promise<MetricsEngine> | null = null;

/** The engine, made without asking for it (startEngine's work comes before the warm-up's). */
function createdEngine(): Promise<MetricsEngine> {
  engine ??= engineDb().then((db) => new MetricsEngine(db));
  return engine;
}

/** The app's metrics engine, created with the database; never asked beside the warm-up. */
export async function readyEngine(): Promise<MetricsEngine> {
  await afterWarmUp();
  return createdEngine();
}

/**
 * Starts the engine without asking it anything: downloading and compiling DuckDB takes ~1 s, which a
 * page that shows the Data view spends while the user reads it, not after their first click.
 */
export function startEngine(): void {
  const idle = () => {
    const state = useAppStore.getState();
    return state.uploads.length === 0 && !readingFiles(state);
  };
  createdEngine()
    .then(async (ready) => {
      // Nothing loaded or being read yet: the facts of the empty tables, then a made-up pair loaded
      // and shown (engine-warm-up.ts), whose first runs on a cold engine then do not fall on
      // the first files' load and Overview (issue 15).
      if (!idle()) return;
      await ready.context(engineState(contextInputs(useAppStore.getState())));
      if (idle()) await warmUpOnce(warmUpEngine);
    })
    .catch(() => undefined);
}

/** The engine and the store's current state, for work that runs several metrics (export, snapshot). */
export async function currentEngine(): Promise<{ engine: MetricsEngine; state: EngineState }> {
  return { engine: await readyEngine(), state: engineState(contextInputs(useAppStore.getState())) };
}

/**
 * Where metrics come from. null (the default): the engine, live. A snapshot (src/lib/share) answers
 * `useMetric` from its stored results by name and parameters, and `useMetricTask` (row-level lists)
 * not at all.
 */
export interface MetricsSource {
  metric(name: MetricName, params: readonly unknown[]): Promise<unknown>;
}
let source: MetricsSource | null = null;
const sourceListeners = new Set<() => void>();
/** Whether metrics come from a snapshot (no engine: nothing to compute ahead). */
export function fromSnapshot(): boolean {
  return source !== null;
}
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

/** A request whose data changed while it waited: never settles (useQuery has asked again). */
const superseded = <T>() => new Promise<T>(() => undefined);

/**
 * A component names its metric (lib/metrics/registry.ts) and receives typed results; it re-runs when
 * the filters, the lead definition or the data change (mosaic-style clients).
 */
export function useMetric<N extends MetricName>(
  name: N,
  ...params: MetricParams<N>
): QueryState<MetricResult<N>> {
  const inputs = useAppStore(useShallow(contextInputs));
  const from = useMetricsSource();
  useAsked(name, params);
  return useQuery(
    async () => {
      if (from) return (await from.metric(name, params)) as MetricResult<N>;
      if (!(await afterReading(inputs.dataVersion))) return superseded();
      return (await readyEngine()).run(engineState(inputs), name, ...params);
    },
    [from, inputs.filters, inputs.definition, inputs.uploads, name, ...params],
    // A figure a snapshot does not hold is shown as missing, not as a failure.
    { reportFailures: !from },
  );
}

/** Like useMetric, for work that is more than one metric (row-level lists a snapshot lacks). */
export function useMetricTask<T>(
  task: (engine: MetricsEngine, state: EngineState) => Promise<T>,
  keys: readonly unknown[],
): QueryState<T> {
  const inputs = useAppStore(useShallow(contextInputs));
  const from = useMetricsSource();
  return useQuery(
    async () => {
      if (from) throw new Error('Lead-level lists are not in a snapshot.');
      if (!(await afterReading(inputs.dataVersion))) return superseded();
      return task(await readyEngine(), engineState(inputs));
    },
    [from, inputs.filters, inputs.definition, inputs.uploads, ...keys],
    { reportFailures: !from },
  );
}

/**
 * What to say under a figure of `name` (or its `figure`) that is null: the registry's sentence when the
 * loaded files lack what it needs (lib/metrics/registry.ts `missingFor`), else null (a rate of no leads
 * is not a missing column). A snapshot keeps no mappings: its null figures show the sentence.
 */
export function useMissing<N extends MetricName>(name: N, figure?: MetricFigure<N>): string | null {
  const uploads = useAppStore((s) => s.uploads);
  const from = useMetricsSource();
  return useMemo(
    () => (from ? missingSentence(name, figure) : missingFor(name, knownOf(uploads), figure)),
    [from, uploads, name, figure],
  );
}
