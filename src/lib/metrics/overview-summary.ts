/**
 * The Overview's headline metrics from one pass (issue 15): viewCounts, followUp, revenue,
 * calculatorPrefill and currencies each scanned the lead facts and the deals in scope on their own (5
 * scans of the leads beside their facts per filter change). Here one statement computes every column
 * their parsers read, with the same names and expressions as their own SQL, and the engine hands each
 * metric's parser that row (engine.ts): the result cache shares the statement among them (at 1M
 * leads, one filter: 90 ms of CPU against 172 ms for the first four statements; currencies' own,
 * ~40 ms, adds ~5 ms here). What does not depend on the filters (the created span of all leads,
 * whether any status says nurture, the currencies of the deals linked to no lead) is its own
 * statement, so a filter change finds it cached.
 *
 * Keep in step with counts.ts, follow-up.ts, revenue.ts, calculator-prefill.ts and currencies.ts: a
 * column computed differently here than there changes a figure (the reference tests compare every
 * one).
 */
import type { MetricContext } from './context';
import { CURRENCY_ROWS_SQL, UNMATCHED_CURRENCIES_SQL } from './currencies';
import { followUpAggregatesSql } from './follow-up';
import { leadFacts } from './lead-facts';
import { anyNurtureSql } from './lead-status';

/** The metrics whose parsers read the summary row (their builders take no parameter). */
export const SUMMARY_METRICS = [
  'viewCounts',
  'followUp',
  'revenue',
  'calculatorPrefill',
  'currencies',
] as const;
export type SummaryMetric = (typeof SUMMARY_METRICS)[number];

/** Those whose own statements cost about as much as the summary (a quantile, a text match per lead). */
export const SUMMARY_ALWAYS: ReadonlySet<string> = new Set(['followUp', 'calculatorPrefill']);

export function isSummaryMetric(name: string, params: readonly unknown[]): name is SummaryMetric {
  return params.length === 0 && (SUMMARY_METRICS as readonly string[]).includes(name);
}

/**
 * Every filtered figure of the five: one scan of the lead facts, one of the deals in scope. Nurture
 * is a stored fact per lead (lead-facts.ts `nurture_status`): matching every status's text here cost
 * ~20 ms of the statement's ~105 at 1M leads, one filter.
 */
export function summarySql(ctx: MetricContext): string {
  return `WITH ${leadFacts(ctx)} ${summaryOf(
    `SELECT ${summaryLeadAggregates(ctx)} FROM lead_facts`,
    `SELECT ${SUMMARY_DEAL_AGGREGATES} FROM scoped_deals`,
    CURRENCY_ROWS_SQL,
  )}`;
}

/** The summary row from its three parts: over the leads, over the deals, the currency rows. */
export function summaryOf(leads: string, deals: string, currencyRows: string): string {
  return `SELECT * EXCLUDE (q), q[1] AS median, q[2] AS p90 FROM
  (${leads}) AS l,
  (${deals}) AS d,
  ${currencyRows} AS c`;
}

/** The summary's aggregates over lead_facts. */
export function summaryLeadAggregates(ctx: MetricContext): string {
  return `${followUpAggregatesSql(ctx)},
    count_if(won) AS won_leads,
    count_if(won) AS won,
    quantile_cont(days_to_win, 0.5) FILTER (WHERE won) AS days_to_win,
    count_if(qualified) AS qualified,
    count_if(followed_up AND qualified = false AND nurture_status) AS nurtured,
    count_if(followed_up AND qualified = false) AS not_qualified`;
}

/** The summary's aggregates over scoped_deals. */
export const SUMMARY_DEAL_AGGREGATES = `count(*) AS deals,
    count(*) AS linked_deals,
    count_if(outcome = 'won') AS won_deals,
    count_if(outcome = 'lost') AS lost_deals,
    count_if(outcome = 'open') AS open_deals,
    sum(amount) FILTER (WHERE outcome = 'won') AS won_amount,
    avg(amount) FILTER (WHERE outcome = 'won') AS average_won,
    quantile_cont((epoch(closed_at) - epoch(created_at)) / 86400, 0.5) FILTER (WHERE outcome = 'won') AS deal_cycle`;

/** What calculatorPrefill reads of ALL leads, whatever the filters: cached across filter changes. */
export function unfilteredSql(ctx: MetricContext): string {
  return `SELECT * FROM
  (SELECT strftime(min(created_at), '%Y-%m-%d') AS first_day, strftime(max(created_at), '%Y-%m-%d') AS last_day
   FROM leads) AS a,
  ${anyNurtureSql(ctx.materialized)} AS n,
  ${UNMATCHED_CURRENCIES_SQL} AS u`;
}
