import type { Db } from '../db';
import type { DateFormat } from './formats';
import { sampleTable, stackedValues, type RowSource } from './row-source';
import { candidatePatterns, textExpr } from './values';

/** The strptime pattern most of a date column's first values are written in. */
export interface DominantPattern {
  pattern: string;
  /** It read every non-empty value looked at: the CSV reader may type the column with it (typed-read.ts). */
  readsAll: boolean;
}

/** Values of each column tried: a failed strptime is slow (42 candidates × 300 values took 30–80 ms a column). */
const PATTERN_VALUES = 100;

type PatternFormat = 'mdy' | 'dmy' | 'ymd' | 'named';

/**
 * A pattern's reading of `v`, tried only on values holding the literals it needs (the separator
 * of its date parts, '/' in '%m/%d/%Y'; ':' for a time): a value without them cannot read, and a
 * failed strptime is the costly kind.
 */
function readingOf(pattern: string): string {
  const separator = /^%[mdY]([/.-])%/.exec(pattern)?.[1];
  const needs = [...(separator ? [separator] : []), ...(pattern.includes(':') ? [':'] : [])];
  const reading = `try_strptime(v, '${pattern}')`;
  if (needs.length === 0) return reading;
  return `CASE WHEN ${needs.map((literal) => `contains(v, '${literal}')`).join(' AND ')} THEN ${reading} END`;
}

/**
 * The exact pattern most values of each date column are written in (from the column's first 100
 * non-empty values), so typing can try it first. None for ISO and Excel serials, or when no pattern
 * fits. One query: the columns of a format are stacked and its patterns' counts appear once.
 */
export async function dominantPatterns(
  db: Db,
  from: RowSource,
  columns: { column: number; format: DateFormat }[],
): Promise<Map<number, DominantPattern>> {
  // ISO: a cast is already fast; Excel serials: their reading is a cast.
  const tried = columns.filter(
    (c): c is { column: number; format: PatternFormat } => c.format !== 'iso' && c.format !== 'excel',
  );
  const formats = [...new Set(tried.map((c) => c.format))];
  if (formats.length === 0) return new Map();
  const groups = formats.map((format) => {
    const stacked = stackedValues(
      sampleTable(from),
      [...new Set(tried.filter((c) => c.format === format).map((c) => c.column))],
      PATTERN_VALUES,
      textExpr,
    );
    // A reading before the year 100 is %Y taking a 2-digit year: values.ts never keeps it, so it is not
    // counted (such a column gets its %y pattern, and the CSV reader can type it: typed-read.ts).
    const counts = candidatePatterns(format).map(
      (pattern, i) => `count(*) FILTER (${readingOf(pattern)} >= TIMESTAMP '0100-01-01') AS p${i}`,
    );
    return `SELECT '${format}' AS format, k, count(v) AS n, ${counts.join(', ')} FROM (${stacked}) GROUP BY k`;
  });
  const rows = await db.query<Record<string, number | null> & { format: string; k: number }>(
    groups.join(' UNION ALL BY NAME '),
  );
  const found = new Map<number, DominantPattern>();
  for (const { column, format } of tried) {
    const row = rows.find((r) => r.format === format && r.k === column);
    let bestCount = 0;
    candidatePatterns(format).forEach((pattern, i) => {
      const count = row?.[`p${i}`] ?? 0;
      if (count > bestCount) {
        bestCount = count;
        found.set(column, { pattern, readsAll: count === row?.['n'] });
      }
    });
  }
  return found;
}
