import type { Db } from '../db';
import { ident } from './sql';

/**
 * One row per id: a row is set aside when a later row holds its id, in a later upload of the same
 * kind (monthly exports overlap; later = higher upload id) or further down its own file (a report
 * that repeats an opportunity on each of its contact roles or products, or two exports pasted into
 * one sheet). The last row wins, and an earlier row comes back when the upload holding the later
 * one is removed. The flag is a stored column, `_superseded`, updated in place rather than the rows
 * being deleted or copied: each table keeps every row in its stored order, so `_key`/`_row` (from
 * rowid) and the pairing of the view with the facts built from it by position stay as they were.
 */
export interface IdTable {
  table: string;
  /** Rows whose id a later row of the same table holds (`repeatedIdsSql`), counted once at load. */
  repeated: number;
}

/**
 * Marks again which rows a later row supersedes. `tables`: the kind's upload tables that hold the
 * id column, oldest first. Returns the rows set aside in each. Only rows whose flag changes are
 * written (usually none but the overlap).
 */
export async function setAsideOlderRows(
  db: Db,
  tables: readonly IdTable[],
  idColumn: string,
): Promise<number[]> {
  const id = ident(idColumn);
  for (const [i, { table, repeated }] of tables.entries()) {
    const later = tables.slice(i + 1);
    const inLater = later.length
      ? `(${id} IS NOT NULL AND ${id} IN (${later
          .map((t) => `SELECT ${id} FROM ${ident(t.table)} WHERE ${id} IS NOT NULL`)
          .join(' UNION ALL ')}))`
      : 'false';
    // Only a file that repeats an id pays for finding the repeats.
    const below = repeated
      ? `(${id} IS NOT NULL AND rowid NOT IN (SELECT max(rowid) FROM ${ident(table)} WHERE ${id} IS NOT NULL GROUP BY ${id}))`
      : 'false';
    await db.exec(
      `UPDATE ${ident(table)} SET _superseded = NOT _superseded WHERE _superseded <> (${inLater} OR ${below})`,
    );
  }
  if (tables.length === 0) return [];
  const rows = await db.query<{ i: number; n: number }>(
    tables
      .map((t, i) => `SELECT ${i} AS i, count(*) FILTER (WHERE _superseded) AS n FROM ${ident(t.table)}`)
      .join(' UNION ALL '),
  );
  const counts = tables.map(() => 0);
  for (const row of rows) counts[row.i] = row.n;
  return counts;
}

/** The SQL that counts a table's rows whose id a later row of it holds (rows with an id − ids). */
export const repeatedIdsSql = (idColumn: string) =>
  `count(${ident(idColumn)}) - count(DISTINCT ${ident(idColumn)})`;
