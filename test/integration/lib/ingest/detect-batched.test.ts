/**
 * Detection judges all of a file's date and number columns in one query over the first values and
 * one scan of the rest: each column must still get its own decision. The file is written here row
 * by row (semicolon-separated, so numbers carry bare commas), so every expectation is known by
 * construction.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  detectColumnFormats,
  detectDateFormat,
  detectNumberFormat,
} from '../../../../src/lib/ingest/formats';
import { prepareUpload, type PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb } from '../../../support/db';

const ROWS = 6000;
const DMY_PROOF = 3000; // 0-based data row of Created's first day above 12 (25.03.2024)
const MDY_PROOF = 1800; // First Response's first day above 12 (3/27/2024)
const LATE_START = 5500; // Last Activity is blank before this row: past the 5,000-row sample
const DOT_PROOF = 4000; // Touches: whole numbers, then 12.5
const COMMA_PROOFS = [4500, 4600, 4700]; // Score: whole numbers, then 3,5 three times ...
const DOT_AGAINST = 4800; // ... and 2.25 once

const HEADERS = [
  'Lead ID', // 0
  'Created Date', // 1 dd.mm.yyyy, proven day-first late
  'First Response', // 2 m/d/yyyy, proven month-first late
  'SQL Date', // 3 every part ≤ 12 throughout
  'Last Activity', // 4 empty in the sample
  'Converted Date', // 5 ISO in the sample
  'Number of times contacted', // 6 whole numbers, a decimal dot late
  'Budget', // 7 decimal comma in the sample
  'Deal Size', // 8 decimal dot in the sample
  'Seats', // 9 whole numbers throughout
  'Score', // 10 whole numbers, decimal commas late
];

function csv(): string {
  const lines = [HEADERS.join(';')];
  const two = (n: number) => String(n).padStart(2, '0');
  for (let i = 0; i < ROWS; i += 1) {
    const a = (i % 12) + 1;
    const b = ((i * 5) % 12) + 1;
    const created = i === DMY_PROOF ? '25.03.2024 10:30' : `${two(a)}.${two(b)}.2024 10:30`;
    const response = i === MDY_PROOF ? '3/27/2024' : `${b}/${a}/2024`;
    const sql = `${a}/${b}/2024`;
    const activity = i < LATE_START ? '' : '2024-05-01';
    const converted = `2024-${two(a)}-${two(b)}`;
    const touches = i === DOT_PROOF ? '12.5' : String(i % 9);
    const budget = `${i}.234,56`;
    const size = `${i},234.5`;
    const seats = String(i % 40);
    const score = COMMA_PROOFS.includes(i) ? '3,5' : i === DOT_AGAINST ? '2.25' : String(i % 7);
    lines.push(
      [`L${i}`, created, response, sql, activity, converted, touches, budget, size, seats, score].join(';'),
    );
  }
  return `${lines.join('\n')}\n`;
}

const EVERY_PART_SMALL = 'Every value could be month/day or day/month (no part is above 12).';

describe('detecting many columns at once keeps each column to its own values', () => {
  let db: Db;
  let prepared: PreparedUpload;
  const col = (header: string) => HEADERS.indexOf(header);

  beforeAll(async () => {
    db = await freshDb();
    const file = new File([csv()], 'batched.csv');
    prepared = await prepareUpload(db, file, { uploadId: 1, kind: 'leads', fileName: file.name });
  });

  it('reads the file as written', () => {
    expect(prepared.sniffed.delimiter).toBe(';');
    expect(prepared.sniffed.headers).toEqual(HEADERS);
  });

  it('decides each date column on its own values, its own separator and its own late proof', async () => {
    const dates = [1, 2, 3, 4, 5];
    const found = await detectColumnFormats(db, prepared.tables, dates, [], ';');
    expect([...found.dates.keys()]).toEqual(dates);
    expect(found.dates.get(col('Created Date'))).toEqual({
      kind: 'decided',
      format: 'dmy',
      why: 'A first part of 25 can only be a day.',
    });
    expect(found.dates.get(col('First Response'))).toEqual({
      kind: 'decided',
      format: 'mdy',
      why: 'A second part of 27 can only be a day.',
    });
    expect(found.dates.get(col('SQL Date'))).toEqual({
      kind: 'ambiguous',
      options: ['mdy', 'dmy'],
      why: EVERY_PART_SMALL,
    });
    // Judged on the sample: values further down do not make it a date column here.
    expect(found.dates.get(col('Last Activity'))).toEqual({
      kind: 'unrecognised',
      why: 'The column is empty.',
    });
    expect(found.dates.get(col('Converted Date'))).toEqual({
      kind: 'decided',
      format: 'iso',
      why: 'Values are written year-month-day.',
    });
  });

  it('gives the same decisions asked in another order or one column at a time', async () => {
    const reversed = await detectColumnFormats(db, prepared.tables, [5, 4, 3, 2, 1], [], ';');
    expect(reversed.dates.get(col('Created Date'))).toMatchObject({ format: 'dmy' });
    expect(reversed.dates.get(col('First Response'))).toMatchObject({ format: 'mdy' });
    expect(await detectDateFormat(db, prepared.tables, col('Created Date'))).toMatchObject({ format: 'dmy' });
    expect(await detectDateFormat(db, prepared.tables, col('First Response'))).toMatchObject({
      format: 'mdy',
    });
    expect(await detectDateFormat(db, prepared.tables, col('SQL Date'))).toMatchObject({ kind: 'ambiguous' });
  });

  it('decides each number column on its own values, reading on only for those the first ones leave open', async () => {
    const numbers = [6, 7, 8, 9, 10];
    const found = await detectColumnFormats(db, prepared.tables, [], numbers, ';');
    expect(Object.fromEntries(found.numbers)).toEqual({
      [col('Number of times contacted')]: 'dot', // 12.5 at row 4000
      [col('Budget')]: 'comma', // 0.234,56 in the first values
      [col('Deal Size')]: 'dot', // 0,234.5
      [col('Seats')]: 'comma', // no proof anywhere: a semicolon file's default
      [col('Score')]: 'comma', // three 3,5 against one 2.25
    });
    for (const column of numbers) {
      expect(await detectNumberFormat(db, prepared.tables, column, ';')).toBe(found.numbers.get(column));
    }
  });

  it('reads dates and numbers left open in one scan without mixing them up', async () => {
    const found = await detectColumnFormats(db, prepared.tables, [3, 2, 1], [10, 6], ';');
    expect(found.dates.get(col('Created Date'))).toMatchObject({
      format: 'dmy',
      why: 'A first part of 25 can only be a day.',
    });
    expect(found.dates.get(col('First Response'))).toMatchObject({
      format: 'mdy',
      why: 'A second part of 27 can only be a day.',
    });
    expect(found.dates.get(col('SQL Date'))).toMatchObject({ kind: 'ambiguous', why: EVERY_PART_SMALL });
    expect(found.numbers.get(col('Number of times contacted'))).toBe('dot');
    expect(found.numbers.get(col('Score'))).toBe('comma');
  });

  it('the upload itself carries these decisions for its mapped columns', () => {
    const { mapping, detection } = prepared;
    expect(mapping['created_at']).toBe(col('Created Date'));
    expect(detection.dates[col('Created Date')]).toMatchObject({ kind: 'decided', format: 'dmy' });
    expect(detection.formats.dates[col('Created Date')]).toBe('dmy');
    expect(mapping['touches']).toBe(col('Number of times contacted'));
    expect(detection.formats.numbers[col('Number of times contacted')]).toBe('dot');
  });
});

describe('a date proof that comes only in the last rows', () => {
  it('still finds each column its own first proof when the other columns are proven at once', async () => {
    const db = await freshDb();
    // Past the first 1,000 values: c0 proves at row 1500 (day 13 second, then 14 and more), c1
    // only in the very last row (day 31 first, its parts split by '-'), c2 never.
    await db.exec(`CREATE TABLE late AS SELECT
        CASE WHEN i < 1500 THEN '1/1/2024' WHEN i = 1500 THEN '1/13/2024' ELSE '2/14/2024' END AS c0,
        CASE WHEN i = 19999 THEN '31-12-2024' ELSE '11-12-2024' END AS c1,
        '5/6/2024' AS c2
      FROM range(20000) t(i) ORDER BY i`);
    const found = await detectColumnFormats(
      db,
      { raw: 'late', sample: '(SELECT * FROM late LIMIT 1000)' },
      [0, 1, 2],
      [],
      ',',
    );
    expect(found.dates.get(0)).toEqual({
      kind: 'decided',
      format: 'mdy',
      why: 'A second part of 13 can only be a day.',
    });
    expect(found.dates.get(1)).toEqual({
      kind: 'decided',
      format: 'dmy',
      why: 'A first part of 31 can only be a day.',
    });
    expect(found.dates.get(2)).toMatchObject({ kind: 'ambiguous', why: EVERY_PART_SMALL });
  });
});
