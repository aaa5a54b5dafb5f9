/**
 * Funnel by segment (grain: one row per segment of the filtered leads): the `top` largest sources or
 * owners by leads (ties by name; blank as "(blank)"), the rest together as "Other" (last). Each with
 * the five stages of funnel.ts. Null when the leads have no such column.
 */
import { literal } from '../ingest/sql';
import type { MetricContext } from './context';
import { dimensionColumn, groupValue } from './filters';
import { FUNNEL_STAGES, STAGE_COUNTS, funnelStages, stageCounts, type FunnelStage } from './funnel';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { text, type Query } from './query';

export const OTHER = 'Other';
/**
 * The one segment rule of every view (funnel by source/owner, bar charts by any dimension): the
 * TOP_SEGMENTS largest by leads by name, the rest together as one "Other" row. The JSON keeps all.
 */
export const TOP_SEGMENTS = 20;

export interface FunnelSegment {
  segment: string;
  /** True for the "Other" row that gathers the segments past the top N. */
  other: boolean;
  stages: FunnelStage[];
}

export function segmentedFunnelQuery(
  ctx: MetricContext,
  by: 'source' | 'owner',
  top = TOP_SEGMENTS,
): Query<FunnelSegment[] | null> {
  const k = knowledge(ctx.known);
  const limit = Math.max(0, Math.floor(top));
  const summed = FUNNEL_STAGES.map((stage) => `CAST(sum(${stage}) AS BIGINT) AS ${stage}`).join(', ');
  return {
    // One scan: the stage counts per segment, ranked by leads; the rest summed into "Other".
    sql: `WITH ${leadFacts(ctx)},
      ranked AS (SELECT *, row_number() OVER (ORDER BY leads DESC, segment) AS rank
        FROM (SELECT ${groupValue(dimensionColumn(by))} AS segment, ${STAGE_COUNTS} FROM lead_facts GROUP BY 1))
      SELECT CASE WHEN rank <= ${limit} THEN segment ELSE ${literal(OTHER)} END AS segment,
        rank > ${limit} AS other, min(rank) AS rank, ${summed}
      FROM ranked GROUP BY 1, 2 ORDER BY rank`,
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
