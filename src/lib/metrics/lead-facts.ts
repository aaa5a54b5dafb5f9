/**
 * Lead facts (grain: one row per FILTERED lead): the shared CTEs every lead metric is computed from.
 * `WITH ${leadFacts(ctx)} SELECT … FROM lead_facts` (or `scoped_deals`). `except` names a dimension
 * whose own filter is ignored (a chart that keeps every value of its dimension selectable).
 *
 * lead_facts columns: every column of leads (x_ dimensions included), lead_key (= _key),
 * linked (has any deal), followed_up (NULL: follow-up unknown), response_hours (first touch − created,
 * fractional; negative values kept), response_negative, age_hours / age_days (to the END of the as-of
 * day), sla_state ('within' | 'breached' | 'pending' | NULL), qualified, opportunity, won (NULL: stage
 * unknown), won_amount, first_won_closed_at, days_to_win, nurture_status (nurtureStatus).
 *
 * scoped_deals: the deals the deal figures cover (DESIGN.md "deal scope"): with a leads file, the
 * deals matched to the filtered leads; with a deals file alone, all deals. Every deals column, and
 * `lead_created`: its lead's created_at (NULL without a lead), for figures by lead cohort.
 *
 * No fact depends on the filters (deal links come from deal_matches, ages from the as-of day), so the
 * facts of ALL leads can be materialised once per definition and data (materialize.ts); the filters
 * are then a WHERE on them, and on the stored deals' lead columns (scoped-deals.ts). The
 * stored table holds only the facts that need the deals or the status lists, read beside `leads` by
 * position, upload by upload. Without `materialized`, the CTEs compute the facts of the filtered leads
 * in the query (the only fallback).
 */
import { clockColumns, clockJoin, leadClockCte } from './clock';
import type { MaterializedFacts, MetricContext } from './context';
import { dayEpoch, filteredLeadsCte, filterWhere } from './filters';
import { knowledge } from './known';
import { nurtureStatus, statusIn } from './lead-status';
import { pairedByUpload } from './paired';
import { DEALS_ALONE, derivedDeals } from './scoped-deals';
import { slaState } from './sla-state';

/** Epoch seconds at the end of the as-of day: ages run to it. */
export function asOfEnd(ctx: MetricContext): number {
  return dayEpoch(ctx.asOf, 1);
}

export function leadFacts(ctx: MetricContext, except?: string): string {
  const stored = ctx.materialized;
  return stored ? derivedLeadFacts(ctx, stored, except) : computedLeadFacts(ctx, except);
}

/** `filtered_leads` alone (every leads column), for queries that need no fact. */
export function filteredLeads(ctx: MetricContext, except?: string): string {
  const stored = ctx.materialized;
  if (!stored) return filteredLeadsCte(ctx.filters, except);
  return `filtered_leads AS (${storedReading(ctx, stored, except).filtered})`;
}

/**
 * Over the derived facts (`derivedFactsSql`, one row per lead, each upload's in the order its rows
 * are read, see materialize.ts): each lead is paired with its stored facts by position (POSITIONAL
 * JOIN upload by upload: no hash, no copy of the leads columns), the ages and the facts cheap to
 * derive from stored ones are computed on reading, and the filters are a WHERE on the pair (a filter
 * cannot go below a positional join, so both sides are scanned in full, the columns a query names
 * only). Each deal likewise beside its stored lead columns. `filtered_leads` needs no fact: `leads`
 * alone, the filter pushed into its scan.
 */
function derivedLeadFacts(ctx: MetricContext, stored: MaterializedFacts, except?: string): string {
  const { where, paired, filtered } = storedReading(ctx, stored, except);
  return `lead_base AS NOT MATERIALIZED (${paired(
    (from) => `SELECT l.*, f.*, ${ageFacts(ctx)} FROM ${from} WHERE ${where}`,
  )}),
lead_facts AS NOT MATERIALIZED (SELECT *, ${LATER_FACTS} FROM lead_base),
filtered_leads AS NOT MATERIALIZED (${filtered}),
${derivedDeals(ctx, stored, except)}`;
}

/**
 * How the leads are read over stored facts: the filters' WHERE (on the dimensions' codes where they
 * have some, dimension-codes.ts), the leads paired with their facts and codes, and the filtered
 * leads' columns alone (without codes, `leads` itself: the filter is pushed into its scan).
 */
function storedReading(ctx: MetricContext, stored: MaterializedFacts, except?: string) {
  // Not the excepted dimension's: unread, and without it the query is the unfiltered one (cached).
  const codes = Object.entries(stored.codes ?? {})
    .filter(([dimension]) => dimension !== except)
    .map(([dimension, table], i) => ({ dimension, table, alias: `c${i}` }));
  const columns = Object.fromEntries(codes.map((code) => [code.dimension, `${code.alias}.code`]));
  const where = filterWhere(ctx.filters, 'l', except, columns);
  const paired = (select: (from: string) => string) =>
    pairedByUpload(
      { view: 'leads', table: stored.facts, uploads: stored.leadUploads, beside: codes },
      select,
    );
  const filtered =
    codes.length === 0
      ? `SELECT * FROM leads l WHERE ${where}`
      : paired((from) => `SELECT l.* FROM ${from} WHERE ${where}`);
  return { where, paired, filtered };
}

/** What a status means under the definition: SQL over the lead `l`, or over its status class `sc`. */
export interface StatusMeaning {
  /** The status says the lead was worked (not one of the untouched statuses). */
  worked: string;
  /** The status is one of the qualified statuses. */
  qualified: string;
}

function statusOfLead(ctx: MetricContext): StatusMeaning {
  return {
    worked: `NOT (${statusIn(ctx.definition.untouchedStatuses)})`,
    qualified: statusIn(ctx.definition.qualifiedStatuses),
  };
}

/** Per-lead lead_deals (`ld`): the lead's deals, its won deals, their amount and first close. */
export const LEAD_DEALS_SELECT = `SELECT m.lead_key, count(*) AS deals,
    count(*) FILTER (WHERE d.outcome = 'won') AS won_deals,
    sum(d.amount) FILTER (WHERE d.outcome = 'won') AS won_amount,
    min(d.closed_at) FILTER (WHERE d.outcome = 'won') AS first_won_closed_at
  FROM deal_matches m JOIN deals d ON d._key = m.deal_key
  GROUP BY m.lead_key`;

const LEAD_DEALS = `lead_deals AS (\n  ${LEAD_DEALS_SELECT})`;

/** How a lead's row of lead_deals is read beside it: each as SQL over the lead's row. */
export interface LeadDeals {
  /** The lead has a row (a deal matched it). */
  linked: string;
  wonDeals: string;
  wonAmount: string;
  firstWonClosedAt: string;
}

/** lead_deals LEFT JOINed as `ld`. */
const JOINED_DEALS: LeadDeals = {
  linked: 'ld.lead_key IS NOT NULL',
  wonDeals: 'ld.won_deals',
  wonAmount: 'ld.won_amount',
  firstWonClosedAt: 'ld.first_won_closed_at',
};

/**
 * The facts that need the lead's deals (`deals`) or the definition's status lists: linked,
 * followed_up, qualified, opportunity, won, won_amount, first_won_closed_at.
 */
export function linkFacts(ctx: MetricContext, status: StatusMeaning, deals: LeadDeals): string {
  const k = knowledge(ctx.known);
  const known = ctx.known.leads;
  const or = (parts: (string | false)[]) => parts.filter(Boolean).join(' OR ');
  const touched = or([
    known.has('first_touch_at') && 'l.first_touch_at IS NOT NULL',
    known.has('last_touch_at') && 'l.last_touch_at IS NOT NULL',
    known.has('touches') && 'coalesce(l.touches, 0) > 0',
    known.has('status') && status.worked,
    deals.linked,
  ]);
  const converted = or([
    known.has('converted') && 'coalesce(l.converted, false)',
    known.has('converted_at') && 'l.converted_at IS NOT NULL',
  ]);
  const qualified = or([
    known.has('qualified_at') && 'l.qualified_at IS NOT NULL',
    known.has('status') && status.qualified,
    converted,
    deals.linked,
  ]);
  const opportunity = or([converted, deals.linked]);
  return `${deals.linked} AS linked,
    CASE WHEN ${k.followUp} THEN (${touched}) END AS followed_up,
    CASE WHEN ${k.qualified} THEN (${qualified}) END AS qualified,
    CASE WHEN ${k.opportunity} THEN (${opportunity}) END AS opportunity,
    CASE WHEN ${k.won} THEN coalesce(${deals.wonDeals}, 0) > 0 END AS won,
    ${deals.wonAmount} AS won_amount, ${deals.firstWonClosedAt} AS first_won_closed_at`;
}

/** Arithmetic on the lead's own columns (`l`): age_hours, age_days. */
function ageFacts(ctx: MetricContext): string {
  return `(${asOfEnd(ctx)} - epoch(l.created_at)) / 3600 AS age_hours,
    (${asOfEnd(ctx)} - epoch(l.created_at)) / 86400 AS age_days`;
}

/** Arithmetic on the lead's own columns (`l`): response_hours, age_hours, age_days. */
export function timeFacts(ctx: MetricContext): string {
  return `(epoch(l.first_touch_at) - epoch(l.created_at)) / 3600 AS response_hours, ${ageFacts(ctx)}`;
}

/** The working clock's CTE (clock.ts), with a leading comma, or nothing when working hours are off. */
export function clockCte(ctx: MetricContext): string {
  return ctx.clock ? `,\n${leadClockCte(ctx, ctx.clock)}` : '';
}

/** Over a row holding the lead, linkFacts and timeFacts: response_negative, days_to_win. */
const LATER_FACTS = `response_hours < 0 AS response_negative,
    CASE WHEN won THEN (epoch(first_won_closed_at) - epoch(created_at)) / 86400 END AS days_to_win`;

function computedLeadFacts(ctx: MetricContext, except?: string): string {
  const scope = knowledge(ctx.known).hasLeads
    ? `SELECT d.*, f.created_at AS lead_created FROM deals d JOIN deal_matches m ON m.deal_key = d._key
    JOIN filtered_leads f ON f._key = m.lead_key`
    : DEALS_ALONE;
  return `${filteredLeadsCte(ctx.filters, except)},
${LEAD_DEALS}${clockCte(ctx)},
lead_base AS (
  SELECT l.*, l._key AS lead_key, ${linkFacts(ctx, statusOfLead(ctx), JOINED_DEALS)}, ${timeFacts(ctx)},
    ${nurtureStatus('l.status')} AS nurture_status${clockColumns(ctx)}
  FROM filtered_leads l LEFT JOIN lead_deals ld ON ld.lead_key = l._key ${clockJoin(ctx)}),
lead_facts AS (SELECT *, ${slaState(ctx)} AS sla_state, ${LATER_FACTS} FROM lead_base),
scoped_deals AS (${scope})`;
}
