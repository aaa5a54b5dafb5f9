import type { Db } from '../db';

/**
 * Links every deal to at most one lead (DESIGN.md "matching deals to leads"): by lead_id, else email,
 * else company, compared trimmed and case-insensitive. Among several leads, the latest created
 * before the deal was created (or closed, without a created date) wins, else the earliest lead.
 * Each rule only sees the deals the rules before it left unmatched.
 */
const KEYS = [
  { by: 'lead_id', column: 'lead_id' },
  { by: 'email', column: 'email' },
  { by: 'company', column: 'company' },
] as const;

export async function matchDeals(db: Db): Promise<void> {
  await db.exec('DELETE FROM deal_matches');
  for (const { by, column } of KEYS) {
    // Keys are already trimmed (and blank is NULL) in the canonical tables: see ingest/values.ts.
    const open = `SELECT _key, created_at, closed_at, lower(${column}) AS k FROM deals
      WHERE ${column} IS NOT NULL AND _key NOT IN (SELECT deal_key FROM deal_matches)`;
    const [left] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM (${open})`);
    if (!left?.n) continue;
    await db.exec(`INSERT INTO deal_matches
      SELECT deal_key, arg_min(lead_key, rank), '${by}' FROM (
        SELECT d._key AS deal_key, l._key AS lead_key,
          CASE WHEN l.created_at <= coalesce(d.created_at, d.closed_at)
               THEN -epoch(l.created_at) ELSE 1e12 + coalesce(epoch(l.created_at), 1e11) END AS rank
        FROM (${open}) d
        JOIN leads l ON d.k = lower(l.${column})
      ) GROUP BY deal_key`);
  }
}

export interface MatchSummary {
  deals: number;
  matched: number;
  byLeadId: number;
  byEmail: number;
  byCompany: number;
  unmatchedAmount: number | null;
}

export async function matchSummary(db: Db): Promise<MatchSummary> {
  const [row] = await db.query<MatchSummary>(`SELECT
      (SELECT count(*) FROM deals) AS deals,
      (SELECT count(*) FROM deal_matches) AS matched,
      (SELECT count(*) FROM deal_matches WHERE matched_by = 'lead_id') AS "byLeadId",
      (SELECT count(*) FROM deal_matches WHERE matched_by = 'email') AS "byEmail",
      (SELECT count(*) FROM deal_matches WHERE matched_by = 'company') AS "byCompany",
      (SELECT sum(amount) FROM deals WHERE _key NOT IN (SELECT deal_key FROM deal_matches)) AS "unmatchedAmount"`);
  return row ?? { deals: 0, matched: 0, byLeadId: 0, byEmail: 0, byCompany: 0, unmatchedAmount: null };
}
