import type { Db, RunOptions } from '../db';
import { literal, rawColumn } from './sql';
import type { Sniffed } from './sniff';

/** Tables of one upload: its rows as text, and the lines the CSV reader refused. */
export interface RawTables {
  raw: string;
  rejects: string;
}

export function rawTables(uploadId: number): RawTables {
  return { raw: `raw_${uploadId}`, rejects: `rejects_${uploadId}` };
}

/**
 * Reads the whole file as text columns c0..cN with our own dialect (the sniffer reads 03/04 day-first
 * silently and misses decimal commas: types are decided later, per column, by us). Rows the reader
 * cannot split are kept in the rejects table with their line, instead of failing the load. The
 * default max_line_size (2 MB) is kept: raising it to 10 MB made every read of 1M rows 25% slower.
 */
export async function loadRaw(
  db: Db,
  fileName: string,
  uploadId: number,
  sniffed: Sniffed,
  opts: RunOptions,
): Promise<RawTables> {
  const tables = rawTables(uploadId);
  const columns = sniffed.headers.map((_, i) => `${literal(rawColumn(i))}: 'VARCHAR'`).join(', ');
  await db.run(
    `CREATE OR REPLACE TABLE ${tables.raw} AS SELECT * FROM read_csv(${literal(fileName)},
      delim = ${literal(sniffed.delimiter)}, quote = '"', escape = '"', header = true,
      auto_detect = false, columns = {${columns}},
      store_rejects = true, rejects_table = '${tables.rejects}', rejects_scan = 'rejects_scan_${uploadId}')`,
    opts,
  );
  return tables;
}

export interface RawCounts {
  loaded: number;
  rejected: number;
}

export async function rawCounts(db: Db, tables: RawTables): Promise<RawCounts> {
  const [row] = await db.query<{ loaded: number; rejected: number }>(
    `SELECT (SELECT count(*) FROM ${tables.raw}) AS loaded,
            (SELECT count(DISTINCT line) FROM ${tables.rejects}) AS rejected`,
  );
  return { loaded: row?.loaded ?? 0, rejected: row?.rejected ?? 0 };
}

/**
 * The raw rows with `_n`, their position among loaded rows, and `_row`, their row in the file as a
 * spreadsheet numbers it (header = 1). Reject lines use the same numbering; with rejects, a loaded
 * row's number is its position plus the rejected rows before it (an ASOF join on "loaded rows before
 * each reject"); without, it is the position + 1.
 */
export async function numberedRaw(db: Db, tables: RawTables): Promise<string> {
  const [rejects] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${tables.rejects}`);
  if (!rejects?.n) return `(SELECT rowid + 1 AS _n, rowid + 2 AS _row, * FROM ${tables.raw})`;
  return `(SELECT raw.*, raw._n + coalesce(gaps.skipped, 0) + 1 AS _row
    FROM (SELECT rowid + 1 AS _n, * FROM ${tables.raw}) raw
    ASOF LEFT JOIN (
      SELECT loaded_before, max(skipped) AS skipped FROM (
        SELECT line - 1 - row_number() OVER (ORDER BY line) AS loaded_before,
               row_number() OVER (ORDER BY line) AS skipped
        FROM (SELECT DISTINCT line FROM ${tables.rejects})
      ) GROUP BY loaded_before
    ) gaps ON raw._n > gaps.loaded_before)`;
}

/** True when the upload's text table is in memory (it is dropped once the upload is typed). */
export async function hasRaw(db: Db, tables: RawTables): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ${literal(tables.raw)}`,
  );
  return (row?.n ?? 0) > 0;
}
