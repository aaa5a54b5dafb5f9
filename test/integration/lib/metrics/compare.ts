/**
 * Runs every metric family of the engine and of the independent reference under the same filters and
 * definition, and compares them: counts and text exactly, other numbers to 1e-9 relative. The families
 * are derived from the registry (src/lib/metrics/registry.ts): FAMILIES names, for each registered
 * metric, the parameters it is compared with and the reference that answers it; a metric registered
 * without one fails to compile here.
 */
import { expect } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  DEFAULT_DEFINITION,
  MetricsEngine,
  knownFields,
  type EngineState,
  type Filters,
  type KnownFields,
  type LeadDefinition,
  type MetricName,
} from '../../../../src/lib/metrics';
import type { TableKind } from '../../../../src/lib/ingest/fields';
import { Reference, type RefData } from '../../../support/reference-metrics';
import { periodSeries } from '../../../support/reference/period-series';
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

type Run = (engine: MetricsEngine, state: EngineState) => Promise<unknown>;

/**
 * A family: the registered metric it checks, how the engine runs it (by name, with these parameters)
 * and what the reference answers. Per dimension for the metrics that take one.
 */
interface Family<T> {
  metric: MetricName;
  params: unknown[];
  run?: Run;
  reference: (ref: Reference) => T;
}
interface PerDimension<T> {
  metric: MetricName;
  params: (dimension: string) => unknown[];
  reference: (ref: Reference, dimension: string) => T;
}
// The metric's own literal type is kept (M), so the check below sees which metrics are compared.
const family = <M extends MetricName, T>(f: Family<T> & { metric: M }) => f;
const perDimension = <M extends MetricName, T>(f: PerDimension<T> & { metric: M }) => f;

const FAMILIES = {
  viewCounts: family({ metric: 'viewCounts', params: [], reference: (r) => r.viewCounts() }),
  funnel: family({ metric: 'funnel', params: [], reference: (r) => r.funnel() }),
  followUp: family({ metric: 'followUp', params: [], reference: (r) => r.followUp() }),
  revenue: family({ metric: 'revenue', params: [], reference: (r) => r.revenue() }),
  bySource: family({ metric: 'bySource', params: [], reference: (r) => r.bySource() }),
  byOwner: family({ metric: 'byOwner', params: [], reference: (r) => r.byOwner() }),
  trend: family({ metric: 'cohortTrend', params: [], reference: (r) => r.trend() }),
  responseDistribution: family({
    metric: 'responseDistribution',
    params: [],
    reference: (r) => r.responseDistribution(),
  }),
  segmentedBySource: family({
    metric: 'segmentedFunnel',
    params: ['source', 3],
    reference: (r) => r.segmented('source', 3),
  }),
  segmentedByOwner: family({
    metric: 'segmentedFunnel',
    params: ['owner', 4],
    reference: (r) => r.segmented('owner', 4),
  }),
  capacity: family({ metric: 'capacity', params: [], reference: (r) => r.capacity() }),
  lostReasons: family({ metric: 'lostReasons', params: [], reference: (r) => r.lostReasons() }),
  unmatched: family({ metric: 'unmatchedDeals', params: [20], reference: (r) => r.unmatched(20) }),
  // The redirect list runs redirectLeads and redirectCandidates (engine.redirectList).
  redirect: family({
    metric: 'redirectLeads',
    params: [],
    run: (engine, state) => engine.redirectList(state, 300),
    reference: (r) => r.redirect(300),
  }),
  redirectCandidates: family({
    metric: 'redirectCandidates',
    params: [],
    reference: (r) => r.redirectCandidates(),
  }),
  prefill: family({ metric: 'calculatorPrefill', params: [], reference: (r) => r.prefill() }),
  comparisonMonth: family({ metric: 'comparison', params: [], reference: (r) => r.comparison() }),
  comparisonWeek: family({ metric: 'comparison', params: ['week'], reference: (r) => r.comparison('week') }),
  comparisonQuarter: family({
    metric: 'comparison',
    params: ['quarter'],
    reference: (r) => r.comparison('quarter'),
  }),
  periodSeriesMonth: family({ metric: 'periodSeries', params: [], reference: (r) => periodSeries(r) }),
  periodSeriesWeek: family({
    metric: 'periodSeries',
    params: ['week'],
    reference: (r) => periodSeries(r, 'week'),
  }),
  periodSeriesQuarter: family({
    metric: 'periodSeries',
    params: ['quarter'],
    reference: (r) => periodSeries(r, 'quarter'),
  }),
  comparisonByOwner: family({
    metric: 'comparisonBy',
    params: ['owner'],
    reference: (r) => r.comparisonBy('owner'),
  }),
  comparisonBySourceWeek: family({
    metric: 'comparisonBy',
    params: ['source', 'week'],
    reference: (r) => r.comparisonBy('source', 'week'),
  }),
  speedToLead: family({ metric: 'speedToLead', params: [], reference: (r) => r.speedToLead() }),
  speedWithin4h: family({ metric: 'speedToLead', params: [240], reference: (r) => r.speedToLead(240) }),
  speedWithin5m: family({ metric: 'speedToLead', params: [5], reference: (r) => r.speedToLead(5) }),
};
const PER_DIMENSION = {
  dimensionValues: perDimension({
    metric: 'dimensionValues',
    params: (dim) => [dim, 50],
    reference: (r, dim) => r.dimensionValues(dim, 50),
  }),
  byDimension: perDimension({
    metric: 'byDimension',
    params: (dim) => [dim],
    reference: (r, dim) => r.byDimension(dim),
  }),
};

// Every registered metric has a family (compile-time), but money by currency: the reference has no
// currencies; test/integration/lib/metrics/currencies.test.ts checks those by hand.
type Covered =
  | (typeof FAMILIES)[keyof typeof FAMILIES]['metric']
  | (typeof PER_DIMENSION)[keyof typeof PER_DIMENSION]['metric']
  | 'currencies'
  | 'currenciesBy';
const everyMetricCompared: [Exclude<MetricName, Covered>] extends [never] ? true : never = true;
void everyMetricCompared;

export type Families = { asOf: string } & {
  [K in keyof typeof FAMILIES]: ReturnType<(typeof FAMILIES)[K]['reference']>;
} & { [K in keyof typeof PER_DIMENSION]: Record<string, ReturnType<(typeof PER_DIMENSION)[K]['reference']>> };

/** Every family as the engine computes it for `state` (the views' route: engine.run by name). */
export async function appFamilies(
  engine: MetricsEngine,
  state: EngineState,
  extras: string[] = [],
): Promise<Families> {
  const dims = [...DIMENSIONS_TO_LIST, ...extras];
  const out: Record<string, unknown> = { asOf: (await engine.context(state)).asOf };
  for (const [key, f] of Object.entries(FAMILIES) as [string, Family<unknown>][])
    out[key] = await (f.run ?? ((e: MetricsEngine, s: EngineState) => e.runNamed(s, f.metric, f.params)))(
      engine,
      state,
    );
  for (const [key, f] of Object.entries(PER_DIMENSION) as [string, PerDimension<unknown>][]) {
    const values: Record<string, unknown> = {};
    for (const dim of dims) values[dim] = await engine.runNamed(state, f.metric, f.params(dim));
    out[key] = values;
  }
  return out as Families;
}

export function referenceFamilies(data: RefData, scenario: Scenario) {
  const ref = new Reference(data, scenario.filters ?? {}, { ...DEFAULT_DEFINITION, ...scenario.definition });
  const dims = [...DIMENSIONS_TO_LIST, ...(scenario.extras ?? [])];
  const out: Record<string, unknown> = { asOf: ref.asOf };
  for (const [key, f] of Object.entries(FAMILIES) as [string, Family<unknown>][]) out[key] = f.reference(ref);
  for (const [key, f] of Object.entries(PER_DIMENSION) as [string, PerDimension<unknown>][])
    out[key] = Object.fromEntries(dims.map((dim) => [dim, f.reference(ref, dim)]));
  return { ref, families: out as Families };
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
