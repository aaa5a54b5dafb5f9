import { beforeAll, describe, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { freshDb } from '../../../support/db';
import { dateReads } from './dates-sql';
import { EXCEL } from './dates-sql-cases';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
}, 60_000);

const { expectReads, expectUnread } = dateReads(() => db);

describe('Excel serial numbers (1900 date system)', () => {
  it('reads whole and fractional serials to the second', async () => {
    await expectReads('excel', EXCEL);
  });

  it('leaves numbers outside 20000–80000, and anything else, unread', async () => {
    await expectUnread('excel', [
      '12',
      '1500',
      '19999',
      '80000',
      '-45720',
      '45,720',
      'Mar 4, 2025',
      'abc',
      '',
    ]);
  });
});
