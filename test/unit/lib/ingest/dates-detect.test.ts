/**
 * A date column's format decided from its values in real DuckDB-wasm (month names, Excel serials,
 * and what must not pass for either), and `dateLikeSql`, value by value.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { dateLikeSql, detectDateFormat } from '../../../../src/lib/ingest/formats';
import { literal } from '../../../../src/lib/ingest/sql';
import { freshDb } from '../../../support/db';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
}, 60_000);

let tables = 0;

/** A one-column table (c0, as uploads have) holding the values in order; null is a blank cell. */
async function column(values: readonly (string | null)[]): Promise<string> {
  const name = `col_${++tables}`;
  const rows = values.map((v, i) => `(${i}, ${v === null ? 'NULL' : literal(v)})`).join(', ');
  await db.exec(`CREATE TABLE ${name} AS SELECT c0 FROM (VALUES ${rows}) t(i, c0) ORDER BY i`);
  return name;
}

const detect = async (values: readonly (string | null)[]) => detectDateFormat(db, await column(values), 0);

describe('detecting month-name and Excel serial columns', () => {
  it('decides a Zoho column (Mar 4, 2025 09:46 AM) as month-name dates, asking nothing', async () => {
    const detection = await detect([
      'Mar 4, 2025 09:46 AM',
      'Mar 12, 2025 02:15 PM',
      null,
      'Apr 1, 2025 12:00 AM',
      'Feb 3, 2025 11:59 PM',
    ]);
    expect(detection).toMatchObject({ kind: 'decided', format: 'named' });
  });

  it('decides day-first, RFC 2822 and European forms as month-name dates', async () => {
    expect(await detect(['4 Mar 2025', '04-Mar-25', 'Tue, 04 Mar 2025 14:15:00 +0200'])).toMatchObject({
      kind: 'decided',
      format: 'named',
    });
    expect(
      await detect(['4. März 2025', '4 mars 2025', '4 de marzo de 2025', '4 mrt 2025', '4 marzo 2025']),
    ).toMatchObject({ kind: 'decided', format: 'named' });
  });

  it('goes with the form most values have when month names and ISO mix', async () => {
    expect(await detect(['Mar 4, 2025', 'Mar 5, 2025', 'Mar 6, 2025', '2025-03-07'])).toMatchObject({
      kind: 'decided',
      format: 'named',
    });
    expect(await detect(['2025-03-04', '2025-03-05', '2025-03-06', 'Mar 7, 2025'])).toMatchObject({
      kind: 'decided',
      format: 'iso',
    });
  });

  it('decides a column of serials in 20000–80000 as Excel dates, blanks and a stray word allowed', async () => {
    const serials = Array.from({ length: 39 }, (_, i) => String(45700 + i) + (i % 2 ? '.40625' : ''));
    expect(await detect([...serials, null, null, 'N/A'])).toMatchObject({ kind: 'decided', format: 'excel' });
  });

  it('does not take ordinary numbers for dates', async () => {
    expect(await detect(['12', '1500', '3', '40', '7'])).toMatchObject({ kind: 'unrecognised' });
    // Serials among other numbers: not (nearly) all of them are in range.
    const mixed = [...Array.from({ length: 18 }, (_, i) => String(45700 + i)), '12', '1500'];
    expect(await detect(mixed)).toMatchObject({ kind: 'unrecognised' });
    // Six-digit amounts and negative numbers are out of range.
    expect(await detect(['120000', '-45720', '99000'])).toMatchObject({ kind: 'unrecognised' });
  });

  it('calls activity names unrecognised (a "Last Activity" column of events)', async () => {
    expect(
      await detect(['Email Opened', 'Page Visited on Website', 'Q1 2025', 'Form Submitted']),
    ).toMatchObject({ kind: 'unrecognised' });
  });
});

describe('dateLikeSql', () => {
  async function dateLike(values: readonly (string | null)[]) {
    const table = await column(values);
    const rows = await db.query<{ v: string | null; like: boolean }>(
      `SELECT c0 AS v, ${dateLikeSql('c0')} AS "like" FROM ${table}`,
    );
    return Object.fromEntries(rows.map((r) => [String(r.v), r.like]));
  }

  it('is true for every form LeadGap reads', async () => {
    const yes = [
      '2025-03-04',
      '2025-03-04 09:46:12',
      '2025-03-04T09:46:12.123Z',
      '2025-3-4',
      '2025/03/04',
      '2025.03.04',
      '03/04/2025',
      '3/25/2025 2:15 PM',
      '25.03.2025 14:15',
      '25-12-24',
      '4/3/25',
      'Mar 4, 2025 09:46 AM',
      '4 Mar 2025',
      '04-Mar-25',
      'March 4th, 2025',
      'Tue, 04 Mar 2025 14:15:00 +0200',
      '4. März 2025',
      '4 févr. 2025',
      '4 de marzo de 2025',
      '4 mrt 2025',
      '4 de março de 2025',
      '4 marzo 2025',
      '45720',
      '45720.40625',
    ];
    expect(await dateLike(yes)).toEqual(Object.fromEntries(yes.map((v) => [v, true])));
  });

  it('is false for text, quarters, ordinary numbers, impossible dates, blank and NULL', async () => {
    const no = [
      'Email Opened',
      'Page Visited on Website',
      'Q1 2025',
      'March 2025',
      '2025',
      '12',
      '1500',
      '19999',
      '80000',
      '100000',
      '-45720',
      '13/13/2025',
      '12-34-5678',
      '2025-13-01',
      '2025-02-32',
      'Feb 30, 2025',
      '4 Foo 2025',
      '',
      null,
    ];
    expect(await dateLike(no)).toEqual(Object.fromEntries(no.map((v) => [String(v), false])));
  });
});
