import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { timestampExpr } from '../../../../src/lib/ingest/values';
import { freshDb } from '../../../support/db';
import { dateReads, utc, valuesTable } from './dates-sql';
import { ISO_MS } from './dates-sql-cases';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
}, 60_000);

const { expectReads } = dateReads(() => db);

describe('ISO with milliseconds', () => {
  it('reads them with and without a zone, through the cheap try and without it', async () => {
    await expectReads('iso', ISO_MS);
    const rows = await db.query<{ ms: number | null }>(
      `SELECT epoch_ms(${timestampExpr('v', 'iso')}) AS ms FROM ${valuesTable(ISO_MS.map(([t]) => t))} ORDER BY i`,
    );
    expect(rows.map((r) => r.ms)).toEqual(ISO_MS.map(([, iso]) => utc(iso)));
  });
});
