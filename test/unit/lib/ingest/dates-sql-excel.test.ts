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

describe('Unix time, as tools export a date as a number (ClickUp: milliseconds)', () => {
  // 2024-03-01T00:00:00Z is 19783 days × 86400 s = 1709251200 s after 1970-01-01.
  it('reads seconds (10 digits) and milliseconds (13 digits) from 2000 to 2100', async () => {
    await expectReads('excel', [
      ['1709283600000', '2024-03-01T09:00:00'],
      ['1709283600', '2024-03-01T09:00:00'],
      ['1709251200500', '2024-03-01T00:00:00.500'],
      ['946684800', '2000-01-01T00:00:00'],
    ]);
  });

  it('leaves other long numbers unread', async () => {
    await expectUnread('excel', [
      '946684799',
      '4102444800',
      '4102444800000',
      '17092836000',
      '170928360000000',
    ]);
  });
});

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
