import { literal, rawColumn } from './sql';
import type { Sniffed } from './sniff';
import { readerOptions, type ReaderPlan } from './typed-read';

/**
 * Where one upload's rows are read from: `raw`, a FROM source over its registered file that gives
 * every column as text c0..cN; `rejects`, the lines the CSV reader refused when it was loaded.
 * Only the first rows are copied as text (`sample`): the file is read once to type it (and again only
 * when the user changes the mapping), which halves the memory a large upload holds.
 */
export interface RawTables {
  raw: string;
  /** The file's first rows as text, in a small table: what format detection looks at first. */
  sample: string;
  rejects: string;
}

export const registeredName = (uploadId: number) => `upload_${uploadId}.csv`;

/**
 * read_csv with our own dialect and every column as text (the sniffer reads 03/04 day-first
 * silently and misses decimal commas: types are decided later, per column, by us). The default
 * max_line_size (2 MB) is kept: raising it to 10 MB made a read of 1M rows 25% slower.
 */
function readCsv(
  file: string,
  sniffed: Sniffed,
  options: string,
  plan: ReaderPlan | null = null,
  header = true,
): string {
  const columns = sniffed.headers
    .map((_, i) => `${literal(rawColumn(i))}: '${plan?.types.get(i) ?? 'VARCHAR'}'`)
    .join(', ');
  const typed = plan ? readerOptions(plan) : '';
  // Title lines above the header are skipped, not cut: reject lines keep the file's line numbers.
  return `read_csv(${literal(file)}, delim = ${literal(sniffed.delimiter)}, quote = '"',
    escape = '"', header = ${header}, skip = ${header ? sniffed.skipLines : 0}, auto_detect = false,
    columns = {${columns}}, ${typed ? `${typed}, ` : ''}${options})`;
}

/**
 * The reader fills a 32 MB buffer before its first row by default (~150 ms in the browser); a 2 MB
 * one (its least: the longest line it takes) costs a tenth where a scan stops early (the first rows,
 * a date proof found in the first thousands of rows) and no more over a whole file (Node, 1M rows:
 * 505–544 ms against 594–841 ms).
 */
const SMALL_BUFFER = `buffer_size = ${2 * 1024 * 1024}`;

/**
 * The upload's text, for looking at values (format detection); rows that cannot be split are
 * skipped. Its scans stop early where they can (found-anywhere.ts, file-proofs.ts): small buffers.
 */
export function rawTables(uploadId: number, sniffed: Sniffed): RawTables {
  return {
    raw: readCsv(registeredName(uploadId), sniffed, `ignore_errors = true, ${SMALL_BUFFER}`),
    sample: `sample_${uploadId}`,
    rejects: rejectsTable(uploadId),
  };
}

/** Rows in the sample table: enough for 1,000 values of most columns. */
export const SAMPLE_ROWS = 5000;

/** The first rows, for the sample table (in small buffers, see above: 2 MB holds them in most files). */
export function sampleSource(uploadId: number, sniffed: Sniffed): string {
  return readCsv(registeredName(uploadId), sniffed, `ignore_errors = true, ${SMALL_BUFFER}`);
}

export const rejectsTable = (uploadId: number) => `rejects_${uploadId}`;
/** The reader's record of the scans that stored rejects (its `skip_rows`: the title lines skipped). */
const rejectsScanTable = (rejects: string) => rejects.replace(/^rejects_/, 'rejects_scan_');

/**
 * The source the upload is loaded from: rows the reader cannot split are kept in the rejects table
 * with their line, instead of failing the load. With a plan, the reader types those columns
 * (typed-read.ts); a value it cannot cast puts its line in the rejects table too.
 */
export function loadingSource(uploadId: number, sniffed: Sniffed, plan: ReaderPlan | null = null): string {
  return readCsv(
    registeredName(uploadId),
    sniffed,
    `store_rejects = true, rejects_table = '${rejectsTable(uploadId)}', rejects_scan = '${rejectsScanTable(rejectsTable(uploadId))}'`,
    plan,
  );
}

/** The lines the typed read refused on a cast, registered alone (no header): read again as text. */
export const narrowName = (uploadId: number) => `narrow_${uploadId}.csv`;

export function narrowSource(uploadId: number, sniffed: Sniffed): string {
  return readCsv(narrowName(uploadId), sniffed, 'strict_mode = true', null, false);
}

/**
 * The table's rows with `_row`, their row in the file as a spreadsheet numbers it (the first line
 * = 1: the header, or the first title line above it), in file order. Reject lines use the same
 * numbering, so a loaded row's number is its position plus the title lines and the rejected rows
 * before it: an ASOF join on "loaded rows before each reject". Called when there are rejects, so
 * the scan that stored them says how many title lines were skipped.
 */
export function withRowNumbers(table: string, rejects: string): string {
  const skip = `(SELECT coalesce(max(skip_rows), 0) FROM ${rejectsScanTable(rejects)})`;
  return `SELECT t.*, t.rowid + 1 + coalesce(gaps.skipped, 0) + 1 + ${skip} AS _row
    FROM ${table} t
    ASOF LEFT JOIN (
      SELECT loaded_before, max(skipped) AS skipped FROM (
        SELECT line - 1 - ${skip} - row_number() OVER (ORDER BY line) AS loaded_before,
               row_number() OVER (ORDER BY line) AS skipped
        FROM (SELECT DISTINCT line FROM ${rejects})
      ) GROUP BY loaded_before
    ) gaps ON t.rowid + 1 > gaps.loaded_before
    ORDER BY t.rowid`;
}
