/**
 * Lead facts (grain: one row per FILTERED lead): the shared CTEs every lead metric is computed from.
 * `WITH ${leadFacts(ctx)} SELECT … FROM lead_facts` (or `scoped_deals`). `except` names a dimension
 * whose own filter is ignored (a chart that keeps every value of its dimension selectable).
 *
 * lead_facts columns: every column of leads (x_ dimensions included), lead_key (= _key),
 * linked (has any deal), followed_up (NULL: follow-up unknown), response_hours (first touch − created,
 * fractional; negative values kept), response_negative, age_hours / age_days (to the END of the as-of
 * day), sla_state ('within' | 'breached' | 'pending' | NULL), qualified, opportunity, won (NULL: stage
 * unknown), won_amount, first_won_closed_at, days_to_win.
 *
 * scoped_deals: the deals the deal figures cover (DESIGN.md "deal scope"): with a leads file, the
 * deals matched to the filtered leads; with a deals file alone, all deals.
 *
 * No fact depends on the filters (deal links come from deal_matches, ages from the as-of day), so the
 * facts of ALL leads can be materialised once per definition and data (materialize.ts); the filters
 * are then a WHERE on that table, and on the stored deals' copy of their lead's filterable columns.
 * Without `materialized`, the CTEs compute the facts of the filtered leads in the query.
 */
import { literal } from '../ingest/sql';
import type { MaterializedFacts, MetricContext } from './context';
import { dayEpoch, filteredLeadsCte, filterWhere } from './filters';
import { knowledge } from './known';

const STATUS = `lower(trim(coalesce(l.status, '')))`;

/** "The lead's status is one of these": trimmed, case-insensitive, '' is blank; never NULL. */
export function statusIn(statuses: readonly string[], expr = STATUS): string {
  const values = [...new Set(statuses.map((s) => s.trim().toLowerCase()))];
  return values.length > 0 ? `${expr} IN (${values.map(literal).join(', ')})` : 'false';
}

/** Epoch seconds at the end of the as-of day: ages run to it. */
export function asOfEnd(ctx: MetricContext): number {
  return dayEpoch(ctx.asOf, 1);
}

function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return `${value}`;
}

export function leadFacts(ctx: MetricContext, except?: string): string {
  return ctx.materialized ? storedLeadFacts(ctx, ctx.materialized, except) : computedLeadFacts(ctx, except);
}

/** Every lead, unfiltered (a table name): the stored facts carry every leads column. */
export function allLeads(ctx: MetricContext): string {
  return ctx.materialized?.facts ?? 'leads';
}

/** `filtered_leads` alone (every leads column), for queries that need no fact. */
export function filteredLeads(ctx: MetricContext, except?: string): string {
  return ctx.materialized
    ? `filtered_leads AS NOT MATERIALIZED (SELECT * FROM ${ctx.materialized.facts} l WHERE ${filterWhere(ctx.filters, 'l', except)})`
    : filteredLeadsCte(ctx.filters, except);
}

/**
 * Over the materialised tables: the filters are a WHERE on the facts of all leads, and on the copy of
 * the matched lead's columns each stored deal carries (`_lead`, see materialize.ts), so the deals in
 * scope need no join. NOT MATERIALIZED: a CTE read twice would otherwise be copied, every column.
 */
function storedLeadFacts(ctx: MetricContext, { facts, deals }: MaterializedFacts, except?: string): string {
  // With a deals file alone, every deal is in scope whatever the filters.
  const scope = knowledge(ctx.known).hasLeads ? filterWhere(ctx.filters, '_lead', except) : 'true';
  return `lead_facts AS NOT MATERIALIZED (SELECT * FROM ${facts} l WHERE ${filterWhere(ctx.filters, 'l', except)}),
filtered_leads AS NOT MATERIALIZED (SELECT * FROM lead_facts),
scoped_deals AS NOT MATERIALIZED (SELECT * EXCLUDE (_lead) FROM ${deals} WHERE ${scope})`;
}

function computedLeadFacts(ctx: MetricContext, except?: string): string {
  const k = knowledge(ctx.known);
  const known = ctx.known.leads;
  const sla = sqlNumber(ctx.definition.slaHours);
  const or = (parts: (string | false)[]) => parts.filter(Boolean).join(' OR ');
  const touched = or([
    known.has('first_touch_at') && 'l.first_touch_at IS NOT NULL',
    known.has('last_touch_at') && 'l.last_touch_at IS NOT NULL',
    known.has('touches') && 'coalesce(l.touches, 0) > 0',
    known.has('status') && `NOT (${statusIn(ctx.definition.untouchedStatuses)})`,
    'ld.lead_key IS NOT NULL',
  ]);
  const converted = or([
    known.has('converted') && 'coalesce(l.converted, false)',
    known.has('converted_at') && 'l.converted_at IS NOT NULL',
  ]);
  const qualified = or([
    known.has('qualified_at') && 'l.qualified_at IS NOT NULL',
    known.has('status') && statusIn(ctx.definition.qualifiedStatuses),
    converted,
    'ld.lead_key IS NOT NULL',
  ]);
  const opportunity = or([converted, 'ld.lead_key IS NOT NULL']);
  const scope = k.hasLeads
    ? `SELECT d.* FROM deals d JOIN deal_matches m ON m.deal_key = d._key JOIN filtered_leads f ON f._key = m.lead_key`
    : `SELECT d.* FROM deals d`;
  return `${filteredLeadsCte(ctx.filters, except)},
lead_deals AS (
  SELECT m.lead_key, count(*) AS deals,
    count(*) FILTER (WHERE d.outcome = 'won') AS won_deals,
    sum(d.amount) FILTER (WHERE d.outcome = 'won') AS won_amount,
    min(d.closed_at) FILTER (WHERE d.outcome = 'won') AS first_won_closed_at
  FROM deal_matches m JOIN deals d ON d._key = m.deal_key
  GROUP BY m.lead_key),
lead_base AS (
  SELECT l.*, l._key AS lead_key,
    ld.lead_key IS NOT NULL AS linked,
    CASE WHEN ${k.followUp} THEN (${touched}) END AS followed_up,
    (epoch(l.first_touch_at) - epoch(l.created_at)) / 3600 AS response_hours,
    (${asOfEnd(ctx)} - epoch(l.created_at)) / 3600 AS age_hours,
    (${asOfEnd(ctx)} - epoch(l.created_at)) / 86400 AS age_days,
    CASE WHEN ${k.qualified} THEN (${qualified}) END AS qualified,
    CASE WHEN ${k.opportunity} THEN (${opportunity}) END AS opportunity,
    CASE WHEN ${k.won} THEN coalesce(ld.won_deals, 0) > 0 END AS won,
    ld.won_amount, ld.first_won_closed_at
  FROM filtered_leads l LEFT JOIN lead_deals ld ON ld.lead_key = l._key),
lead_facts AS (
  SELECT *,
    response_hours < 0 AS response_negative,
    CASE
      WHEN NOT ${k.firstTouch} OR followed_up IS NULL THEN NULL
      WHEN first_touch_at IS NOT NULL THEN
        CASE WHEN response_hours IS NULL OR response_hours < 0 THEN NULL
             WHEN response_hours <= ${sla} THEN 'within' ELSE 'breached' END
      WHEN followed_up OR age_hours IS NULL THEN NULL
      WHEN age_hours > ${sla} THEN 'breached' ELSE 'pending' END AS sla_state,
    CASE WHEN won THEN (epoch(first_won_closed_at) - epoch(created_at)) / 86400 END AS days_to_win
  FROM lead_base),
scoped_deals AS (${scope})`;
}
