/**
 * The derived facts of ALL leads, as materialize.ts stores them (grain: one row per lead, each
 * upload's in the order its rows are read): `upload`, `lead_key`, linkFacts (lead-facts.ts),
 * response_hours, nurture_status and sla_state, so a POSITIONAL JOIN of one upload's leads and facts
 * pairs each lead with its facts (`pairedByUpload`; materialize.ts checks that it does).
 *
 * At 1M leads: the status lists are matched once per distinct status, not per lead (trim and lower
 * on every lead cost ~100 ms per list); sla_state (a nested CASE per lead cost ~30 ms of each query
 * counting it) is stored as an ENUM, compared like text; response_hours is stored (~30 ms to store,
 * as much saved by each of the three queries reading it); the ages are computed on reading.
 *
 * The rows come out in the leads' order without a sort (issue 15: the ORDER BY cost ~120 ms of
 * ~520 at 1M leads): a lead's deals are read by a scalar subquery over lead_deals MATERIALIZED (so
 * measured: a LEFT JOIN puts each chunk's matched rows before its unmatched ones, and so did the
 * subquery over the CTE inlined) and its status class by an inner join (every status has its class;
 * one match per row keeps the order). The working clock's join does not, so with working hours on
 * the rows are sorted. materialize.ts checks the order and sorts when it was not kept.
 */
import { clockColumns, clockJoin } from './clock';
import type { MetricContext } from './context';
import { clockCte, LEAD_DEALS_SELECT, linkFacts, timeFacts, type LeadDeals } from './lead-facts';
import { nurtureStatus, statusIn } from './lead-status';
import { SLA_STATE_TYPE, slaState } from './sla-state';

/** The lead's row of lead_deals as a struct (`l.lead_deal`, NULL without one). */
const LEAD_DEAL = `(SELECT {'won_deals': x.won_deals, 'won_amount': x.won_amount,
      'first_won_closed_at': x.first_won_closed_at}
    FROM lead_deals x WHERE x.lead_key = l._key) AS lead_deal`;

const STRUCT_DEALS: LeadDeals = {
  linked: 'l.lead_deal IS NOT NULL',
  wonDeals: `struct_extract(l.lead_deal, 'won_deals')`,
  wonAmount: `struct_extract(l.lead_deal, 'won_amount')`,
  firstWonClosedAt: `struct_extract(l.lead_deal, 'first_won_closed_at')`,
};

export function derivedFactsSql(ctx: MetricContext): string {
  const byStatus = ctx.known.leads.has('status');
  const { untouchedStatuses, qualifiedStatuses } = ctx.definition;
  const classes = `status_classes AS (
  SELECT status, NOT (${statusIn(untouchedStatuses)}) AS worked, ${statusIn(qualifiedStatuses)} AS qualified,
    ${nurtureStatus()} AS nurture_status
  FROM (SELECT DISTINCT status FROM leads) l)`;
  const clock = ctx.clock ? ', working_response_hours, working_age_hours, after_hours' : '';
  // The lead's deals and status class are read in one SELECT over the leads (see above).
  const status = byStatus
    ? {
        columns:
          'sc.worked AS status_worked, sc.qualified AS status_qualified, sc.nurture_status AS status_nurture',
        join: 'JOIN status_classes sc ON sc.status IS NOT DISTINCT FROM l.status',
        nurture: 'l.status_nurture',
      }
    : { columns: 'NULL AS status_worked', join: '', nurture: 'CAST(NULL AS BOOLEAN)' };
  const meaning = { worked: 'l.status_worked', qualified: 'l.status_qualified' };
  return `WITH lead_deals AS MATERIALIZED (
  ${LEAD_DEALS_SELECT})${byStatus ? `,\n${classes}` : ''}${clockCte(ctx)}
SELECT upload, lead_key, linked, followed_up, qualified, opportunity, won, won_amount, first_won_closed_at, response_hours,
  nurture_status${clock},
  CAST(${slaState(ctx)} AS ${SLA_STATE_TYPE}) AS sla_state
FROM (
  SELECT l._upload AS upload, l._key AS lead_key, l.first_touch_at,
    ${linkFacts(ctx, meaning, STRUCT_DEALS)}, ${timeFacts(ctx)},
    ${status.nurture} AS nurture_status${clockColumns(ctx)}
  FROM (SELECT l.*, ${status.columns}, ${LEAD_DEAL} FROM leads l ${status.join}) l
  ${clockJoin(ctx)})${ctx.clock ? '\nORDER BY lead_key' : ''}`;
}
