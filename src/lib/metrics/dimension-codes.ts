/**
 * Dimension codes (issue 15; grain: one row per lead, each upload's in the order its rows are read):
 * for one text dimension, the 64-bit hash of each lead's value (NULL where blank), stored beside the
 * lead facts, so a filter on that dimension compares integers instead of reading every lead's text.
 * At 1M leads, one source filter: reading the text cost ~20 ms in each of the three Overview
 * statements that filter leads (summary, windows, periods: ~150 → ~100 ms).
 *
 * Made once the first filter on a dimension has been answered (engine.ts; ~45 ms at 1M), then
 * checked (~70 ms): read beside the leads as the queries read them, every code is the hash of its
 * own lead's value (the rows line up) and no two values share a code (a filter on one would keep the
 * other's leads). When either fails, or the table cannot be made, there are no codes: that
 * dimension's filters read the text.
 */
import type { Db } from '../db';
import type { Filters, MaterializedFacts } from './context';
import { ARRIVED, codeOf, dimensionColumn } from './filters';
import { pairedByUpload } from './paired';

let generation = 0;

/** The key of the deals' lead dimensions (scoped-deals.ts) among the dimensions' tables. */
const DEALS = '\u0000deals';
/** The keys of the dimensions' cubes (summary-cube.ts): this and the dimension. */
const CUBE = '\u0000cube:';

/** A lead's code from its text column: none where blank. */
function codeSql(column: string): string {
  return `CASE WHEN ${column} IS NOT NULL THEN ${codeOf(column)} END`;
}

/** The dimensions these filters name with values (the derived `arrived` is no text column). */
export function filteredDimensions(filters: Filters): string[] {
  return Object.entries(filters.dimensions ?? {})
    .filter(([name, values]) => name !== ARRIVED && (values?.length ?? 0) > 0)
    .map(([name]) => name);
}

/**
 * Makes and checks the codes table of one dimension beside `stored`'s lead uploads; its name when it
 * passed, else null (and no table is left behind).
 */
export async function buildDimensionCodes(
  db: Db,
  stored: MaterializedFacts,
  dimension: string,
): Promise<string | null> {
  const column = dimensionColumn(dimension);
  const table = `lead_codes_${++generation}`;
  try {
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE ${table} AS SELECT _upload AS upload, ${codeSql(column)} AS code FROM leads`,
    );
    if (await codesHold(db, table, stored.leadUploads, dimension)) {
      await db.exec(`CREATE OR REPLACE TEMP TABLE ${codeDays(table)} AS ${codeDaysSql(table, stored)}`);
      return table;
    }
  } catch {
    // No codes (e.g. out of memory): the filter reads the text.
  }
  await dropCodes(db, table);
  return null;
}

/**
 * Beside a codes table, each code's created days (grain: one row per code and day a lead of it was
 * created): the windows of a filter on that one dimension are found there (windows.ts) instead of
 * in every lead's created_at (~30 ms at 1M leads, per filter).
 */
export const codeDays = (codes: string) => `${codes}_days`;

function codeDaysSql(codes: string, stored: MaterializedFacts): string {
  const pairs = pairedByUpload(
    { view: 'leads', table: codes, uploads: stored.leadUploads },
    (from) => `SELECT f.code, CAST(l.created_at AS DATE) AS day FROM ${from} WHERE l.created_at IS NOT NULL`,
  );
  return `SELECT DISTINCT code, day FROM (${pairs})`;
}

async function dropCodes(db: Db, table: string): Promise<void> {
  await db.exec(`DROP TABLE IF EXISTS ${table}`).catch(() => undefined);
  await db.exec(`DROP TABLE IF EXISTS ${codeDays(table)}`).catch(() => undefined);
}

/** Whether the codes pair with the leads row by row and tell every value apart (see above). */
export async function codesHold(
  db: Db,
  table: string,
  uploads: readonly number[],
  dimension: string,
): Promise<boolean> {
  const value = dimensionColumn(dimension, 'l');
  const pairs = pairedByUpload(
    { view: 'leads', table, uploads },
    (from) =>
      `SELECT ${value} AS value, f.code, f.code IS NOT DISTINCT FROM ${codeSql(value)} AS same FROM ${from}`,
  );
  const [row] = await db.query<{ holds: boolean | null }>(
    `SELECT current_setting('threads') = 1
      AND (SELECT count(*) FROM leads) = (SELECT count(*) FROM ${table})
      AND coalesce(bool_and(same), true)
      AND count(DISTINCT value) = count(DISTINCT code) AS holds
    FROM (${pairs})`,
  );
  return row?.holds === true;
}

/**
 * The codes tables of one state of the facts, one per dimension, made when a filter first names it
 * (or ahead of it, `prepare`) and dropped with the facts (the engine owns one per definition and
 * data). A filter on a dimension without its table reads the text: the table is made once that
 * filter's queries are done (`quiet`), for the filters after it. The other tables a filter reads,
 * made and dropped the same way, are kept here too: the deals' lead dimensions (scoped-deals.ts)
 * and each dimension's cube (summary-cube.ts).
 */
export class DimensionCodes {
  /** Per dimension (and DEALS), its table being made or made (null: given up). */
  private readonly making = new Map<string, Promise<string | null>>();
  private readonly made = new Map<string, string>();
  /** How the tables of a key other than a codes table's are dropped. */
  private readonly droppers = new Map<string, (table: string) => Promise<void>>();
  private dropped = false;

  constructor(private readonly db: Db) {}

  /** Per filtered dimension whose codes are made, its table; the others' are started after `quiet`. */
  codesFor(stored: MaterializedFacts, filters: Filters, quiet: () => Promise<void>): Record<string, string> {
    const codes: Record<string, string> = {};
    // Nothing new once the facts are being dropped: a late query reads the text.
    if (this.dropped) return codes;
    for (const name of filteredDimensions(filters)) {
      const table = this.made.get(name);
      if (table) codes[name] = table;
      else void this.prepare(stored, name, quiet);
    }
    return codes;
  }

  /**
   * Starts this dimension's table ahead of its first filter (after `quiet`), so that filter compares
   * codes too; resolves once it is made or given up.
   */
  prepare(stored: MaterializedFacts, dimension: string, quiet: () => Promise<void>): Promise<string | null> {
    return this.start(dimension, () => buildDimensionCodes(this.db, stored, dimension), quiet);
  }

  /** The deals' lead dimensions table when made; else it is started (after `quiet`), once. */
  dealDimensionsFor(build: () => Promise<string | null>, quiet: () => Promise<void>): string | undefined {
    if (this.dropped) return undefined;
    const table = this.made.get(DEALS);
    if (!table) void this.prepareDeals(build, quiet);
    return table;
  }

  /** Starts the deals' lead dimensions table (once, after `quiet`); resolves when made or given up. */
  prepareDeals(build: () => Promise<string | null>, quiet: () => Promise<void>): Promise<string | null> {
    return this.start(DEALS, build, quiet);
  }

  /** The cube of this dimension (summary-cube.ts) when made. */
  cubeOf(dimension: string): string | undefined {
    return this.dropped ? undefined : this.made.get(CUBE + dimension);
  }

  /**
   * Starts the cube of this dimension (once, after `quiet`), dropped with `drop`; resolves when made
   * or given up.
   */
  prepareCube(
    dimension: string,
    build: () => Promise<string | null>,
    quiet: () => Promise<void>,
    drop: (cube: string) => Promise<void>,
  ) {
    this.droppers.set(CUBE + dimension, drop);
    return this.start(CUBE + dimension, build, quiet);
  }

  /** Makes the table of `key` once, after `quiet`; nothing once the facts are being dropped. */
  private start(key: string, build: () => Promise<string | null>, quiet: () => Promise<void>) {
    if (this.dropped) return Promise.resolve(null);
    const started = this.making.get(key);
    if (started) return started;
    const making = (async () => {
      await quiet();
      if (this.dropped) return null;
      const table = await build();
      if (table) this.made.set(key, table);
      return table;
    })();
    this.making.set(key, making);
    return making;
  }

  /** Resolves once every table started is made (or given up). */
  async settled(): Promise<void> {
    await Promise.all(this.making.values());
  }

  async drop(): Promise<void> {
    this.dropped = true;
    const making = [...this.making];
    this.making.clear();
    this.made.clear();
    for (const [key, table] of making) {
      const made = await table;
      if (!made) continue;
      // A codes table's days too (dropCodes); the deals' table has none (IF EXISTS).
      await (this.droppers.get(key) ?? ((table: string) => dropCodes(this.db, table)))(made);
    }
  }
}
