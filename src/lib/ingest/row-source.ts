import { rawColumn } from './sql';

/**
 * Where detection reads values: `sample`, a small table of the file's first rows (each read_csv of
 * the file costs ~150 ms in the browser however few rows it returns), and `raw`, the whole file.
 * A plain string is both (tests, tables).
 */
export type RowSource = string | { raw: string; sample: string };
export const rawOf = (from: RowSource) => (typeof from === 'string' ? from : from.raw);
export const sampleTable = (from: RowSource) => (typeof from === 'string' ? from : from.sample);

/** Values of a column looked at first: most columns prove their format within them. */
export const SAMPLE_VALUES = 1000;

/**
 * Several columns' first values stacked as rows (`k` the column, `v` the value), each column its own
 * first `limit` values where `present` holds, so one query judges them all and each aggregate
 * appears once in it (preparing the date regexps costs more than running them on 1,000 values).
 */
export function stackedValues(
  table: string,
  columns: readonly number[],
  limit: number,
  value: (raw: string) => string = (raw) => raw,
  present: (v: string) => string = (v) => `${v} IS NOT NULL`,
): string {
  return columns
    .map((column) => {
      const v = value(rawColumn(column));
      return `SELECT ${column} AS k, v FROM (SELECT ${v} AS v FROM ${table} WHERE ${present(v)} LIMIT ${limit})`;
    })
    .join(' UNION ALL ');
}
