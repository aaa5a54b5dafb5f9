/**
 * A metric query: one SQL statement (DuckDB-wasm runs one statement per call) and a parser that turns
 * its rows into typed results. Builders are pure (no Db), so views, the export and tests share them.
 */
import type { Db, Row } from '../db';

export type { Row } from '../db';

export interface Query<T> {
  sql: string;
  parse(rows: Row[]): T;
}

/**
 * A metric whose statement is built from the result of an earlier one, as SQL constants (the period
 * windows of comparison.ts). At 1M leads DuckDB planned a statement that read its windows from a CTE
 * 150–300 ms slower than the same statement over constant windows. Each statement is cached on its
 * own (result-cache.ts), so the metrics that share a first statement run it once per state.
 */
export interface Staged<T> {
  first: Query<unknown>;
  then(value: unknown): Query<T>;
}

/** What a metric's builder returns. */
export type MetricQuery<T> = Query<T> | Staged<T>;

export function staged<S, T>(first: Query<S>, then: (value: S) => Query<T>): Staged<T> {
  return { first, then: then as (value: unknown) => Query<T> };
}

export function isStaged<T>(query: MetricQuery<T>): query is Staged<T> {
  return 'first' in query;
}

/** A query that answers `value` without reading anything (a staged metric with nothing to count). */
export function constantQuery<T>(value: T): Query<T> {
  return { sql: 'SELECT 1 WHERE false', parse: () => value };
}

export async function runQuery<T>(db: Db, query: MetricQuery<T>): Promise<T> {
  if (isStaged(query)) return runQuery(db, query.then(await runQuery(db, query.first)));
  return query.parse(await db.query<Row>(query.sql));
}

/** A number as a SQL constant (checked: a NaN or Infinity would not be SQL). */
export function sqlNumber(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  return `${value}`;
}

/** A number, or null for SQL NULL (counts arrive as doubles: the db opens with castBigIntToDouble). */
export function num(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  const n = Number(value);
  return Number.isFinite(n) ? n : null;
}

/** A count: SQL NULL (an empty aggregate) is 0. */
export function int(value: unknown): number {
  return num(value) ?? 0;
}

export function text(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** part / whole; null when either is unknown or the whole is 0 (a rate of nothing is not 0). */
export function ratio(part: number | null, whole: number | null): number | null {
  if (part === null || whole === null || whole === 0) return null;
  return part / whole;
}

/** `value` when the data has what it needs, else null ("not in your data"). */
export function when<T>(known: boolean, value: T): T | null {
  return known ? value : null;
}

/** The first row of a one-row result (an aggregate without GROUP BY always returns one). */
export function only(rows: Row[]): Row {
  return rows[0] ?? {};
}
