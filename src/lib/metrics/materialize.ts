/**
 * Lead facts computed once per lead definition, as-of day and data (grain: one row per lead, ALL
 * leads), and the deals in scope when nothing is filtered (grain: one row per deal), in one stored
 * layout: per lead (`_key` order) the facts of lead-facts.ts that need the deals or the status lists;
 * per deal (`_key` order) its matched lead's key and created_at (NULL when unmatched; its lead's
 * dimensions are stored later, scoped-deals.ts); both read beside `leads`/`deals` by position,
 * upload by upload. When that order cannot be relied on, nothing is stored and the queries compute
 * their facts (the only fallback). No fact depends on the filters, so a filter change reads these
 * tables through a WHERE (lead-facts.ts) instead of recomputing the deal joins and flags of every
 * lead. The tables are temporary; the engine (engine.ts) drops them when the definition or data
 * change.
 */
import type { Db } from '../db';
import type { Filters, MaterializedFacts, MetricContext } from './context';
import { ARRIVED } from './filters';
import { derivedFactsSql } from './derived-facts';
import { apartSql } from './paired';
import { storedDealsSql } from './scoped-deals';
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
  const columns = await leadColumns(db);
  // Without the tables (e.g. out of memory) every query still answers, computing its facts.
  return {
    base: await materializeFacts(db, plain).catch(() => plain),
    columns: filterableColumns(plain, columns),
  };
}

/** The leads columns a filter may name: the loaded ones, and `arrived` while working hours are set. */
export function filterableColumns(ctx: MetricContext, columns: readonly string[]): Set<string> {
  return new Set(ctx.clock ? [...columns, ARRIVED] : columns);
}

/** The context for some filters over prepared facts: no query, no table (pure). */
export function withFilters(prepared: PreparedFacts, filters: Filters): MetricContext {
  return { ...prepared.base, filters: keepLoadedDimensions(prepared.columns, filters) };
}

/**
 * `ctx` (its filters kept) reading freshly materialised facts of its definition, as-of and data: per
 * lead only the facts that need the deals or the status lists, per deal only its lead's key and
 * created_at (its dimensions come later, scoped-deals.ts), each upload's rows in the order they are
 * read (copying every leads column cost most of the build: 2–3.5 s at 1M leads, these tables
 * ~0.6 s). If the stored rows do not pair with the views by position, they are dropped and `ctx` is
 * returned as it is: its queries compute their facts.
 */
export async function materializeFacts(db: Db, ctx: MetricContext): Promise<MetricContext> {
  const id = ++generation;
  const all = { ...ctx, filters: {}, materialized: undefined };
  const facts = `lead_facts_${id}`;
  const deals = `scoped_deals_${id}`;
  const tables: MaterializedFacts = { facts, deals, layout: 'derived', leadUploads: [], dealUploads: [] };
  try {
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${facts} AS ${derivedFactsSql(all)}`);
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${deals} AS ${storedDealsSql(ctx)}`);
    const stored = { ...tables, ...(await uploadsOf(db, tables)) };
    if (await alignedWithViews(db, stored)) return { ...ctx, materialized: stored };
    // derived-facts.ts relies on DuckDB keeping the leads' order through its joins; where it did
    // not, sorting the facts by key (as they were made before) pairs them again.
    await sortByKey(db, facts);
    if (await alignedWithViews(db, stored)) return { ...ctx, materialized: stored };
  } catch (error) {
    await dropFacts(db, { ...ctx, materialized: tables }).catch(() => undefined);
    await db.exec(`DROP TABLE IF EXISTS ${facts}_sorted`).catch(() => undefined);
    throw error;
  }
  await dropFacts(db, { ...ctx, materialized: tables });
  return { ...ctx, materialized: undefined };
}

/** Sorts stored facts by lead key, as they were made before they came out in the leads' order. */
export async function sortByKey(db: Db, facts: string): Promise<void> {
  await db.exec(`CREATE OR REPLACE TEMP TABLE ${facts}_sorted AS SELECT * FROM ${facts} ORDER BY lead_key`);
  await db.exec(`DROP TABLE ${facts}`);
  await db.exec(`ALTER TABLE ${facts}_sorted RENAME TO ${facts}`);
}

/** The uploads the derived tables hold rows of. */
async function uploadsOf(
  db: Db,
  { facts, deals }: MaterializedFacts,
): Promise<Pick<MaterializedFacts, 'leadUploads' | 'dealUploads'>> {
  const rows = await db.query<{ kind: string; upload: number }>(
    `SELECT 'leads' AS kind, upload FROM (SELECT DISTINCT upload FROM ${facts})
     UNION ALL SELECT 'deals', upload FROM (SELECT DISTINCT upload FROM ${deals}) ORDER BY upload`,
  );
  const of = (kind: string) => rows.filter((row) => row.kind === kind).map((row) => Number(row.upload));
  return { leadUploads: of('leads'), dealUploads: of('deals') };
}

/**
 * Whether the derived tables pair row by row with `leads` and `deals`, read as the queries read them
 * (paired.ts `pairedByUpload`): same counts, same key at every position of every upload. Within
 * an upload that holds when one thread scans (DuckDB-wasm has one): each side yields its rows in
 * rowid order, as the derived rows are stored (by `_key`); with more threads the order is not
 * promised, so no. Reading the keys takes ~20 ms at 1M leads.
 */
export async function alignedWithViews(db: Db, stored: MaterializedFacts): Promise<boolean> {
  const { facts, deals, leadUploads, dealUploads } = stored;
  const leadsApart = apartSql('leads', facts, leadUploads);
  const dealsApart = apartSql('deals', deals, dealUploads);
  const [row] = await db.query<{ aligned: boolean | null }>(
    `SELECT current_setting('threads') = 1
      AND (SELECT count(*) FROM leads) = (SELECT count(*) FROM ${facts})
      AND (SELECT count(*) FROM deals) = (SELECT count(*) FROM ${deals})
      AND NOT EXISTS (${leadsApart}) AND NOT EXISTS (${dealsApart}) AS aligned`,
  );
  return row?.aligned === true;
}

/** Drops the tables of a context whose definition or data are no longer current. */
export async function dropFacts(db: Db, ctx: MetricContext): Promise<void> {
  if (!ctx.materialized) return;
  await db.exec(`DROP TABLE IF EXISTS ${ctx.materialized.facts}`);
  await db.exec(`DROP TABLE IF EXISTS ${ctx.materialized.deals}`);
}
