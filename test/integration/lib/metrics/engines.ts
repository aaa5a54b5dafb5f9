/**
 * The engines the reference comparisons run the app's metrics on (compare.ts compares): computing
 * every fact in each query, reading facts stored once per definition, and with each filtered
 * dimension's codes and cube made.
 */
import { expect } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  MetricsEngine,
  type EngineState,
  type KnownFields,
  type MetricContext,
} from '../../../../src/lib/metrics';
import { onlyDimension } from '../../../../src/lib/metrics/filters';
import { appFamilies, type Scenario } from './compare';

/** The state a scenario is run under. */
export function stateOf(known: KnownFields, scenario: Scenario): EngineState {
  return { known, filters: scenario.filters, definition: scenario.definition };
}

/** The engine computing the facts in every query (nothing stored), for a scenario. */
export async function engine(db: Db, known: KnownFields, scenario: Scenario) {
  const computed = new MetricsEngine(db, { store: false });
  const state = stateOf(known, scenario);
  const ctx: MetricContext = await computed.context(state);
  return { ctx, engine: computed, families: await appFamilies(computed, state, scenario.extras) };
}

/** Engines by definition on one db, reused across scenarios as the app reuses its one engine. */
export type PreparedCache = Map<string, MetricsEngine>;

/** The cache's engine for the scenario's definition (made on first use). */
function cachedEngine(db: Db, scenario: Scenario, cache: PreparedCache): MetricsEngine {
  const key = JSON.stringify(scenario.definition ?? {});
  const engine = cache.get(key) ?? new MetricsEngine(db);
  cache.set(key, engine);
  return engine;
}

/**
 * The engine as the app runs it: the facts of all leads materialised once per definition, then read
 * under each scenario's filters, so a filter that did not narrow the stored facts or deals (or a
 * table left from an earlier scenario) shows against the reference.
 */
export async function storedEngine(db: Db, known: KnownFields, scenario: Scenario, cache: PreparedCache) {
  const stored = cachedEngine(db, scenario, cache);
  const state = stateOf(known, scenario);
  const ctx = await stored.context(state);
  expect(ctx.materialized).toBeDefined();
  return { ctx, engine: stored, families: await appFamilies(stored, state, scenario.extras) };
}

/**
 * The engine as the app runs it once each filtered dimension has its codes (dimension-codes.ts): a
 * filter state on the same dimensions is asked first (it reads the text and has the codes made), so
 * the scenario's own filters compare codes.
 */
export async function codedEngine(db: Db, known: KnownFields, scenario: Scenario, cache: PreparedCache) {
  const coded = cachedEngine(db, scenario, cache);
  const state = stateOf(known, scenario);
  const names = Object.keys(scenario.filters?.dimensions ?? {}).filter((name) => name !== 'arrived');
  const matchingNothing = Object.fromEntries(names.map((name) => [name, ['\u0001 no such value']]));
  await coded.context({ ...state, filters: { dimensions: matchingNothing } });
  await coded.settled();
  const ctx = await coded.context(state);
  expect(Object.keys(ctx.materialized?.codes ?? {}).sort()).toEqual([...names].sort());
  // And the deals read their leads' stored dimensions (scoped-deals.ts), not the filtered leads.
  if (names.length > 0) expect(ctx.materialized?.dealDimensions).toMatch(/^deal_dimensions_/);
  // With one dimension filtered, the summary and periods come from its cube (summary-cube.ts).
  const only = onlyDimension(scenario.filters ?? {});
  if (only) expect(ctx.materialized?.cube?.dimension).toBe(only.dimension);
  return { ctx, engine: coded, families: await appFamilies(coded, state, scenario.extras) };
}
