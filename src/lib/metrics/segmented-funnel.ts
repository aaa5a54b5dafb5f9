/**
 * Funnel by segment (grain: one row per segment of the filtered leads): the `top` largest sources or
 * owners by leads (ties by name; blank as "(blank)"), the rest together as "Other" (last). Each with
 * the five stages of funnel.ts. Null when the leads have no such column.
 */
import { literal } from '../ingest/sql';
import type { MetricContext } from './context';
import { dimensionColumn, groupValue } from './filters';
import { STAGE_COUNTS, funnelStages, stageCounts, type FunnelStage } from './funnel';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { text, type Query } from './query';

export const OTHER = 'Other';

export interface FunnelSegment {
  segment: string;
  /** True for the "Other" row that gathers the segments past the top N. */
  other: boolean;
  stages: FunnelStage[];
}

export function segmentedFunnelQuery(
  ctx: MetricContext,
  by: 'source' | 'owner',
  top = 6,
): Query<FunnelSegment[] | null> {
  const k = knowledge(ctx.known);
  const value = groupValue(dimensionColumn(by));
  const limit = Math.max(0, Math.floor(top));
  return {
    sql: `WITH ${leadFacts(ctx)},
      ranked AS (SELECT segment, row_number() OVER (ORDER BY n DESC, segment) AS rank
        FROM (SELECT ${value} AS segment, count(*) AS n FROM lead_facts GROUP BY 1))
      SELECT CASE WHEN r.rank <= ${limit} THEN r.segment ELSE ${literal(OTHER)} END AS segment,
        r.rank > ${limit} AS other, min(r.rank) AS rank, ${STAGE_COUNTS}
      FROM lead_facts f JOIN ranked r ON r.segment = ${groupValue(dimensionColumn(by, 'f'))}
      GROUP BY 1, 2 ORDER BY rank`,
    parse: (rows) => {
      if (!k.dimension(by)) return null;
      return rows.map((row) => ({
        segment: text(row['segment']) ?? '',
        other: row['other'] === true,
        stages: funnelStages(stageCounts(ctx, row)),
      }));
    },
  };
}
