/**
 * The deals in scope over the stored deals (grain: one row per deal of each upload, in the order its
 * rows are read; see lead-facts.ts `scoped_deals`). Two stored tables, read beside `deals` by
 * position (paired.ts):
 * - `deals` (materialize.ts): each deal's matched lead key and its lead's created_at. Made before
 *   the first figure: it is what the figures need with no dimension filtered.
 * - `dealDimensions` (made here, after the first figures, engine.ts): the same with the lead's
 *   filterable text columns. Copying them reads every lead's text (~160 of its ~230 ms at 1M leads,
 *   Node), so it is kept off the first draw (issue 15).
 * A dimension filter reads the second when it is made; before, a deal is in scope when its lead is
 * among the filtered leads (a semi-join, ~40 ms more at 1M: rare, the table is made while the user
 * reads).
 */
import type { Db } from '../db';
import type { MaterializedFacts, MetricContext } from './context';
import { ARRIVED, filterWhere, isDimension } from './filters';
import { knowledge } from './known';
import { apartSql, pairedByUpload } from './paired';
import { ident } from '../ingest/sql';

/** With a deals file alone every deal is in scope, and no deal has a lead. */
export const DEALS_ALONE = `SELECT *, CAST(NULL AS TIMESTAMP) AS lead_created FROM deals`;

/** Whether these filters name a dimension (`except` aside). */
function filtersDimensions(ctx: MetricContext, except?: string): boolean {
  return Object.entries(ctx.filters.dimensions ?? {}).some(
    ([name, values]) => name !== except && (values?.length ?? 0) > 0,
  );
}

/**
 * The `scoped_deals` CTE over the stored deals. `filtered_leads` must be defined before it (in the
 * same WITH) when a dimension is filtered and `dealDimensions` is not made.
 */
export function derivedDeals(ctx: MetricContext, stored: MaterializedFacts, except?: string): string {
  // With a deals file alone, every deal is in scope whatever the filters.
  if (!knowledge(ctx.known).hasLeads) return `scoped_deals AS NOT MATERIALIZED (${DEALS_ALONE})`;
  const dimensions = filtersDimensions(ctx, except);
  const table = dimensions && stored.dealDimensions ? stored.dealDimensions : stored.deals;
  const leadIn =
    dimensions && !stored.dealDimensions
      ? ' AND s.lead_key IN (SELECT _key FROM filtered_leads)'
      : ` AND ${filterWhere(ctx.filters, 's', except)}`;
  return `scoped_deals AS NOT MATERIALIZED (${linkedDeals(stored, table, leadIn)})`;
}

/**
 * The deals linked to a lead, each beside its row of a stored deals table (`table`: the stored deals
 * or their leads' dimensions) with its lead's created_at and `columns` (`, s.x AS y`), where
 * `condition` (` AND …` over `s`) holds.
 */
export function linkedDeals(
  stored: MaterializedFacts,
  table: string,
  condition: string,
  columns = '',
): string {
  return pairedByUpload(
    { view: 'deals', table, uploads: stored.dealUploads },
    (from) =>
      `SELECT d.*, s.created_at AS lead_created${columns} FROM ${from} WHERE s.lead_key IS NOT NULL${condition}`,
  );
}

/**
 * Every deal by `_key` (within an upload, the order its rows are read in) with its matched lead's
 * key and created_at (NULL when unmatched) and, with `dimensions`, the lead's filterable text columns
 * as plain columns (a struct is read whole, whichever field a filter names).
 */
export function storedDealsSql(ctx: MetricContext, leadColumns: readonly string[] = []): string {
  const keys = 'd._upload AS upload, d._key AS deal_key';
  if (!knowledge(ctx.known).hasLeads) return `SELECT ${keys} FROM deals d ORDER BY d._key`;
  const text = leadColumns.filter((name) => name !== ARRIVED && isDimension(name));
  // The lead's created_at as the match found it: no lead looked up among the leads (at 1M leads that
  // join read every lead's key, ~75 ms of the first draw) unless its text columns are copied.
  if (text.length === 0)
    return `SELECT ${keys}, m.lead_key, m.lead_created AS created_at
    FROM deals d LEFT JOIN deal_matches m ON m.deal_key = d._key ORDER BY d._key`;
  const lead = ['m.lead_key', 'l.created_at', ...text.map((name) => `l.${ident(name)}`)];
  return `SELECT ${keys}, ${lead.join(', ')}
    FROM deals d LEFT JOIN deal_matches m ON m.deal_key = d._key LEFT JOIN leads l ON l._key = m.lead_key
    ORDER BY d._key`;
}

/** Whether a stored deals table pairs row by row with `deals`, as the queries read them. */
export async function dealsAligned(db: Db, table: string, uploads: readonly number[]): Promise<boolean> {
  const [row] = await db.query<{ aligned: boolean | null }>(
    `SELECT current_setting('threads') = 1 AND (SELECT count(*) FROM deals) = (SELECT count(*) FROM ${table})
      AND NOT EXISTS (${apartSql('deals', table, uploads)}) AS aligned`,
  );
  return row?.aligned === true;
}

let generation = 0;

/** Makes and checks the deals' lead dimensions table; its name, or null (and no table left). */
export async function buildDealDimensions(
  db: Db,
  ctx: MetricContext,
  stored: MaterializedFacts,
  leadColumns: readonly string[],
): Promise<string | null> {
  const table = `deal_dimensions_${++generation}`;
  try {
    await db.exec(`CREATE OR REPLACE TEMP TABLE ${table} AS ${storedDealsSql(ctx, leadColumns)}`);
    if (await dealsAligned(db, table, stored.dealUploads)) return table;
  } catch {
    // None (e.g. out of memory): a filter finds its deals through the filtered leads.
  }
  await db.exec(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
  return null;
}
