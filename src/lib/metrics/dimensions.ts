/**
 * Dimension values for the filter pickers (grain: one row per value of one lead dimension; blank as
 * "(blank)"), with how many leads have it under every filter EXCEPT that dimension's own (so a picker
 * still offers the values it would add), most leads first, then by name, at most `limit` values.
 * `search` keeps the values that contain it, case-insensitive, so a capped list can reach every value.
 * Dimensions: source, campaign, owner, status when mapped, and every extra column (`x_…`) loaded
 * (the store's `leadDimensions(uploads)` lists them with their headers).
 */
import { literal } from '../ingest/sql';
import type { MetricContext } from './context';
import { dimensionColumn, groupValue } from './filters';
import { knowledge } from './known';
import { filteredLeads } from './lead-facts';
import { int, text, type Query } from './query';

export interface DimensionValue {
  value: string;
  leads: number;
}

export function dimensionValuesQuery(
  ctx: MetricContext,
  dimension: string,
  limit = 500,
  search = '',
): Query<DimensionValue[] | null> {
  const k = knowledge(ctx.known);
  const value = groupValue(dimensionColumn(dimension, 'l'));
  const where = search === '' ? '' : `WHERE contains(lower(${value}), lower(${literal(search)}))`;
  return {
    sql: `WITH ${filteredLeads(ctx, dimension)}
      SELECT ${value} AS value, count(*) AS leads FROM filtered_leads l ${where}
      GROUP BY 1 ORDER BY leads DESC, value LIMIT ${Math.max(1, Math.floor(limit))}`,
    parse: (rows) =>
      k.dimension(dimension)
        ? rows.map((row) => ({ value: text(row['value']) ?? '', leads: int(row['leads']) }))
        : null,
  };
}
