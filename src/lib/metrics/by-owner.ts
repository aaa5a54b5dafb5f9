/**
 * By owner (grain: one row per owner among the filtered leads; blank as "(blank)"), sorted by leads,
 * most first, then by name. Response and SLA figures as in follow-up.ts, per owner.
 * leadsPerMonth = the owner's dated leads / the calendar months their leads span (first lead's month to
 * last lead's month, inclusive): a rep who joined in March is not diluted by January and February,
 * and a date filter narrows the span with the leads. Null without created dates.
 */
import type { MetricContext } from './context';
import { groupValue } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, num, ratio, text, when, type Query } from './query';
import { followUpRate, SLA_COUNTS_SQL, slaCompliance } from './rates';

export interface OwnerRow {
  owner: string;
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
  medianResponseHours: number | null;
  slaCompliance: number | null;
  wonLeads: number | null;
  wonAmount: number | null;
  leadsPerMonth: number | null;
  /** Added (issue 19): leads first touched within an hour of creation (whole seconds) / leads. */
  withinHourShare: number | null;
  /** Added (issue 20): the median response in working hours; null with working hours off. */
  medianWorkingHours: number | null;
}

export function byOwnerQuery(ctx: MetricContext): Query<OwnerRow[] | null> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT ${groupValue('owner')} AS owner, count(*) AS leads,
        count_if(followed_up) AS followed,
        quantile_cont(response_hours, 0.5) FILTER (WHERE response_hours >= 0) AS median,
        ${ctx.clock ? 'quantile_cont(working_response_hours, 0.5) FILTER (WHERE response_hours >= 0)' : 'NULL'} AS median_working,
        ${SLA_COUNTS_SQL},
        count_if(won) AS won, sum(won_amount) AS won_amount,
        count_if(round(response_hours * 3600) BETWEEN 0 AND 3600) AS within_hour,
        count(created_at) AS dated, datediff('month', min(created_at), max(created_at)) + 1 AS months
      FROM lead_facts GROUP BY 1 ORDER BY leads DESC, owner`,
    parse: (rows) => {
      if (!k.dimension('owner')) return null;
      return rows.map((row) => {
        const leads = int(row['leads']);
        const followedUp = when(k.followUp, int(row['followed']));
        return {
          owner: text(row['owner']) ?? '',
          leads,
          followedUp,
          followUpRate: followUpRate(followedUp, leads),
          medianResponseHours: k.firstTouch ? num(row['median']) : null,
          slaCompliance: k.firstTouch ? slaCompliance(int(row['within']), int(row['breached'])) : null,
          wonLeads: when(k.won, int(row['won'])),
          wonAmount: when(k.won && k.amount, int(row['won_amount'])),
          leadsPerMonth: k.created ? ratio(int(row['dated']), num(row['months'])) : null,
          withinHourShare: k.firstTouch ? ratio(int(row['within_hour']), leads) : null,
          medianWorkingHours: k.firstTouch && ctx.clock ? num(row['median_working']) : null,
        };
      });
    },
  };
}
