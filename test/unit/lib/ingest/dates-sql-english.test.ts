import { beforeAll, describe, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { freshDb } from '../../../support/db';
import { dateReads } from './dates-sql';
import { ENGLISH, RFC_2822, TWELVE_HOUR, TWO_DIGIT_YEARS, UNREAD_NAMED } from './dates-sql-cases';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
}, 60_000);

const { expectReads, expectUnread } = dateReads(() => db);

describe('month-name dates in English', () => {
  it('reads each form, with or without a time (12 h or 24 h, seconds or not) and a weekday', async () => {
    await expectReads('named', ENGLISH);
  });

  it('reads 12 AM as midnight and 12 PM as noon', async () => {
    await expectReads('named', TWELVE_HOUR);
  });

  it('reads two-digit years as strptime %y does (00–68 in the 2000s, 69–99 in the 1900s)', async () => {
    await expectReads('named', TWO_DIGIT_YEARS);
  });

  it('applies an RFC 2822 zone and keeps the UTC instant', async () => {
    await expectReads('named', RFC_2822);
  });
});

describe('values a month-name column does not read (left empty and reported, never guessed)', () => {
  it('text, quarters, plain numbers, impossible dates and times', async () => {
    await expectUnread('named', UNREAD_NAMED);
  });
});
