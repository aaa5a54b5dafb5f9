/**
 * Monthly cohort trend (grain: one row per calendar month of lead creation, 'YYYY-MM', oldest first;
 * leads without a created date are in no month). Each cohort's follow-up rate and lead-to-win are of
 * the leads created that month, whenever they were followed up or won. Null without created dates.
 */
import type { MetricContext } from './context';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, text, when, type Query } from './query';
import { followUpRate, leadToWin } from './rates';

export interface CohortRow {
  month: string;
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
  wonLeads: number | null;
  leadToWin: number | null;
}

export function cohortTrendQuery(ctx: MetricContext): Query<CohortRow[] | null> {
  const k = knowledge(ctx.known);
  return {
    // Grouped by the month's first instant; only the groups are formatted.
    sql: `WITH ${leadFacts(ctx)} SELECT strftime(month, '%Y-%m') AS month, leads, followed, won FROM (
        SELECT date_trunc('month', created_at) AS month, count(*) AS leads,
          count_if(followed_up) AS followed, count_if(won) AS won
        FROM lead_facts WHERE created_at IS NOT NULL GROUP BY 1)
      ORDER BY 1`,
    parse: (rows) => {
      if (!k.hasLeads || !k.created) return null;
      return rows.map((row) => {
        const leads = int(row['leads']);
        const followedUp = when(k.followUp, int(row['followed']));
        const wonLeads = when(k.won, int(row['won']));
        return {
          month: text(row['month']) ?? '',
          leads,
          followedUp,
          followUpRate: followUpRate(followedUp, leads),
          wonLeads,
          leadToWin: leadToWin(wonLeads, leads),
        };
      });
    },
  };
}
