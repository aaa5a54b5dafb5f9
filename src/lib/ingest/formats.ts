import type { Db } from '../db';
import { dateStatsOf, dateStatsSql, decideDateFormat, SEPARATORS, type DateStats } from './date-stats';
import { rawColumn } from './sql';
import { candidatePatterns, textExpr } from './values';

export { dateLikeSql } from './date-forms';
export { decideDateFormat, EXCEL_SHARE, type DateStats } from './date-stats';

/**
 * Per-column value formats, decided over every value of the column (not a sample): a file whose
 * first rows are all ambiguous (03/04/2024) is settled by a later 3/25/2024. A column that stays
 * ambiguous is reported as such, and the user is asked.
 */
export type DateFormat = 'iso' | 'mdy' | 'dmy' | 'ymd' | 'named' | 'excel';
export type NumberFormat = 'dot' | 'comma';

export type DateDetection =
  /** zoned: most values carry their own UTC offset (stored as UTC instants; issue 20). */
  | { kind: 'decided'; format: DateFormat; why: string; zoned?: true }
  | { kind: 'ambiguous'; options: DateFormat[]; why: string }
  | { kind: 'unrecognised'; why: string };

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'Year-month-day (2024-03-25)',
  mdy: 'Month/day/year (03/25/2024)',
  dmy: 'Day/month/year (25/03/2024)',
  ymd: 'Year/month/day (2024/03/25)',
  named: 'Month name (Mar 25, 2024; 25 März 2024)',
  excel: 'Excel serial number (45376 = 2024-03-25)',
};

/**
 * The first d/m/y-shaped value of a column with a part above 12, if any: it decides an ambiguous
 * column, and the scan stops there (a truly ambiguous column is read to its end). split_part on the
 * column's separator, not regexps: 5x cheaper at 1M values.
 */
async function firstDateProof(db: Db, raw: string, column: number, separator: string) {
  const part = (i: number) => `split_part(${rawColumn(column)}, '${separator}', ${i})`;
  const [row] = await db.query<{ first_max: number | null; second_max: number | null }>(
    `SELECT p1 AS first_max, p2 AS second_max FROM (
       SELECT TRY_CAST(${part(1)} AS INTEGER) AS p1, TRY_CAST(${part(2)} AS INTEGER) AS p2 FROM ${raw}
       WHERE ${rawColumn(column)} IS NOT NULL AND ${part(3)} <> '')
     WHERE p1 < 100 AND p2 < 100 AND (p1 > 12 OR p2 > 12) LIMIT 1`,
  );
  return row;
}

/** Values of a column looked at first: most columns prove their format within them. */
const SAMPLE_VALUES = 1000;

/**
 * Where detection reads values: `sample`, a small table of the file's first rows (each read_csv of
 * the file costs ~150 ms in the browser however few rows it returns), and `raw`, the whole file.
 * A plain string is both (tests, tables).
 */
export type RowSource = string | { raw: string; sample: string };
const rawOf = (from: RowSource) => (typeof from === 'string' ? from : from.raw);
const sampleTable = (from: RowSource) => (typeof from === 'string' ? from : from.sample);

/** A column's first non-empty values, for the sample pass of detection. */
function sampleOf(from: RowSource, column: number): string {
  const v = rawColumn(column);
  return `(SELECT ${v} FROM ${sampleTable(from)} WHERE ${v} IS NOT NULL LIMIT ${SAMPLE_VALUES})`;
}

/**
 * Date detections for several columns: each judged on its first 1,000 values; the columns those
 * leave ambiguous (every part ≤ 12) are then read on until a value decides them.
 */
export async function detectDateFormats(
  db: Db,
  from: RowSource,
  columns: number[],
): Promise<Map<number, DateDetection>> {
  const found = new Map<number, DateDetection>();
  const ambiguous: { column: number; sample: DateStats; separator: string }[] = [];
  for (const column of columns) {
    const [row] = await db.query<Record<string, number | null>>(
      `SELECT ${dateStatsSql(column, 'd')} FROM ${sampleOf(from, column)}`,
    );
    const sample = dateStatsOf(row, 'd');
    const detection = decideDateFormat(sample);
    const counts = SEPARATORS.map((_, i) => row?.[`d_sep${i}`] ?? 0);
    const separator = SEPARATORS[counts.indexOf(Math.max(...counts))] ?? '/';
    if (detection.kind === 'ambiguous') ambiguous.push({ column, sample, separator });
    else if (detection.kind === 'decided' && (sample.zoned ?? 0) * 2 > sample.n) {
      found.set(column, { ...detection, zoned: true });
    } else found.set(column, detection);
  }
  for (const { column, sample, separator } of ambiguous) {
    const whole = await firstDateProof(db, rawOf(from), column, separator);
    const larger = (a: number | null, b: number | null | undefined) => Math.max(a ?? 0, b ?? 0) || null;
    found.set(
      column,
      decideDateFormat({
        ...sample,
        first_max: larger(sample.first_max, whole?.first_max),
        second_max: larger(sample.second_max, whole?.second_max),
      }),
    );
  }
  return found;
}

export async function detectDateFormat(db: Db, from: RowSource, column: number): Promise<DateDetection> {
  const found = await detectDateFormats(db, from, [column]);
  return found.get(column) ?? { kind: 'unrecognised', why: 'The column is empty.' };
}

/**
 * A value proves a decimal comma when a comma is followed by 1–2 final digits or follows a dot
 * group (1.234,5); it proves a decimal dot the same way round. With no proof, a semicolon-separated
 * file (the European Excel default) is read with decimal commas, anything else with dots.
 */
function numberStatsSql(column: number, prefix: string): string {
  const v = `regexp_replace(${rawColumn(column)}, '[^0-9.,-]', '', 'g')`;
  return `count(*) FILTER (regexp_matches(${v}, ',\\d{1,2}$') OR regexp_matches(${v}, '\\.\\d{3},')) AS ${prefix}_comma,
      count(*) FILTER (regexp_matches(${v}, '\\.\\d{1,2}$') OR regexp_matches(${v}, ',\\d{3}\\.')) AS ${prefix}_dot`;
}

/** Only values with a separator can prove anything: the rest are dropped before the regexps. */
function withSeparator(from: string, column: number): string {
  const c = rawColumn(column);
  return `(SELECT ${c} FROM ${from} WHERE contains(${c}, ',') OR contains(${c}, '.'))`;
}

function decideNumberFormat(comma: number, dot: number, delimiter: string): NumberFormat {
  if (comma > dot) return 'comma';
  if (dot > comma) return 'dot';
  return delimiter === ';' ? 'comma' : 'dot';
}

/**
 * A number column's format, from its first 1,000 values when they prove it. When they hold no
 * separator at all (whole numbers), the rest is only searched for a proof in a semicolon file,
 * where the default (decimal comma) would misread a later 1200.50 a hundredfold; in a comma file
 * a decimal comma inside quotes is rare enough not to read the whole file for it.
 */
export async function detectNumberFormat(
  db: Db,
  from: RowSource,
  column: number,
  delimiter: string,
): Promise<NumberFormat> {
  const stats = async (from: string) => {
    const [row] = await db.query<{ n_comma: number; n_dot: number; n_any: number }>(
      `SELECT ${numberStatsSql(column, 'n')}, count(*) AS n_any FROM ${withSeparator(from, column)}`,
    );
    return { comma: row?.n_comma ?? 0, dot: row?.n_dot ?? 0, any: row?.n_any ?? 0 };
  };
  const sample = await stats(sampleOf(from, column));
  if (sample.comma !== sample.dot) return decideNumberFormat(sample.comma, sample.dot, delimiter);
  if (sample.any === 0 && delimiter !== ';') return decideNumberFormat(0, 0, delimiter);
  const whole = await stats(rawOf(from));
  return decideNumberFormat(whole.comma, whole.dot, delimiter);
}

/** The strptime pattern most of a date column's first values are written in. */
export interface DominantPattern {
  pattern: string;
  /** It read every non-empty value looked at: the CSV reader may type the column with it (typed-read.ts). */
  readsAll: boolean;
}

/**
 * The exact pattern most values of each date column are written in (from the column's first 100
 * values), so typing can try it first. None for ISO and Excel serials, or when no pattern fits.
 * Few values: a failed strptime is slow (42 candidates × 300 values took 30–80 ms per column).
 */
export async function dominantPatterns(
  db: Db,
  from: RowSource,
  columns: { column: number; format: DateFormat }[],
): Promise<Map<number, DominantPattern>> {
  const found = new Map<number, DominantPattern>();
  for (const { column, format } of columns) {
    // ISO: a cast is already fast; Excel serials: their reading is a cast.
    if (format === 'iso' || format === 'excel') continue;
    const patterns = candidatePatterns(format);
    const counts = patterns.map((pattern, i) => `count(try_strptime(v, '${pattern}')) AS p${i}`);
    const v = textExpr(rawColumn(column));
    const [row] = await db.query<Record<string, number>>(
      `SELECT count(v) AS n, ${counts.join(', ')} FROM (SELECT ${v} AS v FROM ${sampleTable(from)} WHERE ${v} IS NOT NULL LIMIT 100)`,
    );
    let bestCount = 0;
    patterns.forEach((pattern, i) => {
      const count = row?.[`p${i}`] ?? 0;
      if (count > bestCount) {
        bestCount = count;
        found.set(column, { pattern, readsAll: count === row?.['n'] });
      }
    });
  }
  return found;
}
