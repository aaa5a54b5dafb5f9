/**
 * Date values read by the SQL the loader runs (real DuckDB-wasm), one form at a time: the readers
 * the dates-sql-*.test.ts files share, each given its own file's database.
 */
import { expect } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import type { DateFormat } from '../../../../src/lib/ingest/formats';
import { literal } from '../../../../src/lib/ingest/sql';
import { fastTimestampExpr, timestampExpr } from '../../../../src/lib/ingest/values';
import type { Case } from './dates-sql-cases';

export const valuesTable = (texts: readonly string[]) =>
  `(SELECT * FROM (VALUES ${texts.map((t, i) => `(${i}, ${literal(t)})`).join(', ')}) t(i, v))`;

export const utc = (iso: string) => Date.parse(`${iso}Z`);

/** `db` is read at each call: the test file creates its database in beforeAll. */
export function dateReads(db: () => Db) {
  /** Each text read as `format` (full reading, or the cheap try with `pattern` first), in epoch ms. */
  async function read(format: DateFormat, texts: readonly string[], pattern?: string) {
    const fast = fastTimestampExpr('v', format, pattern);
    const expr = timestampExpr('v', format, fast ? `(${fast})` : null);
    const rows = await db().query<{ ms: number | null }>(
      `SELECT epoch_ms(${expr}) AS ms FROM ${valuesTable(texts)} ORDER BY i`,
    );
    return rows.map((r) => r.ms);
  }

  async function expectReads(format: DateFormat, cases: readonly Case[], pattern?: string) {
    const got = await read(
      format,
      cases.map(([text]) => text),
      pattern,
    );
    const wanted = cases.map(([, iso]) => utc(iso));
    expect(Object.fromEntries(cases.map(([text], i) => [text, got[i]]))).toEqual(
      Object.fromEntries(cases.map(([text], i) => [text, wanted[i]])),
    );
  }

  async function expectUnread(format: DateFormat, texts: readonly string[]) {
    const got = await read(format, texts);
    expect(Object.fromEntries(texts.map((t, i) => [t, got[i]]))).toEqual(
      Object.fromEntries(texts.map((t) => [t, null])),
    );
  }

  return { expectReads, expectUnread };
}
