import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MONTH_NAMES } from '../../../../src/lib/ingest/date-forms';
import { freshDb } from '../../../support/db';
import { dateReads } from './dates-sql';
import { DUTCH, FRENCH, GERMAN, ITALIAN, NFD, PORTUGUESE, SPANISH } from './dates-sql-cases';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
}, 60_000);

const { expectReads } = dateReads(() => db);

describe('month-name dates in European languages', () => {
  it('German', async () => {
    await expectReads('named', GERMAN);
  });

  it('French, with juin and juil. told apart', async () => {
    await expectReads('named', FRENCH);
  });

  it('Spanish', async () => {
    await expectReads('named', SPANISH);
  });

  it('Dutch', async () => {
    await expectReads('named', DUTCH);
  });

  it('Portuguese', async () => {
    await expectReads('named', PORTUGUESE);
  });

  it('Italian', async () => {
    await expectReads('named', ITALIAN);
  });

  it('reads accents written as combining marks (NFD) as well', async () => {
    await expectReads('named', NFD);
  });

  it('has no name that means two months', () => {
    const names = MONTH_NAMES.flat();
    expect(new Set(names).size).toBe(names.length);
  });
});
