/**
 * Runs every metric family of the engine and of the independent reference under the same filters and
 * definition, and compares them: counts and text exactly, other numbers to 1e-9 relative.
 */
import { expect } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  DEFAULT_DEFINITION,
  calculatorPrefillQuery,
  capacityQuery,
  cohortTrendQuery,
  dimensionValuesQuery,
  followUpQuery,
  funnelQuery,
  knownFields,
  lostReasonsQuery,
  prepareFacts,
  redirectList,
  resolveContext,
  responseDistributionQuery,
  revenueQuery,
  runQuery,
  segmentedFunnelQuery,
  unmatchedDealsQuery,
  viewCountsQuery,
  withFilters,
  bySourceQuery,
  byDimensionQuery,
  byOwnerQuery,
  type Filters,
  type KnownFields,
  type LeadDefinition,
  type MetricContext,
  type PreparedFacts,
} from '../../../../src/lib/metrics';
import type { TableKind } from '../../../../src/lib/ingest/fields';
import { Reference, type RefData } from '../../../support/reference-metrics';
import { freshDb, load } from '../../../support/db';

export const DIMENSIONS_TO_LIST = ['source', 'owner', 'status', 'campaign'];

export async function loadDataset(files: {
  leads?: string;
  deals?: string;
}): Promise<{ db: Db; known: KnownFields }> {
  const db = await freshDb();
  const uploads = [];
  for (const kind of ['leads', 'deals'] as TableKind[]) {
    const path = files[kind];
    if (!path) continue;
    const { prepared } = await load(db, kind, path);
    uploads.push({ kind, mapping: prepared.mapping, closedWonAssumed: prepared.closedWonAssumed });
  }
  return { db, known: knownFields(uploads) };
}

export interface Scenario {
  filters?: Filters;
  definition?: Partial<LeadDefinition>;
  extras?: string[];
}

export async function appFamilies(db: Db, ctx: MetricContext, extras: string[] = []) {
  const run = <T>(q: { sql: string; parse(rows: Record<string, unknown>[]): T }) => runQuery(db, q);
  const dims = [...DIMENSIONS_TO_LIST, ...extras];
  const dimensionValues: Record<string, unknown> = {};
  const byDimension: Record<string, unknown> = {};
  for (const dim of dims) {
    dimensionValues[dim] = await run(dimensionValuesQuery(ctx, dim, 50));
    byDimension[dim] = await run(byDimensionQuery(ctx, dim));
  }
  return {
    asOf: ctx.asOf,
    viewCounts: await run(viewCountsQuery(ctx)),
    funnel: await run(funnelQuery(ctx)),
    followUp: await run(followUpQuery(ctx)),
    revenue: await run(revenueQuery(ctx)),
    bySource: await run(bySourceQuery(ctx)),
    byOwner: await run(byOwnerQuery(ctx)),
    trend: await run(cohortTrendQuery(ctx)),
    responseDistribution: await run(responseDistributionQuery(ctx)),
    segmentedBySource: await run(segmentedFunnelQuery(ctx, 'source', 3)),
    segmentedByOwner: await run(segmentedFunnelQuery(ctx, 'owner', 4)),
    capacity: await run(capacityQuery(ctx)),
    dimensionValues,
    byDimension,
    lostReasons: await run(lostReasonsQuery(ctx)),
    unmatched: await run(unmatchedDealsQuery(ctx, 20)),
    redirect: await redirectList(db, ctx, 300),
    prefill: await run(calculatorPrefillQuery(ctx)),
  };
}

export function referenceFamilies(data: RefData, scenario: Scenario) {
  const ref = new Reference(data, scenario.filters ?? {}, { ...DEFAULT_DEFINITION, ...scenario.definition });
  const dims = [...DIMENSIONS_TO_LIST, ...(scenario.extras ?? [])];
  return {
    ref,
    families: {
      asOf: ref.asOf,
      viewCounts: ref.viewCounts(),
      funnel: ref.funnel(),
      followUp: ref.followUp(),
      revenue: ref.revenue(),
      bySource: ref.bySource(),
      byOwner: ref.byOwner(),
      trend: ref.trend(),
      responseDistribution: ref.responseDistribution(),
      segmentedBySource: ref.segmented('source', 3),
      segmentedByOwner: ref.segmented('owner', 4),
      capacity: ref.capacity(),
      dimensionValues: Object.fromEntries(dims.map((dim) => [dim, ref.dimensionValues(dim, 50)])),
      byDimension: Object.fromEntries(dims.map((dim) => [dim, ref.byDimension(dim)])),
      lostReasons: ref.lostReasons(),
      unmatched: ref.unmatched(20),
      redirect: ref.redirect(300),
      prefill: ref.prefill(),
    },
  };
}

/** Differences between two values: numbers to `rel` relative, everything else exactly. */
export function differences(
  actual: unknown,
  expected: unknown,
  rel = 1e-9,
  path = '$',
  out: string[] = [],
): string[] {
  if (out.length > 20) return out;
  if (typeof expected === 'number' && typeof actual === 'number') {
    const ok =
      actual === expected ||
      Math.abs(actual - expected) <= rel * Math.max(Math.abs(actual), Math.abs(expected));
    if (!ok) out.push(`${path}: ${actual} ≠ ${expected}`);
  } else if (Array.isArray(expected) && Array.isArray(actual)) {
    if (actual.length !== expected.length) out.push(`${path}: length ${actual.length} ≠ ${expected.length}`);
    expected.forEach((e, i) => differences(actual[i], e, rel, `${path}[${i}]`, out));
  } else if (
    expected !== null &&
    typeof expected === 'object' &&
    actual !== null &&
    typeof actual === 'object'
  ) {
    const keys = new Set([...Object.keys(expected), ...Object.keys(actual)]);
    for (const key of keys)
      differences(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        rel,
        `${path}.${key}`,
        out,
      );
  } else if (actual !== expected)
    out.push(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  return out;
}

export function expectSame(actual: unknown, expected: unknown): void {
  expect(differences(actual, expected)).toEqual([]);
}

/** The engine's families for a scenario, with the context they ran under. */
export async function engine(db: Db, known: KnownFields, scenario: Scenario) {
  const ctx = await resolveContext(db, { known, filters: scenario.filters, definition: scenario.definition });
  return { ctx, families: await appFamilies(db, ctx, scenario.extras) };
}

/** Facts prepared per definition on one db, reused across scenarios as the app reuses them. */
export type PreparedCache = Map<string, Promise<PreparedFacts>>;

/**
 * The engine as the app runs it (store/use-metric.ts): the facts of all leads materialised once per
 * definition, then read under each scenario's filters, so a filter that did not narrow the stored
 * facts or deals (or a table left from an earlier scenario) shows against the reference.
 */
export async function storedEngine(db: Db, known: KnownFields, scenario: Scenario, cache: PreparedCache) {
  const key = JSON.stringify(scenario.definition ?? {});
  let prepared = cache.get(key);
  if (!prepared) {
    prepared = prepareFacts(db, { known, definition: scenario.definition });
    cache.set(key, prepared);
  }
  const ctx = withFilters(await prepared, scenario.filters ?? {});
  expect(ctx.materialized).toBeDefined();
  return { ctx, families: await appFamilies(db, ctx, scenario.extras) };
}
