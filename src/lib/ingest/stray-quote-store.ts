import type { Db } from '../db';
import { rejectsTable } from './raw';
import type { Sniffed } from './sniff';
import { literal } from './sql';
import { STRAY_PREFIX, withoutStrayQuotes } from './stray-quote-copy';

/** The lines of an upload refused for a never-closed quote: placeholder number, line, column name. */
export const strayTable = (uploadId: number) => `stray_${uploadId}`;

/** The reader's reject type for such a line (set here, over the placeholder's "missing columns"). */
export const UNCLOSED_QUOTE = 'UNCLOSED QUOTE';

const BATCH = 500;

// Each database's uploads with a stray-lines table, and its lines: asking the catalog whether the
// table exists (duckdb_tables()) took ~40 ms of each file's load in the browser.
const storedLines = new WeakMap<Db, Map<number, number>>();

function stored(db: Db): Map<number, number> {
  let lines = storedLines.get(db);
  if (!lines) storedLines.set(db, (lines = new Map()));
  return lines;
}

/** Drops an upload's stray-lines table, if it has one. */
export async function dropStrayQuotes(db: Db, uploadId: number): Promise<void> {
  stored(db).delete(uploadId);
  await db.exec(`DROP TABLE IF EXISTS ${strayTable(uploadId)}`);
}

/**
 * The source with each never-closed-quote line replaced (see stray-quote-copy.ts), its lines kept
 * in a table so that the rejects can show them as they are in the file once the rows are read.
 */
export async function storeStrayQuotes(
  db: Db,
  uploadId: number,
  source: Blob,
  sniffed: Sniffed,
  fileName: string,
  signal: AbortSignal | undefined,
): Promise<Blob> {
  const { blob, stray } = await withoutStrayQuotes(source, {
    delimiter: sniffed.delimiter,
    width: sniffed.headers.length,
    skipLines: sniffed.skipLines,
    fileName,
    signal,
  });
  const table = strayTable(uploadId);
  await db.exec(`CREATE OR REPLACE TABLE ${table} (n INTEGER, line VARCHAR, column_name VARCHAR)`);
  stored(db).set(uploadId, 0);
  const decoder = new TextDecoder();
  for (let from = 0; from < stray.length; from += BATCH) {
    const values = stray
      .slice(from, from + BATCH)
      .map(
        ({ line, column }, i) =>
          `(${from + i + 1}, ${literal(decoder.decode(line))}, ${literal(sniffed.headers[column] ?? '')})`,
      );
    await db.exec(`INSERT INTO ${table} VALUES ${values.join(', ')}`);
  }
  stored(db).set(uploadId, stray.length);
  return stray.length > 0 ? blob : source;
}

/**
 * After a read: the placeholders' rejects become the lines they stand for, refused for their
 * quote. The reader's error_type is an enum without such a type: the table is copied with text.
 */
export async function markStrayQuotes(db: Db, uploadId: number): Promise<void> {
  if (strayCount(db, uploadId) === 0) return;
  const rejects = rejectsTable(uploadId);
  const marked = (column: string, otherwise: string) =>
    `CASE WHEN s.n IS NULL THEN ${otherwise} ELSE ${column} END`;
  await db.exec(
    `CREATE OR REPLACE TABLE ${rejects}_marked AS SELECT r.* REPLACE (
       ${marked(literal(UNCLOSED_QUOTE), 'r.error_type::VARCHAR')} AS error_type,
       ${marked('s.column_name', 'r.error_message')} AS error_message,
       ${marked('s.column_name', 'r.column_name')} AS column_name,
       ${marked('s.line', 'r.csv_line')} AS csv_line)
     FROM ${rejects} r LEFT JOIN ${strayTable(uploadId)} s
       ON regexp_replace(r.csv_line, '[\\r\\n]', '', 'g') = ${literal(STRAY_PREFIX)} || s.n`,
  );
  await db.exec(`DROP TABLE ${rejects}`);
  await db.exec(`ALTER TABLE ${rejects}_marked RENAME TO ${rejects}`);
}

/** Lines refused for a never-closed quote (0 when the upload was read as it is). */
export function strayCount(db: Db, uploadId: number): number {
  return stored(db).get(uploadId) ?? 0;
}

/** True when the reader refused rows for a quote, or a row longer than it takes (a quote run on). */
export async function quoteRejects(db: Db, uploadId: number): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${rejectsTable(uploadId)}
     WHERE error_type IN ('UNQUOTED VALUE', 'LINE SIZE OVER MAXIMUM') OR error_message ILIKE '%quote%'`,
  );
  return (row?.n ?? 0) > 0;
}

/** An error of the reader that a quote running on explains. */
export function quoteFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /quote|line size|state machine/i.test(message);
}
