/**
 * One period's figures (grain: a lead cohort, the leads created in a window that the filters keep),
 * as comparison.ts and period-series.ts read them from their aggregates: exactly what a created-date
 * filter on the window gives (followUp, revenue): the median response over the window's leads with a
 * non-negative response, leaked revenue from its never/followed-up and won leads and the average
 * amount of the won deals linked to them.
 */
import { knowledge } from './known';
import { slaIs } from './sla-state';
import { int, num, when } from './query';
import { followUpRate, leadToWin, slaCompliance } from './rates';
import { leakedRevenue } from './revenue';

export interface PeriodFigures {
  from: string;
  to: string;
  toDate: boolean;
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
  withinSla: number | null;
  slaCompliance: number | null;
  neverFollowedUp: number | null;
  wonLeads: number | null;
  wonAmount: number | null;
  leadToWin: number | null;
  medianResponseHours: number | null;
  leakedRevenue: number | null;
}

/** The won deals of WON_DEALS_BY_COHORT among scoped_deals (period-cube.ts reads the same ones). */
export const WON_IN_COHORT = `outcome = 'won' AND lead_created IS NOT NULL`;

/**
 * The won deals in scope (revenue.ts's average won amount: amounts over won deals, blanks left out),
 * each with its lead's created_at as `lead_created` (scoped_deals carries it: no join back to the
 * leads, which cost ~200 ms of the Overview at 1M): a period's average is over its cohort's deals.
 */
export const WON_DEALS_BY_COHORT = `won_by_cohort AS (SELECT lead_created, amount
  FROM scoped_deals WHERE ${WON_IN_COHORT})`;

/** One period's raw aggregates, as the comparison and the series select them. */
export interface PeriodRow {
  leads: unknown;
  followed: unknown;
  never: unknown;
  within: unknown;
  breached: unknown;
  won: unknown;
  amount: unknown;
  median: unknown;
  average: unknown;
}

/** A period's figures with followUp's and revenue's rules for what is known. Pure. */
export function periodFigures(
  k: ReturnType<typeof knowledge>,
  window: Pick<PeriodFigures, 'from' | 'to' | 'toDate'>,
  row: PeriodRow,
): PeriodFigures {
  const leads = int(row.leads);
  const followedUp = when(k.followUp, int(row.followed));
  const neverFollowedUp = when(k.followUp, int(row.never));
  const within = when(k.firstTouch, int(row.within));
  const breached = when(k.firstTouch, int(row.breached));
  const wonLeads = when(k.won, int(row.won));
  const average = k.amount && k.won ? num(row.average) : null;
  return {
    ...window,
    leads,
    followedUp,
    followUpRate: followUpRate(followedUp, leads),
    withinSla: within,
    slaCompliance: slaCompliance(within, breached),
    neverFollowedUp,
    wonLeads,
    wonAmount: when(k.won && k.amount, num(row.amount) ?? 0),
    leadToWin: leadToWin(wonLeads, leads),
    medianResponseHours: k.firstTouch ? num(row.median) : null,
    leakedRevenue: k.followUp ? leakedRevenue(neverFollowedUp, wonLeads, followedUp, average) : null,
  };
}

/** One period's aggregates over `lead_facts` rows (optionally only those `where`), named `${prefix}name`. */
export function periodAggregatesSql(prefix = '', where?: string): string {
  const and = where ? `${where} AND ` : '';
  const all = where ? ` FILTER (WHERE ${where})` : '';
  return `count(*)${all} AS ${prefix}leads,
    count_if(${and}followed_up) AS ${prefix}followed,
    count_if(${and}followed_up = false) AS ${prefix}never,
    count_if(${and}${slaIs('within')}) AS ${prefix}within,
    count_if(${and}${slaIs('breached')}) AS ${prefix}breached,
    count_if(${and}won) AS ${prefix}won,
    sum(won_amount)${all} AS ${prefix}amount,
    quantile_cont(response_hours, 0.5) FILTER (WHERE ${and}response_hours >= 0) AS ${prefix}median`;
}

/** Over won_by_cohort, a period's won deals: their average amount (as periodAggregatesSql's). */
export function dealPeriodAggregatesSql(prefix = '', where?: string): string {
  return `avg(amount)${where ? ` FILTER (WHERE ${where})` : ''} AS ${prefix}average`;
}

/** A PeriodRow from columns named by `get`. */
export function periodRow(get: (name: string) => unknown): PeriodRow {
  return {
    leads: get('leads'),
    followed: get('followed'),
    never: get('never'),
    within: get('within'),
    breached: get('breached'),
    won: get('won'),
    amount: get('amount'),
    median: get('median'),
    average: get('average'),
  };
}

/** The period figures that rest on linked deals (all won figures) or sum money across currencies. */
export function periodRevenueUnknown({ unlinked, mixed }: { unlinked: boolean; mixed: boolean }): string[] {
  if (unlinked) return ['wonLeads', 'wonAmount', 'leadToWin', 'leakedRevenue'];
  return mixed ? ['wonAmount', 'leakedRevenue'] : [];
}
