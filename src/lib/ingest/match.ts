/**
 * Links every deal to at most one lead (DESIGN.md "matching deals to leads"): by the link the user
 * chose, if any, then lead_id, the deal id a lead names as its deal, email, company_id and company
 * name, compared trimmed and case-insensitive. Among several leads, the latest created before the
 * deal was created (or closed, without a created date) wins, else the earliest lead. Each rule only
 * sees the deals the rules before it left unmatched, and runs only where both views have its
 * columns. All the rules run as one statement (match-sql.ts).
 */
import type { Db } from '../db';
import type { TableKind } from './fields';
import { inModel, matchRules, type LinkPair, type MatchRule, type Rule } from './match-rules';
import { matchStatement } from './match-sql';
import { shaped } from './salesforce-ids';
import { ALL_DEAL_ROWS, anySetAside } from './schema';
import { ident } from './sql';

export type { LinkPair, MatchRule, Rule } from './match-rules';
export { dealKeys, leadKeys, linked } from './match-rules';

/** The views' columns and their types (a field not yet in the model is simply absent). */
export async function viewColumns(db: Db, kind: TableKind): Promise<Map<string, string>> {
  const rows = await db.query<{ column_name: string; column_type: string }>(`DESCRIBE ${kind}`);
  return new Map(rows.map((r) => [r.column_name, r.column_type]));
}

/** The rules whose columns both views have, in order; the views are asked only about a chosen link. */
export async function runnableRules(db: Db, chosen: LinkPair | null): Promise<Rule[]> {
  const rules = matchRules(chosen);
  if (rules.every(inModel)) return rules;
  const [leads, deals] = [await viewColumns(db, 'leads'), await viewColumns(db, 'deals')];
  return rules.filter((rule) => deals.has(rule.deals) && leads.has(rule.leads));
}

let preferred: LinkPair | null = null;
/** The link tried first by every later matching (the store keeps it in step with the saved choice). */
export function preferLink(pair: LinkPair | null): void {
  preferred = pair;
}

// A load and an applied link may both re-match: one after the other, or their rows would mix.
const running = new WeakMap<Db, Promise<void>>();

export function matchDeals(db: Db, chosen: LinkPair | null = preferred): Promise<void> {
  const next = (running.get(db) ?? Promise.resolve()).catch(() => undefined).then(() => rematch(db, chosen));
  running.set(db, next);
  return next;
}

async function rematch(db: Db, chosen: LinkPair | null): Promise<void> {
  await db.exec('DELETE FROM deal_matches');
  const statement = matchStatement(
    await withFifteen(
      db,
      await withLeadValues(db, await withDealValues(db, await runnableRules(db, chosen))),
    ),
    anySetAside(db, 'deals') ? ALL_DEAL_ROWS : null,
  );
  if (statement) await db.exec(statement);
}

/**
 * The rules whose deals column holds a value: one count over the deals (the leads are many, the
 * deals few), so no deals, or a link column no deals file has, costs no statement and no join.
 */
async function withDealValues(db: Db, rules: Rule[]): Promise<Rule[]> {
  const columns = [...new Set(rules.map((rule) => rule.deals))];
  if (columns.length === 0) return [];
  const [row] = await db.query<Record<string, number>>(
    `SELECT ${columns.map((column, i) => `count(${ident(column)}) AS c${i}`).join(', ')} FROM deals`,
  );
  return rules.filter((rule) => (row?.[`c${columns.indexOf(rule.deals)}`] ?? 0) > 0);
}

/**
 * The deal-id rule only where a lead names a deal: every deals file has its ids, few leads files the
 * deal each lead became, and without this the rule would read the million leads for nothing.
 */
async function withLeadValues(db: Db, rules: Rule[]): Promise<Rule[]> {
  const rule = rules.find((r) => r.by === 'deal_id');
  if (!rule) return rules;
  const named = await db.query(`SELECT 1 FROM leads WHERE ${ident(rule.leads)} IS NOT NULL LIMIT 1`);
  return named.length > 0 ? rules : rules.filter((r) => r !== rule);
}

/**
 * Marks the id rules whose leads hold a 15-character Salesforce-shaped id while some deal holds an
 * 18-character one (match-rules.ts `fifteen`). An export writes its ids one way: each side is judged
 * on its first 10,000 rows (the whole million leads cost ~150 ms a load).
 */
export async function withFifteen(db: Db, rules: Rule[]): Promise<Rule[]> {
  const has = async (kind: TableKind, column: string, n: number) => {
    const value = `CAST(${ident(column)} AS VARCHAR)`;
    const first = `SELECT ${value} AS v FROM ${kind} WHERE ${ident(column)} IS NOT NULL LIMIT ${FIRST_ROWS}`;
    return (await db.query(`SELECT 1 FROM (${first}) WHERE ${shaped(n)} LIMIT 1`)).length > 0;
  };
  const marked = new Set<Rule>();
  for (const rule of rules.filter((r) => r.by !== 'email' && r.by !== 'company')) {
    if ((await has('deals', rule.deals, 18)) && (await has('leads', rule.leads, 15))) marked.add(rule);
  }
  return rules.map((rule) => (marked.has(rule) ? { ...rule, fifteen: true } : rule));
}

const FIRST_ROWS = 10_000;

export interface MatchSummary {
  deals: number;
  matched: number;
  byLeadId: number;
  byEmail: number;
  byCompany: number;
  unmatchedAmount: number | null;
}

/**
 * How many deals are loaded and how many a lead links: what the landing after a load asks, on the
 * way to the Overview (the summary's other counts cost ~20 ms more at 117k deals).
 */
export async function matchCounts(db: Db): Promise<Pick<MatchSummary, 'deals' | 'matched'>> {
  const [row] = await db.query<Pick<MatchSummary, 'deals' | 'matched'>>(
    'SELECT (SELECT count(*) FROM deals) AS deals, (SELECT count(*) FROM deal_matches) AS matched',
  );
  return { deals: row?.deals ?? 0, matched: row?.matched ?? 0 };
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

/** One rule as the summary names it: its columns, whether each side has values, the deals it linked. */
export interface RuleReport extends LinkPair {
  by: MatchRule;
  dealsHas: boolean;
  leadsHas: boolean;
  matched: number;
}

export interface MatchDetails extends MatchSummary {
  byCompanyId: number;
  byChosen: number;
  /** The link tried first, if one was chosen (its columns may not be in the loaded files). */
  chosen: LinkPair | null;
  /** Every rule whose columns are in the model, in the order tried. */
  rules: RuleReport[];
  /** The rule that linked the most deals; null when none linked any. */
  ruleUsed: MatchRule | null;
}

/** The summary plus what the page needs to say how deals were (or were not) linked. */
export async function matchDetails(db: Db, chosen: LinkPair | null = preferred): Promise<MatchDetails> {
  const summary = await matchSummary(db);
  const [leads, deals] = [await viewColumns(db, 'leads'), await viewColumns(db, 'deals')];
  const rules = matchRules(chosen).filter(
    (r) => r.by === 'chosen' || deals.has(r.deals) || leads.has(r.leads),
  );
  const filled = async (kind: TableKind, present: Map<string, string>, columns: string[]) => {
    const known = [...new Set(columns)].filter((c) => present.has(c));
    if (known.length === 0) return new Map<string, number>();
    const [row] = await db.query<Record<string, number>>(
      `SELECT ${known.map((c, i) => `count(${ident(c)}) AS c${i}`).join(', ')} FROM ${kind}`,
    );
    return new Map(known.map((c, i) => [c, row?.[`c${i}`] ?? 0]));
  };
  const leadsFilled = await filled(
    'leads',
    leads,
    rules.map((r) => r.leads),
  );
  const dealsFilled = await filled(
    'deals',
    deals,
    rules.map((r) => r.deals),
  );
  const counts = await db.query<{ by: MatchRule; n: number }>(
    'SELECT matched_by AS by, count(*) AS n FROM deal_matches GROUP BY matched_by',
  );
  const byRule = new Map(counts.map((c) => [c.by, c.n]));
  const reports = rules
    .map(({ by, deals: d, leads: l }) => ({
      by,
      deals: d,
      leads: l,
      dealsHas: (dealsFilled.get(d) ?? 0) > 0,
      leadsHas: (leadsFilled.get(l) ?? 0) > 0,
      matched: byRule.get(by) ?? 0,
    }))
    // Named only where the leads name their deals: else every deals file would list it as missing.
    .filter((report) => report.by !== 'deal_id' || report.leadsHas);
  const best = [...reports].sort((a, b) => b.matched - a.matched)[0];
  return {
    ...summary,
    byCompanyId: byRule.get('company_id') ?? 0,
    byChosen: byRule.get('chosen') ?? 0,
    chosen,
    rules: reports,
    ruleUsed: best && best.matched > 0 ? best.by : null,
  };
}
