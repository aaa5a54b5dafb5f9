/** `foundAnywhere`: several "has this column a value anywhere?" questions answered in one scan. */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { foundAnywhere } from '../../../../src/lib/ingest/found-anywhere';
import { freshDb } from '../../../support/db';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  // 30,000 rows: c0 filled from row 3, c1 only in the last row, c2 never, c3 in every row, c4 in
  // rows 10 and 20 only.
  await db.exec(`CREATE TABLE blanks AS SELECT
      CASE WHEN i >= 3 THEN 'x' END AS c0,
      CASE WHEN i = 29999 THEN 'last' END AS c1,
      CAST(NULL AS VARCHAR) AS c2,
      'always' AS c3,
      CASE WHEN i IN (10, 20) THEN 'twice' END AS c4
    FROM range(30000) t(i) ORDER BY i`);
}, 60_000);

const filled = (column: number) => `c${column} IS NOT NULL`;

describe('finding which columns have a value anywhere, in one scan', () => {
  it('answers each column for itself, in the order asked', async () => {
    expect(await foundAnywhere(db, 'blanks', [0, 1, 2, 3, 4].map(filled))).toEqual([
      true,
      true,
      false,
      true,
      true,
    ]);
    expect(await foundAnywhere(db, 'blanks', [2, 4, 1].map(filled))).toEqual([false, true, true]);
  });

  it('answers when every column is found in the first rows of a long file', async () => {
    expect(await foundAnywhere(db, 'blanks', [3, 0, 4].map(filled))).toEqual([true, true, true]);
  });

  it('answers a lone column never found, and asks nothing for no column', async () => {
    expect(await foundAnywhere(db, 'blanks', [filled(2)])).toEqual([false]);
    expect(await foundAnywhere(db, 'blanks', [])).toEqual([]);
  });
});
