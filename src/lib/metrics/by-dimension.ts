/**
 * By any lead dimension (grain: one row per value of the dimension among the filtered leads; blank as
 * "(blank)"), most leads first, then by name. By default the dimension's own filter is ignored, so a
 * chart keeps every value visible and selectable; `keepOwnFilter` applies all filters (the export).
 * Charts get at most `limit` rows (500); the export passes null for all.
 * Won figures count the leads' matched deals. Null when the leads do not have that dimension.
 */
import type { MetricContext } from './context';
import { dimensionColumn, groupValue } from './filters';
import { knowledge } from './known';
import { leadFacts } from './lead-facts';
import { int, ratio, text, when, type Query } from './query';
import { followUpRate, leadToWin } from './rates';

export interface DimensionRow {
  value: string;
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
  wonLeads: number | null;
  leadToWin: number | null;
  wonAmount: number | null;
  revenuePerLead: number | null;
}

export function byDimensionQuery(
  ctx: MetricContext,
  dimension: string,
  { keepOwnFilter = false, limit = 500 as number | null } = {},
): Query<DimensionRow[] | null> {
  const k = knowledge(ctx.known);
  const column = dimensionColumn(dimension);
  return {
    sql: `WITH ${leadFacts(ctx, keepOwnFilter ? undefined : dimension)} SELECT ${groupValue(column)} AS value, count(*) AS leads,
        count_if(followed_up) AS followed, count_if(won) AS won,
        sum(won_amount) AS won_amount
      FROM lead_facts GROUP BY 1 ORDER BY leads DESC, value ${limit === null ? '' : `LIMIT ${Math.trunc(limit)}`}`,
    parse: (rows) => {
      if (!k.dimension(dimension)) return null;
      return rows.map((row) => {
        const leads = int(row['leads']);
        const followedUp = when(k.followUp, int(row['followed']));
        const wonLeads = when(k.won, int(row['won']));
        const wonAmount = when(k.won && k.amount, int(row['won_amount']));
        return {
          value: text(row['value']) ?? '',
          leads,
          followedUp,
          followUpRate: followUpRate(followedUp, leads),
          wonLeads,
          leadToWin: leadToWin(wonLeads, leads),
          wonAmount,
          revenuePerLead: ratio(wonAmount, leads),
        };
      });
    },
  };
}
