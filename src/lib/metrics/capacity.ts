/**
 * Rep capacity (grain: one point per owner and calendar month of lead creation, 'YYYY-MM'): leads the
 * owner got that month against the follow-up rate of those leads, to show where follow-up collapses
 * as volume grows. Blank owners as "(blank)"; leads without a created date are in no point. Null
 * without an owner or created column; followUpRate null when follow-up is unknown.
 */
import type { MetricContext } from './context';
import { groupValue } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, text, when, type Query } from './query';
import { followUpRate } from './rates';

export interface CapacityPoint {
  owner: string;
  month: string;
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
}

export function capacityQuery(ctx: MetricContext): Query<CapacityPoint[] | null> {
  const k = knowledge(ctx.known);
  return {
    // Grouped by the month's first instant; only the groups are formatted.
    sql: `WITH ${leadFacts(ctx)} SELECT owner, strftime(month, '%Y-%m') AS month, leads, followed FROM (
        SELECT ${groupValue('owner')} AS owner, date_trunc('month', created_at) AS month,
          count(*) AS leads, count_if(followed_up) AS followed
        FROM lead_facts WHERE created_at IS NOT NULL GROUP BY 1, 2)
      ORDER BY 1, 2`,
    parse: (rows) => {
      if (!k.dimension('owner') || !k.created) return null;
      return rows.map((row) => {
        const leads = int(row['leads']);
        const followedUp = when(k.followUp, int(row['followed']));
        return {
          owner: text(row['owner']) ?? '',
          month: text(row['month']) ?? '',
          leads,
          followedUp,
          followUpRate: followUpRate(followedUp, leads),
        };
      });
    },
  };
}
