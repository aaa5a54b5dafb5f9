import type { Db } from '../db';
import { rawColumn } from './sql';
import { candidatePatterns } from './values';

/**
 * Per-column value formats, decided over every value of the column (not a sample): a file whose
 * first rows are all ambiguous (03/04/2024) is settled by a later 3/25/2024. A column that stays
 * ambiguous is reported as such, and the user is asked.
 */
export type DateFormat = 'iso' | 'mdy' | 'dmy' | 'ymd';
export type NumberFormat = 'dot' | 'comma';

export type DateDetection =
  | { kind: 'decided'; format: DateFormat; why: string }
  | { kind: 'ambiguous'; options: DateFormat[]; why: string }
  | { kind: 'unrecognised'; why: string };

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'Year-month-day (2024-03-25)',
  mdy: 'Month/day/year (03/25/2024)',
  dmy: 'Day/month/year (25/03/2024)',
  ymd: 'Year/month/day (2024/03/25)',
};

// Prefix shapes are enough to decide a column's order; every value is still checked when it is typed.
const ISO = `'^\\d{4}-\\d{1,2}-\\d{1,2}'`;
const YMD = `'^\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}'`;
const NUMERIC = `'^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}'`;

interface DateStats {
  n: number;
  iso: number;
  ymd: number;
  numeric: number;
  first_max: number | null;
  second_max: number | null;
}

export async function detectDateFormat(db: Db, raw: string, column: number): Promise<DateDetection> {
  const v = `trim(${rawColumn(column)})`;
  const [stats] = await db.query<DateStats>(`SELECT
      count(*) FILTER (${v} <> '') AS n,
      count(*) FILTER (regexp_matches(${v}, ${ISO})) AS iso,
      count(*) FILTER (regexp_matches(${v}, ${YMD})) AS ymd,
      count(*) FILTER (regexp_matches(${v}, ${NUMERIC})) AS numeric,
      max(TRY_CAST(regexp_extract(${v}, '^(\\d{1,2})[/.-]', 1) AS INTEGER)) AS first_max,
      max(TRY_CAST(regexp_extract(${v}, '^\\d{1,2}[/.-](\\d{1,2})[/.-]', 1) AS INTEGER)) AS second_max
    FROM ${raw}`);
  return decideDateFormat(stats ?? { n: 0, iso: 0, ymd: 0, numeric: 0, first_max: null, second_max: null });
}

export function decideDateFormat(s: DateStats): DateDetection {
  if (s.n === 0) return { kind: 'unrecognised', why: 'The column is empty.' };
  const best = Math.max(s.iso, s.ymd, s.numeric);
  if (best === 0) return { kind: 'unrecognised', why: 'No value looks like a date.' };
  if (best === s.iso) return { kind: 'decided', format: 'iso', why: 'Values are written year-month-day.' };
  if (best === s.ymd) return { kind: 'decided', format: 'ymd', why: 'Values are written year/month/day.' };
  const first = s.first_max ?? 0;
  const second = s.second_max ?? 0;
  if (first > 12 && second <= 12) {
    return { kind: 'decided', format: 'dmy', why: `A first part of ${first} can only be a day.` };
  }
  if (second > 12 && first <= 12) {
    return { kind: 'decided', format: 'mdy', why: `A second part of ${second} can only be a day.` };
  }
  if (first > 12 && second > 12) {
    return {
      kind: 'ambiguous',
      options: ['mdy', 'dmy'],
      why: 'Some values have a day first and others a day second: the column mixes formats.',
    };
  }
  return {
    kind: 'ambiguous',
    options: ['mdy', 'dmy'],
    why: 'Every value could be month/day or day/month (no part is above 12).',
  };
}

interface NumberStats {
  comma_decimal: number;
  dot_decimal: number;
}

/**
 * A value proves a decimal comma when a comma is followed by 1–2 final digits or follows a dot
 * group (1.234,5); it proves a decimal dot the same way round. With no proof, a semicolon-separated
 * file (the European Excel default) is read with decimal commas, anything else with dots.
 */
export async function detectNumberFormat(
  db: Db,
  raw: string,
  column: number,
  delimiter: string,
): Promise<NumberFormat> {
  const v = `regexp_replace(${rawColumn(column)}, '[^0-9.,-]', '', 'g')`;
  const [stats] = await db.query<NumberStats>(`SELECT
      count(*) FILTER (regexp_matches(${v}, ',\\d{1,2}$') OR regexp_matches(${v}, '\\.\\d{3},')) AS comma_decimal,
      count(*) FILTER (regexp_matches(${v}, '\\.\\d{1,2}$') OR regexp_matches(${v}, ',\\d{3}\\.')) AS dot_decimal
    FROM ${raw}`);
  const comma = stats?.comma_decimal ?? 0;
  const dot = stats?.dot_decimal ?? 0;
  if (comma > dot) return 'comma';
  if (dot > comma) return 'dot';
  return delimiter === ';' ? 'comma' : 'dot';
}

/**
 * The exact pattern most values of a date column are written in (from its first 2,000 values), so
 * typing can try it first. Null for ISO (a cast is already fast) or when no pattern fits.
 */
export async function dominantPattern(
  db: Db,
  raw: string,
  column: number,
  format: DateFormat,
): Promise<string | null> {
  if (format === 'iso') return null;
  const patterns = candidatePatterns(format);
  const counts = patterns.map((pattern, i) => `count(try_strptime(v, '${pattern}')) AS p${i}`);
  const [row] = await db.query<Record<string, number>>(
    `SELECT ${counts.join(', ')} FROM (SELECT trim(${rawColumn(column)}) AS v FROM ${raw}
      WHERE trim(${rawColumn(column)}) <> '' LIMIT 2000)`,
  );
  let best: string | null = null;
  let bestCount = 0;
  patterns.forEach((pattern, i) => {
    const count = row?.[`p${i}`] ?? 0;
    if (count > bestCount) [best, bestCount] = [pattern, count];
  });
  return best;
}
