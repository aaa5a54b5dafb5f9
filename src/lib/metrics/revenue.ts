/**
 * Revenue (grain: filtered leads for lead figures; `scoped_deals` for deal figures — the deals matched
 * to the filtered leads, or every deal with a deals file alone).
 * - won/lost/open deals: by outcome; lost and open need a real outcome column (a closed-won export
 *   only lists won deals), win rate = won / (won + lost) likewise.
 * - wonAmount, averageWonAmount: over won deals, need an amount column.
 * - wonLeads: leads linked to a won deal; leadToWin = wonLeads / leads; revenuePerLead = wonAmount /
 *   leads; medianDaysToWin: closed_at of the lead's first won deal − lead created_at, fractional days,
 *   median over won leads; medianDealCycleDays: deal created_at → closed_at over won deals.
 * - leakedRevenue = never-followed-up × (wonLeads / followed-up) × averageWonAmount; null when any
 *   input is unknown (or nobody was followed up).
 */
import type { MetricContext } from './context';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, num, only, ratio, when, type Query } from './query';
import { leadToWin, winRate } from './rates';

export interface RevenueSummary {
  wonLeads: number | null;
  wonDeals: number | null;
  lostDeals: number | null;
  openDeals: number | null;
  winRate: number | null;
  wonAmount: number | null;
  averageWonAmount: number | null;
  leadToWin: number | null;
  revenuePerLead: number | null;
  medianDaysToWin: number | null;
  medianDealCycleDays: number | null;
  leakedRevenue: number | null;
}

/** never × (won / followed) × average; null when any is unknown or nobody was followed up. Pure. */
export function leakedRevenue(
  never: number | null,
  won: number | null,
  followed: number | null,
  average: number | null,
): number | null {
  const rate = ratio(won, followed);
  return never === null || rate === null || average === null ? null : never * rate * average;
}

export function revenueQuery(ctx: MetricContext): Query<RevenueSummary> {
  const k = knowledge(ctx.known);
  return {
    // Two scans (leads, deals) cross-joined: scalar subqueries would re-scan the CTEs each.
    sql: `WITH ${leadFacts(ctx)} SELECT * FROM
      (SELECT count(*) AS leads,
        count_if(followed_up) AS followed,
        count_if(followed_up = false) AS never,
        count_if(won) AS won_leads,
        quantile_cont(days_to_win, 0.5) FILTER (WHERE won) AS days_to_win
       FROM lead_facts) AS l,
      (SELECT count_if(outcome = 'won') AS won_deals,
        count_if(outcome = 'lost') AS lost_deals,
        count_if(outcome = 'open') AS open_deals,
        sum(amount) FILTER (WHERE outcome = 'won') AS won_amount,
        avg(amount) FILTER (WHERE outcome = 'won') AS average_won,
        quantile_cont((epoch(closed_at) - epoch(created_at)) / 86400, 0.5) FILTER (WHERE outcome = 'won') AS deal_cycle
       FROM scoped_deals) AS d`,
    parse: (rows) => {
      const row = only(rows);
      const leads = k.hasLeads ? int(row['leads']) : null;
      const wonLeads = when(k.hasLeads && k.won, int(row['won_leads']));
      const wonDeals = when(k.won, int(row['won_deals']));
      const lostDeals = when(k.outcomeColumn, int(row['lost_deals']));
      const wonAmount = when(k.amount && k.won, int(row['won_amount']));
      const averageWonAmount = k.amount && k.won ? num(row['average_won']) : null;
      return {
        wonLeads,
        wonDeals,
        lostDeals,
        openDeals: when(k.outcomeColumn, int(row['open_deals'])),
        winRate: winRate(wonDeals, lostDeals),
        wonAmount,
        averageWonAmount,
        leadToWin: leadToWin(wonLeads, leads),
        revenuePerLead: ratio(wonAmount, leads),
        medianDaysToWin: k.hasLeads && k.created && k.closed ? num(row['days_to_win']) : null,
        medianDealCycleDays: k.dealCreated && k.closed ? num(row['deal_cycle']) : null,
        leakedRevenue: k.followUp
          ? leakedRevenue(int(row['never']), wonLeads, int(row['followed']), averageWonAmount)
          : null,
      };
    },
  };
}
