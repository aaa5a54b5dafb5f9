/**
 * "Redirect these" (grain: one row per filtered lead never followed up and older than the SLA at the
 * end of the as-of day, on the clock the definition names), freshest first (a young lead is the likeliest to still convert), then by row.
 *
 * Suggested new owner, the rule: the candidate reps are the named owners whose follow-up rate is at
 * least the overall rate, computed over the filtered leads ignoring any owner filter (so filtering one
 * rep still offers the others); compared as exact fractions. They are ordered by follow-up rate (best
 * first), then by fewest leads created in the as-of day's calendar month (spare capacity), then by
 * name. The leads are dealt out round-robin in that order, skipping the lead's current owner (if that
 * rep is the only candidate, no suggestion). Null without a follow-up field or created dates.
 */
import { toCsv } from '../export/csv';
import type { MetricContext } from './context';
import { asOfEnd, leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, num, text, type Query } from './query';
import { followUpRateSql } from './rates';

export interface RedirectRow {
  leadId: string | null;
  owner: string | null;
  /** Wall-clock 'YYYY-MM-DD HH:MM:SS'. */
  createdAt: string | null;
  ageDays: number;
  suggestedOwner: string | null;
}

export interface RedirectCandidate {
  owner: string;
  leads: number;
  followedUp: number;
  followUpRate: number;
  leadsThisMonth: number;
}

/** Round-robin over `reps`, skipping each lead's current owner when another rep is there. Pure. */
export function suggestOwners(
  leads: readonly { owner: string | null }[],
  reps: readonly string[],
): (string | null)[] {
  let next = 0;
  return leads.map(({ owner }) => {
    if (reps.length === 0) return null;
    let rep = reps[next % reps.length] ?? null;
    if (rep === owner) {
      if (reps.length === 1) return null;
      next++;
      rep = reps[next % reps.length] ?? null;
    }
    next++;
    return rep;
  });
}

export function redirectLeadsQuery(
  ctx: MetricContext,
  limit?: number,
): Query<{ total: number; leads: Omit<RedirectRow, 'suggestedOwner'>[] }> {
  const sla = ctx.definition.slaHours;
  // Past the SLA on the clock the definition names (issue 20).
  const age = ctx.clock?.hours.slaClock === 'working' ? 'working_age_hours' : 'age_hours';
  const n = limit === undefined ? null : Math.max(1, Math.floor(limit));
  return {
    // The total counts every lead due, however many are listed. With a limit, only the leads created
    // at or after the n-th newest due lead can be listed, so the sort skips the rest (sorting every
    // due lead cost most of the query at 1M leads); dates are formatted for the listed ones only.
    sql: `WITH ${leadFacts(ctx)},
      due AS NOT MATERIALIZED (SELECT lead_id, owner, created_at, age_days, lead_key FROM lead_facts
        WHERE followed_up = false AND ${age} > ${sla}),
      bound AS (SELECT count(*) AS total${n === null ? '' : `, list_min(max(created_at, ${n})) AS oldest`} FROM due),
      listed AS (SELECT due.* FROM due, bound ${n === null ? '' : 'WHERE created_at >= oldest'}
        ORDER BY created_at DESC, lead_key ${n === null ? '' : `LIMIT ${n}`})
      SELECT lead_id, owner, strftime(created_at, '%Y-%m-%d %H:%M:%S') AS created, age_days, total
      FROM listed, bound
      ORDER BY created_at DESC, lead_key`,
    parse: (rows) => ({
      total: int(rows[0]?.['total']),
      leads: rows.map((row) => ({
        leadId: text(row['lead_id']),
        owner: text(row['owner']),
        createdAt: text(row['created']),
        ageDays: num(row['age_days']) ?? 0,
      })),
    }),
  };
}

export function redirectCandidatesQuery(ctx: MetricContext): Query<RedirectCandidate[]> {
  const monthStart = `date_trunc('month', TIMESTAMP '${ctx.asOf}')`;
  return {
    // One scan: per owner (blank included), the overall figures summed over the owners.
    sql: `WITH ${leadFacts(ctx, 'owner')},
      owners AS (SELECT owner, count(*) AS leads, count_if(followed_up) AS followed,
          count_if(created_at >= ${monthStart} AND epoch(created_at) < ${asOfEnd(ctx)}
            AND created_at < ${monthStart} + INTERVAL 1 MONTH) AS this_month
        FROM lead_facts GROUP BY owner),
      reps AS (SELECT *, sum(leads) OVER () AS all_leads, sum(followed) OVER () AS all_followed FROM owners)
      SELECT owner, leads, followed, ${followUpRateSql('followed', 'leads')} AS rate, this_month
      FROM reps WHERE owner IS NOT NULL AND followed * all_leads >= all_followed * leads
      ORDER BY rate DESC, this_month, owner`,
    parse: (rows) =>
      rows.map((row) => ({
        owner: text(row['owner']) ?? '',
        leads: int(row['leads']),
        followedUp: int(row['followed']),
        followUpRate: num(row['rate']) ?? 0,
        leadsThisMonth: int(row['this_month']),
      })),
  };
}

export interface RedirectList {
  /** Untouched leads past the SLA (all of them, however many rows are listed). */
  total: number;
  rows: RedirectRow[];
  candidates: RedirectCandidate[];
}

/** The list for `ctx`, its two queries run by `run` (the engine's, through its cache). */
export async function redirectList(
  ctx: MetricContext,
  run: <T>(query: Query<T>) => Promise<T>,
  limit?: number,
): Promise<RedirectList | null> {
  const k = knowledge(ctx.known);
  if (!k.followUp || !k.created) return null;
  const { total, leads } = await run(redirectLeadsQuery(ctx, limit));
  const candidates = await run(redirectCandidatesQuery(ctx));
  const suggested = suggestOwners(
    leads,
    candidates.map((c) => c.owner),
  );
  return {
    total,
    rows: leads.map((lead, i) => ({ ...lead, suggestedOwner: suggested[i] ?? null })),
    candidates,
  };
}

/** The CSV a manager re-assigns from: lead id, current owner, suggested owner. */
export function redirectCsv(rows: readonly RedirectRow[]): string {
  return toCsv(
    ['Lead ID', 'Current owner', 'Suggested owner'],
    rows.map((row) => [row.leadId, row.owner, row.suggestedOwner]),
  );
}
