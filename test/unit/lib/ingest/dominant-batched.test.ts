/**
 * `dominantPatterns` judges all date columns in one query: each column must get the pattern of its
 * own first 100 non-empty values, with `readsAll` true only when that pattern read every one of them.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { dominantPatterns } from '../../../../src/lib/ingest/formats';
import { freshDb } from '../../../support/db';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
  // 150 rows. c0 US with 12 h times; c1 day-first with dots; c2 blank; c3 month names; c4 ISO;
  // c5 US dates, one of its first 100 values ISO; c6 US dates with times from row 100 only
  // (beyond the 100 values looked at); c7 day-first with dashes, blank in its first 60 rows; c8
  // day-first with dots and a 24-hour time.
  await db.exec(`CREATE TABLE dated AS SELECT
      printf('%d/%d/2024 %d:%02d PM', i % 12 + 1, i % 28 + 1, i % 12 + 1, i % 60) AS c0,
      printf('%02d.%02d.2024', i % 28 + 1, i % 12 + 1) AS c1,
      CAST(NULL AS VARCHAR) AS c2,
      printf('Mar %d, 2025 09:%02d AM', i % 28 + 1, i % 60) AS c3,
      printf('2024-03-%02d', i % 28 + 1) AS c4,
      CASE WHEN i = 50 THEN '2024-03-05' ELSE printf('%d/%d/2024', i % 12 + 1, i % 28 + 1) END AS c5,
      CASE WHEN i < 100 THEN printf('%d/%d/2024', i % 12 + 1, i % 28 + 1)
           ELSE printf('%d/%d/2024 10:30', i % 12 + 1, i % 28 + 1) END AS c6,
      CASE WHEN i >= 60 THEN printf('%02d-%02d-2024', i % 28 + 1, i % 12 + 1) END AS c7,
      printf('%02d.%02d.2024 %02d:%02d', i % 28 + 1, i % 12 + 1, i % 24, i % 60) AS c8
    FROM range(150) t(i) ORDER BY i`);
}, 60_000);

describe('dominant patterns of several columns in one query', () => {
  it('gives each column the pattern of its own values', async () => {
    const found = await dominantPatterns(db, 'dated', [
      { column: 0, format: 'mdy' },
      { column: 1, format: 'dmy' },
      { column: 2, format: 'mdy' },
      { column: 3, format: 'named' },
      { column: 4, format: 'iso' },
      { column: 5, format: 'mdy' },
      { column: 6, format: 'mdy' },
      { column: 7, format: 'dmy' },
      { column: 8, format: 'dmy' },
    ]);
    expect(Object.fromEntries(found)).toEqual({
      0: { pattern: '%m/%d/%Y %I:%M %p', readsAll: true },
      1: { pattern: '%d.%m.%Y', readsAll: true },
      // c2 empty, c4 ISO: no pattern.
      3: { pattern: '%b %d, %Y %I:%M %p', readsAll: true },
      5: { pattern: '%m/%d/%Y', readsAll: false },
      6: { pattern: '%m/%d/%Y', readsAll: true },
      7: { pattern: '%d-%m-%Y', readsAll: true },
      8: { pattern: '%d.%m.%Y %H:%M', readsAll: true },
    });
  });

  it('gives a column the same pattern alone as beside others', async () => {
    for (const [column, format] of [
      [1, 'dmy'],
      [5, 'mdy'],
      [7, 'dmy'],
    ] as const) {
      const alone = await dominantPatterns(db, 'dated', [{ column, format }]);
      const together = await dominantPatterns(db, 'dated', [
        { column: 0, format: 'mdy' },
        { column, format },
        { column: 3, format: 'named' },
      ]);
      expect(alone.get(column)).toEqual(together.get(column));
    }
  });

  it('asks nothing of the engine when no column has a pattern to find', async () => {
    let statements = 0;
    const counting: Db = { ...db, query: (sql) => (statements++, db.query(sql)) };
    const found = await dominantPatterns(counting, 'dated', [
      { column: 4, format: 'iso' },
      { column: 2, format: 'excel' },
    ]);
    expect(found.size).toBe(0);
    expect(statements).toBe(0);
  });
});
