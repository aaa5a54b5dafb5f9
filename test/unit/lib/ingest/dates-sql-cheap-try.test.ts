import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { dominantPatterns } from '../../../../src/lib/ingest/formats';
import { fastTimestampExpr } from '../../../../src/lib/ingest/values';
import { freshDb } from '../../../support/db';
import { dateReads, valuesTable } from './dates-sql';
import { ENGLISH } from './dates-sql-cases';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
}, 60_000);

const { expectReads } = dateReads(() => db);

describe('the cheap first try for month-name columns', () => {
  it('finds the exact English pattern of a Zoho column and reads through it as the full reading does', async () => {
    const zoho = [
      'Mar 4, 2025 09:46 AM',
      'Mar 14, 2025 12:05 PM',
      'Feb 28, 2025 11:59 PM',
      'Jan 1, 2025 12:00 AM',
    ];
    await db.exec(`CREATE OR REPLACE TABLE zoho AS SELECT v AS c0 FROM ${valuesTable(zoho)} ORDER BY i`);
    const patterns = await dominantPatterns(db, 'zoho', [{ column: 0, format: 'named' }]);
    const pattern = patterns.get(0)?.pattern;
    expect(pattern).toBe('%b %d, %Y %I:%M %p');
    expect(patterns.get(0)?.readsAll).toBe(true);
    await expectReads(
      'named',
      [
        ['Mar 4, 2025 09:46 AM', '2025-03-04T09:46:00'],
        ['Mar 14, 2025 12:05 PM', '2025-03-14T12:05:00'],
        ['Feb 28, 2025 11:59 PM', '2025-02-28T23:59:00'],
        ['Jan 1, 2025 12:00 AM', '2025-01-01T00:00:00'],
        // Not in the pattern: the full reading takes them.
        ['4 mars 2025', '2025-03-04T00:00:00'],
        ['March 4th, 2025 2:15 PM', '2025-03-04T14:15:00'],
      ],
      pattern,
    );
  });

  it('gives every English form the same instant through any candidate pattern as without', async () => {
    const cases = [...ENGLISH, ['04-Mar-25', '2025-03-04T00:00:00'] as const];
    for (const pattern of ['%d-%b-%Y', '%d-%b-%y', '%b %d, %Y', '%a, %d %b %Y %H:%M:%S +0000']) {
      await expectReads('named', cases, pattern);
    }
  });

  it('ignores a pattern for Excel serials (their reading is a cast already)', () => {
    expect(fastTimestampExpr('v', 'excel', '%d')).toBeNull();
  });
});
