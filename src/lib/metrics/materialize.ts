/**
 * Lead facts computed once per lead definition, as-of day and data (grain: one row per lead, ALL
 * leads, the columns of lead-facts.ts), and the deals in scope when nothing is filtered (grain: one
 * row per deal; with a leads file the matched deals, each with `_lead`, a struct of its lead's
 * created_at and dimension columns; else every deal). No fact depends on the filters, so a filter
 * change reads these tables through a WHERE (lead-facts.ts) instead of recomputing the deal joins and
 * flags of every lead. The tables are temporary; the caller drops them when the definition or data
 * change.
 */
import type { Db } from '../db';
import { ident } from '../ingest/sql';
import type { Filters, MetricContext } from './context';
import { isDimension } from './filters';
import { knowledge } from './known';
import { leadFacts } from './lead-facts';
import { keepLoadedDimensions, leadColumns, resolveContext, type MetricOptions } from './resolve';

let generation = 0;

/** What every filter state of one definition and data shares. */
export interface PreparedFacts {
  /** No filters; `materialized` set unless materialising failed (queries then compute the facts). */
  base: MetricContext;
  /** The leads columns, to clean filters without asking the database. */
  columns: ReadonlySet<string>;
}

/** Resolves the context of a definition and data (as-of, known fields) and materialises its facts. */
export async function prepareFacts(
  db: Db,
  options: Omit<MetricOptions, 'filters'> = {},
): Promise<PreparedFacts> {
  const plain = await resolveContext(db, { ...options, filters: {} });
  const columns = new Set(await leadColumns(db));
  // Without the tables (e.g. out of memory) every query still answers, computing its facts.
  return { base: await materializeFacts(db, plain).catch(() => plain), columns };
}

/** The context for some filters over prepared facts: no query, no table (pure). */
export function withFilters(prepared: PreparedFacts, filters: Filters): MetricContext {
  return { ...prepared.base, filters: keepLoadedDimensions(prepared.columns, filters) };
}

/** `ctx` (its filters kept) reading freshly materialised facts of its definition, as-of and data. */
export async function materializeFacts(db: Db, ctx: MetricContext): Promise<MetricContext> {
  const id = ++generation;
  const facts = `lead_facts_${id}`;
  const deals = `scoped_deals_${id}`;
  const all = { ...ctx, filters: {}, materialized: undefined };
  const stored = { ...ctx, materialized: { facts, deals } };
  try {
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${facts} AS WITH ${leadFacts(all)} SELECT * FROM lead_facts`);
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${deals} AS ${await dealsInScope(db, ctx, facts)}`);
  } catch (error) {
    await dropFacts(db, stored).catch(() => undefined);
    throw error;
  }
  return stored;
}

/** Every column a filter can name (filters.ts), as the lead's struct; a deal without leads has none. */
async function dealsInScope(db: Db, ctx: MetricContext, facts: string): Promise<string> {
  if (!knowledge(ctx.known).hasLeads) return `SELECT d.*, NULL AS _lead FROM deals d`;
  const columns = await db.query<{ name: string }>(
    `SELECT column_name AS name FROM information_schema.columns WHERE table_name = '${facts}'`,
  );
  const fields = columns
    .map((c) => c.name)
    .filter((name) => name === 'created_at' || isDimension(name))
    .map((name) => `${ident(name)} := l.${ident(name)}`);
  return `SELECT d.*, struct_pack(${fields.join(', ')}) AS _lead
    FROM deals d JOIN deal_matches m ON m.deal_key = d._key JOIN ${facts} l ON l.lead_key = m.lead_key`;
}

/** Drops the tables of a context whose definition or data are no longer current. */
export async function dropFacts(db: Db, ctx: MetricContext): Promise<void> {
  if (!ctx.materialized) return;
  await db.exec(`DROP TABLE IF EXISTS ${ctx.materialized.facts}`);
  await db.exec(`DROP TABLE IF EXISTS ${ctx.materialized.deals}`);
}
