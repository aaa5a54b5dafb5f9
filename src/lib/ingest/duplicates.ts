import type { Db } from '../db';
import { ident } from './sql';

/**
 * Monthly exports overlap: a row whose id a later upload of the same kind also holds is set aside
 * (the later file wins; later = higher upload id), and the earlier row comes back when that later
 * upload is removed. Duplicates within one file are left alone. The flag is a stored column,
 * `_superseded`, updated in place rather than the rows being deleted or copied: each table keeps
 * every row in its stored order, so `_key`/`_row` (from rowid) and the pairing of the view with the
 * facts built from it by position stay as they were.
 *
 * `tables`: the kind's upload tables that hold the id column, oldest first. Returns the rows set
 * aside in each. Only rows whose flag changes are written (usually none but the overlap).
 */
export async function setAsideOlderRows(
  db: Db,
  tables: readonly string[],
  idColumn: string,
): Promise<number[]> {
  const id = ident(idColumn);
  for (const [i, table] of tables.entries()) {
    const later = tables.slice(i + 1);
    const superseded = later.length
      ? `(${id} IS NOT NULL AND ${id} IN (${later
          .map((t) => `SELECT ${id} FROM ${ident(t)} WHERE ${id} IS NOT NULL`)
          .join(' UNION ALL ')}))`
      : 'false';
    await db.exec(
      `UPDATE ${ident(table)} SET _superseded = NOT _superseded WHERE _superseded <> ${superseded}`,
    );
  }
  if (tables.length === 0) return [];
  const rows = await db.query<{ i: number; n: number }>(
    tables
      .map((t, i) => `SELECT ${i} AS i, count(*) FILTER (WHERE _superseded) AS n FROM ${ident(t)}`)
      .join(' UNION ALL '),
  );
  const counts = tables.map(() => 0);
  for (const row of rows) counts[row.i] = row.n;
  return counts;
}
