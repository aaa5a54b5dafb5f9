/**
 * By source (grain: one row per source value among the filtered leads, every filter applied; blank as
 * "(blank)"), most leads first, then by name: the export's `bySource`. Null when the leads have no
 * source column.
 */
import { byDimensionQuery, type DimensionRow } from './by-dimension';
import type { MetricContext } from './context';
import type { Query } from './query';

export type SourceRow = { source: string } & Omit<DimensionRow, 'value'>;

export function bySourceQuery(ctx: MetricContext): Query<SourceRow[] | null> {
  const query = byDimensionQuery(ctx, 'source', { keepOwnFilter: true, limit: null });
  return {
    sql: query.sql,
    parse: (rows) =>
      query.parse(rows)?.map(({ value, ...figures }) => ({ source: value, ...figures })) ?? null,
  };
}
