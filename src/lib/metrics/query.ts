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

export async function runQuery<T>(db: Db, query: Query<T>): Promise<T> {
  return query.parse(await db.query<Row>(query.sql));
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
