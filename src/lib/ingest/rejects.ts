import type { Db } from '../db';
import type { RawTables } from './raw';
import { literal } from './sql';
import { EMPTY_ROW, GROUP_TITLE, HEADER_AGAIN, skippedOnly, unlessData } from './reject-types';
import { UNCLOSED_QUOTE } from './stray-quote-store';

export interface RejectedRow {
  row: number;
  problem: string;
  line: string;
}

const EXPLANATIONS: Record<string, string> = {
  'TOO MANY COLUMNS':
    'has more values than the header has columns (a separator inside a value that is not in quotes?)',
  'MISSING COLUMNS':
    'has fewer values than the header has columns (a line break inside a value, or a cut-off row?)',
  'UNQUOTED VALUE': 'has a quote (") inside a value that is not closed properly',
  'LINE SIZE OVER MAXIMUM': 'is longer than 2 MB: probably a quote that is never closed',
  'INVALID ENCODING': 'holds bytes that are not valid text in this file’s encoding',
  [EMPTY_ROW]: 'is empty (every value is blank, as a spreadsheet saves a row it once used)',
  [HEADER_AGAIN]: 'repeats the header row (two exports pasted one under the other?)',
  [GROUP_TITLE]: 'is the title of the group of rows under it (as monday.com exports a board’s groups)',
};

/** What is wrong with a refused row, in words that follow "This row" or "Each of these rows". */
export function explainReject(errorType: string, message: string): string {
  if (errorType === UNCLOSED_QUOTE) return unclosedQuote(message);
  return EXPLANATIONS[errorType] ?? (QUOTE_PROBLEM.test(message) ? QUOTE_TEXT : UNSPLIT_TEXT);
}

// A line whose quote is never closed (stray-quote-copy.ts): its message is the column's header.
const unclosedQuote = (column: string) =>
  `opens a quote (") in ${column ? `its “${column}” value` : 'a value'} and never closes it (the rows below it were read)`;

// Any other refusal, in plain words (the reader's own message is never shown).
const QUOTE_PROBLEM = /quote/i;
const QUOTE_TEXT = 'has a quote (") that is not closed properly, so its values could not be told apart';
const UNSPLIT_TEXT = 'could not be split into the columns of the header';

const advice = (explanation: string, errorType = '') =>
  skippedOnly(errorType)
    ? `This row ${explanation}; it was skipped. Nothing to fix${unlessData(errorType, true)}.`
    : `This row ${explanation}; it was not loaded. Fix it in the file and upload it again.`;

/** The same words as the page, in SQL, for the downloadable list of problems. */
export function rejectProblemSql(errorType: string, message: string): string {
  const cases = Object.entries(EXPLANATIONS).map(
    ([type, text]) => `WHEN ${literal(type)} THEN ${literal(advice(text, type))}`,
  );
  const other = `CASE WHEN ${message} ILIKE '%quote%' THEN ${literal(advice(QUOTE_TEXT))} ELSE ${literal(advice(UNSPLIT_TEXT))} END`;
  const [before, after] = advice(unclosedQuote('\u0000')).split('\u0000');
  const quote = `${literal(before ?? '')} || ${message} || ${literal(after ?? '')}`;
  return `CASE ${errorType} WHEN ${literal(UNCLOSED_QUOTE)} THEN ${quote} ${cases.join(' ')} ELSE ${other} END`;
}

/** The rows the CSV reader refused, one entry per row (DuckDB lists one error per bad column). */
export async function rejectedRows(db: Db, tables: RawTables, limit = 5000): Promise<RejectedRow[]> {
  const rows = await db.query<{ line: number; error_type: string; error_message: string; csv_line: string }>(
    `SELECT line, any_value(error_type ORDER BY column_idx) AS error_type,
            any_value(error_message ORDER BY column_idx) AS error_message,
            any_value(csv_line) AS csv_line
     FROM ${tables.rejects} GROUP BY line ORDER BY line LIMIT ${limit}`,
  );
  return rows.map((r) => ({
    row: r.line,
    problem: advice(explainReject(r.error_type, r.error_message), r.error_type),
    line: r.csv_line,
  }));
}

/** Lines the reader refused (one per line, though DuckDB lists one error per bad column). */
export async function rejectedCount(db: Db, tables: RawTables): Promise<number> {
  const [row] = await db.query<{ n: number }>(`SELECT count(DISTINCT line) AS n FROM ${tables.rejects}`);
  return row?.n ?? 0;
}

/** True when some line held bytes that are not UTF-8. */
export async function invalidEncoding(db: Db, tables: RawTables): Promise<boolean> {
  const [row] = await db.query<{ n: number }>(
    `SELECT count(*) AS n FROM ${tables.rejects} WHERE error_type = 'INVALID ENCODING'`,
  );
  return (row?.n ?? 0) > 0;
}
