/**
 * Typing values inside the CSV reader (issue 15). Casting text to dates and numbers in SQL after a
 * text read cost ~0.45 s of the 2 s typing statement of 1M leads (Node); typed by the reader, the
 * read costs what a text read does. It is used only where its reading equals the SQL one (values.ts's
 * cheap first try):
 * - a number column with a decimal dot (DOUBLE);
 * - a date column whose first values all read with one exact strptime pattern (formats.ts
 *   `dominantPatterns`), one pattern with a time and one without per file, as read_csv takes one
 *   `timestampformat` and one `dateformat`.
 * ISO dates stay text: the reader's cast drops a "+02:00" offset where the SQL reading applies it.
 *
 * A value the reader cannot cast sends its whole line to the rejects table (error type CAST); those
 * lines are read again as text and typed the full way (load-table.ts), so every value gets the same
 * reading and the same problem report as before. What the reader reads but the SQL reading would
 * not keep (a year below 100 from a two-digit year, inf, nan) makes the caller type the file the full
 * way instead (`suspectCountSql`).
 */
import type { Mapping } from './automap';
import type { FieldSpec } from './fields';
import type { DateFormat, DominantPattern, NumberFormat } from './formats';

interface Formats {
  dates: Partial<Record<number, DateFormat>>;
  numbers: Partial<Record<number, NumberFormat>>;
}

export type ReaderType = 'TIMESTAMP' | 'DATE' | 'DOUBLE';

export interface ReaderPlan {
  /** Column index → the type the reader gives it. */
  types: Map<number, ReaderType>;
  timestampFormat: string | null;
  dateFormat: string | null;
}

/** More lines than this refused on a cast: the full text reading is cheaper than reading them again. */
export const NARROW_LIMIT = 50_000;

const hasTime = (pattern: string) => /%[HIMSp]/.test(pattern);

/** The pattern most columns share (first seen wins a tie). */
function commonest(patterns: string[]): string | null {
  const counts = new Map<string, number>();
  for (const p of patterns) counts.set(p, (counts.get(p) ?? 0) + 1);
  let best: string | null = null;
  for (const [pattern, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = pattern;
  return best;
}

/**
 * Which columns the reader types, from the fields mapped to them; null when none. A column mapped
 * to two fields stays text (one of them may want its text).
 */
export function readerPlan(
  mapped: { field: FieldSpec; column: number }[],
  formats: Formats,
  patterns: Map<number, DominantPattern>,
): ReaderPlan | null {
  const uses = new Map<number, number>();
  for (const { column } of mapped) uses.set(column, (uses.get(column) ?? 0) + 1);
  const types = new Map<number, ReaderType>();
  const dates: { column: number; pattern: string }[] = [];
  for (const { field, column } of mapped) {
    if (uses.get(column) !== 1) continue;
    if (field.type === 'number' && (formats.numbers[column] ?? 'dot') === 'dot') types.set(column, 'DOUBLE');
    if (field.type === 'timestamp' && typedFormat(formats.dates[column])) {
      const found = patterns.get(column);
      if (found?.readsAll) dates.push({ column, pattern: found.pattern });
    }
  }
  const timestampFormat = commonest(dates.filter((d) => hasTime(d.pattern)).map((d) => d.pattern));
  const dateFormat = commonest(dates.filter((d) => !hasTime(d.pattern)).map((d) => d.pattern));
  for (const { column, pattern } of dates) {
    if (pattern === timestampFormat) types.set(column, 'TIMESTAMP');
    else if (pattern === dateFormat) types.set(column, 'DATE');
  }
  return types.size ? { types, timestampFormat, dateFormat } : null;
}

const typedFormat = (format: DateFormat | undefined) =>
  format !== undefined && format !== 'iso' && format !== 'excel';

/** read_csv's options for the plan: the columns' types and the two formats. */
export function readerOptions(plan: ReaderPlan): string {
  const formats = [
    plan.timestampFormat ? `timestampformat = '${plan.timestampFormat}'` : '',
    plan.dateFormat ? `dateformat = '${plan.dateFormat}'` : '',
  ].filter(Boolean);
  return formats.join(', ');
}

/**
 * SQL counting the table's values the reader read but the SQL reading would not keep (more than 0:
 * some are): `%Y` reads "25" as the year 25 (values.ts keeps only years from 100), a cast reads inf
 * and nan. One count per column, each WHERE pushed into the scan, where a date's minimum skips its
 * row groups (1M leads: ~7 ms, against ~25 for one count of the columns' OR).
 */
export function suspectCountSql(
  plan: ReaderPlan,
  table: string,
  valueOf: (column: number) => string,
): string {
  const checks = [...plan.types].map(([column, type]) =>
    type === 'DOUBLE' ? `NOT isfinite(${valueOf(column)})` : `${valueOf(column)} < ${type} '0100-01-01'`,
  );
  return checks.length
    ? checks.map((check) => `(SELECT count(*) FROM ${table} WHERE ${check})`).join(' + ')
    : '0';
}

/** The SQL for a value the reader typed, as the field's type (a DATE becomes a TIMESTAMP). */
export function readerValue(type: ReaderType, v: string): string {
  return type === 'DATE' ? `CAST(${v} AS TIMESTAMP)` : v;
}

/** A mapping's columns that hold a field, with the field. */
export function mappedColumns(fields: readonly FieldSpec[], mapping: Mapping) {
  return fields.flatMap((field) => {
    const column = mapping[field.name];
    return column === undefined ? [] : [{ field, column }];
  });
}
