/**
 * By source (grain: one row per source value among the filtered leads; blank as "(blank)"), sorted by
 * leads, most first, then by name. Won figures count the leads' matched deals. Null (the whole list)
 * when the leads have no source column.
 */
import type { MetricContext } from './context';
import { groupValue } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, ratio, text, when, type Query } from './query';

export interface SourceRow {
  source: string;
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
  wonLeads: number | null;
  leadToWin: number | null;
  wonAmount: number | null;
  revenuePerLead: number | null;
}

export function bySourceQuery(ctx: MetricContext): Query<SourceRow[] | null> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT ${groupValue('source')} AS source, count(*) AS leads,
        count(*) FILTER (WHERE followed_up) AS followed, count(*) FILTER (WHERE won) AS won,
        sum(won_amount) AS won_amount
      FROM lead_facts GROUP BY 1 ORDER BY leads DESC, source`,
    parse: (rows) => {
      if (!k.dimension('source')) return null;
      return rows.map((row) => {
        const leads = int(row['leads']);
        const followedUp = when(k.followUp, int(row['followed']));
        const wonLeads = when(k.won, int(row['won']));
        const wonAmount = when(k.won && k.amount, int(row['won_amount']));
        return {
          source: text(row['source']) ?? '',
          leads,
          followedUp,
          followUpRate: ratio(followedUp, leads),
          wonLeads,
          leadToWin: ratio(wonLeads, leads),
          wonAmount,
          revenuePerLead: ratio(wonAmount, leads),
        };
      });
    },
  };
}
