/**
 * Builds the MetricContext the query builders take (grain: the whole dataset): the definition with
 * defaults, the as-of day resolved (the user's, else the data's; with no dated row at all, today, so
 * ages stay computable), the known fields (from the uploads' mappings when given, else inferred), and
 * the filters cleaned of keys that are not lead dimensions or whose extra column is not loaded (a stale
 * link must not break the dashboard).
 */
import type { Db } from '../db';
import { resolveAsOf } from './as-of';
import { resolveClock } from './clock';
import {
  DEFAULT_DEFINITION,
  type Filters,
  type KnownFields,
  type LeadDefinition,
  type MetricContext,
} from './context';
import { isDimension } from './filters';
import { inferKnownFields } from './known';

export interface MetricOptions {
  filters?: Filters | undefined;
  definition?: Partial<LeadDefinition> | undefined;
  known?: KnownFields | undefined;
}

export async function leadColumns(db: Db): Promise<string[]> {
  // DESCRIBE, as deal matching asks (ingest/match.ts): warm by the time figures are asked for, where
  // a first information_schema query cost ~0.1 s on a cold engine (issue 15).
  const rows = await db.query<{ column_name: string }>('DESCRIBE leads');
  return rows.map((row) => row.column_name);
}

export async function cleanFilters(db: Db, filters: Filters): Promise<Filters> {
  // No dimension filter: nothing to check against the columns, so no statement.
  if (Object.keys(filters.dimensions ?? {}).length === 0) return keepLoadedDimensions(new Set(), filters);
  return keepLoadedDimensions(new Set(await leadColumns(db)), filters);
}

/** cleanFilters for known leads columns (pure): a filter change need not ask the database. */
export function keepLoadedDimensions(columns: ReadonlySet<string>, filters: Filters): Filters {
  const dimensions = Object.fromEntries(
    Object.entries(filters.dimensions ?? {}).filter(
      ([name, values]) => isDimension(name) && columns.has(name) && (values?.length ?? 0) > 0,
    ),
  );
  const out: Filters = { ...filters, dimensions };
  if (Object.keys(dimensions).length === 0) delete out.dimensions;
  return out;
}

export async function resolveContext(db: Db, options: MetricOptions = {}): Promise<MetricContext> {
  const definition = { ...DEFAULT_DEFINITION, ...options.definition };
  const asOf = (await resolveAsOf(db, definition.asOf)) ?? new Date().toISOString().slice(0, 10);
  const ctx: MetricContext = {
    filters: await cleanFilters(db, options.filters ?? {}),
    definition,
    known: options.known ?? (await inferKnownFields(db)),
    asOf,
  };
  const clock = await resolveClock(db, ctx);
  return clock ? { ...ctx, clock } : ctx;
}
