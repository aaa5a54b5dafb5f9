/**
 * Date values read by the SQL the loader runs (real DuckDB-wasm), one form at a time. Every
 * expected instant was worked out by hand from the text (UTC; an offset is subtracted).
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MONTH_NAMES } from '../../../../src/lib/ingest/date-forms';
import { dominantPatterns, type DateFormat } from '../../../../src/lib/ingest/formats';
import { literal } from '../../../../src/lib/ingest/sql';
import { fastTimestampExpr, timestampExpr } from '../../../../src/lib/ingest/values';
import { freshDb } from '../../../support/db';
import { parseDate } from '../../../support/reference/parse';

// Real DuckDB: a busy machine (2 cores, other suites running) can take a few seconds a query.
vi.setConfig({ testTimeout: 30_000 });

let db: Db;
beforeAll(async () => {
  db = await freshDb();
}, 60_000);

const valuesTable = (texts: readonly string[]) =>
  `(SELECT * FROM (VALUES ${texts.map((t, i) => `(${i}, ${literal(t)})`).join(', ')}) t(i, v))`;

/** Each text read as `format` (full reading, or the cheap try with `pattern` first), in epoch ms. */
async function read(format: DateFormat, texts: readonly string[], pattern?: string) {
  const fast = fastTimestampExpr('v', format, pattern);
  const expr = timestampExpr('v', format, fast ? `(${fast})` : null);
  const rows = await db.query<{ ms: number | null }>(
    `SELECT epoch_ms(${expr}) AS ms FROM ${valuesTable(texts)} ORDER BY i`,
  );
  return rows.map((r) => r.ms);
}

const utc = (iso: string) => Date.parse(`${iso}Z`);

/** [text, its instant in UTC] */
type Case = readonly [string, string];

async function expectReads(format: DateFormat, cases: readonly Case[], pattern?: string) {
  const got = await read(
    format,
    cases.map(([text]) => text),
    pattern,
  );
  const wanted = cases.map(([, iso]) => utc(iso));
  expect(Object.fromEntries(cases.map(([text], i) => [text, got[i]]))).toEqual(
    Object.fromEntries(cases.map(([text], i) => [text, wanted[i]])),
  );
}

async function expectUnread(format: DateFormat, texts: readonly string[]) {
  const got = await read(format, texts);
  expect(Object.fromEntries(texts.map((t, i) => [t, got[i]]))).toEqual(
    Object.fromEntries(texts.map((t) => [t, null])),
  );
}

const ENGLISH: readonly Case[] = [
  ['Mar 4, 2025', '2025-03-04T00:00:00'],
  ['4 Mar 2025', '2025-03-04T00:00:00'],
  ['04-Mar-2025', '2025-03-04T00:00:00'],
  ['March 4, 2025 2:15 PM', '2025-03-04T14:15:00'],
  ['Mar 04, 2025 09:46 AM', '2025-03-04T09:46:00'],
  ['Mar 4, 2025 9:46:12 AM', '2025-03-04T09:46:12'],
  ['mar 4, 2025 09:46 am', '2025-03-04T09:46:00'],
  ['MAR 4, 2025 09:46PM', '2025-03-04T21:46:00'],
  ['Mar. 4, 2025', '2025-03-04T00:00:00'],
  ['Sept 4, 2025', '2025-09-04T00:00:00'],
  ['September 30, 2025 11:05 p.m.', '2025-09-30T23:05:00'],
  ['Tue, 04 Mar 2025 14:15:00', '2025-03-04T14:15:00'],
  ['Tuesday, March 4, 2025', '2025-03-04T00:00:00'],
  ['March 4th, 2025', '2025-03-04T00:00:00'],
  ['March 1st, 2025', '2025-03-01T00:00:00'],
  ['March 2nd 2025', '2025-03-02T00:00:00'],
  ['March 23rd, 2025 08:00', '2025-03-23T08:00:00'],
  ['4 Mar 2025 14:15', '2025-03-04T14:15:00'],
  ['4 Mar 2025 14:15:07', '2025-03-04T14:15:07'],
  ['4 Mar 2025 14:15:07.250', '2025-03-04T14:15:07.250'],
  ['March 4, 2025 at 2:15 PM', '2025-03-04T14:15:00'],
  ['  Dec 31, 2024 11:59 PM ', '2024-12-31T23:59:00'],
  ['Feb 29, 2024', '2024-02-29T00:00:00'],
];

const TWELVE_HOUR: readonly Case[] = [
  ['Mar 4, 2025 12:00 AM', '2025-03-04T00:00:00'],
  ['Mar 4, 2025 12:59 AM', '2025-03-04T00:59:00'],
  ['Mar 4, 2025 1:00 AM', '2025-03-04T01:00:00'],
  ['Mar 4, 2025 11:59 AM', '2025-03-04T11:59:00'],
  ['Mar 4, 2025 12:00 PM', '2025-03-04T12:00:00'],
  ['Mar 4, 2025 12:30 PM', '2025-03-04T12:30:00'],
  ['Mar 4, 2025 1:00 PM', '2025-03-04T13:00:00'],
  ['Mar 4, 2025 11:59:59 PM', '2025-03-04T23:59:59'],
];

const TWO_DIGIT_YEARS: readonly Case[] = [
  ['04-Mar-25', '2025-03-04T00:00:00'],
  ['4 Mar 25', '2025-03-04T00:00:00'],
  ['Mar 4, 25', '2025-03-04T00:00:00'],
  ['31-Dec-99', '1999-12-31T00:00:00'],
  ['01-Jan-00', '2000-01-01T00:00:00'],
  ['01-Jan-68', '2068-01-01T00:00:00'],
  ['01-Jan-69', '1969-01-01T00:00:00'],
];

const RFC_2822: readonly Case[] = [
  ['Tue, 04 Mar 2025 14:15:00 +0000', '2025-03-04T14:15:00'],
  ['Tue, 04 Mar 2025 14:15:00 GMT', '2025-03-04T14:15:00'],
  ['Tue, 04 Mar 2025 14:15:00 UTC', '2025-03-04T14:15:00'],
  ['Tue, 04 Mar 2025 14:15:00 +0200', '2025-03-04T12:15:00'],
  ['Tue, 04 Mar 2025 01:30:00 +0200', '2025-03-03T23:30:00'],
  ['Mon, 03 Mar 2025 23:30:00 -0500', '2025-03-04T04:30:00'],
  ['Tue, 04 Mar 2025 14:15:00 +05:30', '2025-03-04T08:45:00'],
  ['04 Mar 2025 14:15 Z', '2025-03-04T14:15:00'],
];

const GERMAN: readonly Case[] = [
  ['4. März 2025', '2025-03-04T00:00:00'],
  ['4. Marz 2025', '2025-03-04T00:00:00'],
  ['4. Mär. 2025', '2025-03-04T00:00:00'],
  ['Di, 4. März 2025 14:15', '2025-03-04T14:15:00'],
  ['1. Dezember 2024 13:05:09', '2024-12-01T13:05:09'],
  ['17. Okt. 2025', '2025-10-17T00:00:00'],
  ['31. Mai 2025', '2025-05-31T00:00:00'],
];

const FRENCH: readonly Case[] = [
  ['4 mars 2025', '2025-03-04T00:00:00'],
  ['4 févr. 2025', '2025-02-04T00:00:00'],
  ['4 fevr 2025', '2025-02-04T00:00:00'],
  ['14 juin 2025', '2025-06-14T00:00:00'],
  ['14 juil. 2025', '2025-07-14T00:00:00'],
  ['14 juillet 2025', '2025-07-14T00:00:00'],
  ['1er août 2025', '2025-08-01T00:00:00'],
  ['mardi 4 mars 2025', '2025-03-04T00:00:00'],
  ['4 déc. 2025 à 14h15', '2025-12-04T14:15:00'],
];

const SPANISH: readonly Case[] = [
  ['4 de marzo de 2025', '2025-03-04T00:00:00'],
  ['4 de marzo de 2025 14:15', '2025-03-04T14:15:00'],
  ['1 ene. 2025', '2025-01-01T00:00:00'],
  ['15 de septiembre de 2025', '2025-09-15T00:00:00'],
  ['4 dic 2025', '2025-12-04T00:00:00'],
  ['2 de agosto del 2025', '2025-08-02T00:00:00'],
];

const DUTCH: readonly Case[] = [
  ['4 mrt 2025', '2025-03-04T00:00:00'],
  ['4 mrt. 2025', '2025-03-04T00:00:00'],
  ['4 maart 2025', '2025-03-04T00:00:00'],
  ['17 mei 2025', '2025-05-17T00:00:00'],
  ['3 okt 2025 09:30', '2025-10-03T09:30:00'],
];

const PORTUGUESE: readonly Case[] = [
  ['4 de março de 2025', '2025-03-04T00:00:00'],
  ['4 de marco de 2025', '2025-03-04T00:00:00'],
  ['10 de fevereiro de 2025', '2025-02-10T00:00:00'],
  ['5 de out. de 2025', '2025-10-05T00:00:00'],
  ['7 set 2025', '2025-09-07T00:00:00'],
  ['2 de dez de 2025 às 18:40', '2025-12-02T18:40:00'],
];

const ITALIAN: readonly Case[] = [
  ['4 marzo 2025', '2025-03-04T00:00:00'],
  ['1 gennaio 2025', '2025-01-01T00:00:00'],
  ['12 giugno 2025', '2025-06-12T00:00:00'],
  ['12 lug 2025', '2025-07-12T00:00:00'],
  ['3 ott 2025 17:45', '2025-10-03T17:45:00'],
];

const NFD: readonly Case[] = [
  ['4. Ma\u0308rz 2025', '2025-03-04T00:00:00'],
  ['1er aou\u0302t 2025', '2025-08-01T00:00:00'],
];

const EXCEL: readonly Case[] = [
  ['45720', '2025-03-04T00:00:00'],
  ['45720.40625', '2025-03-04T09:45:00'],
  ['45720.5', '2025-03-04T12:00:00'],
  // 23:59:59 is 86399/86400 of a day; Excel writes it rounded to 15 digits.
  ['45720.9999884259', '2025-03-04T23:59:59'],
  ['45720,40625', '2025-03-04T09:45:00'],
  [' 45658 ', '2025-01-01T00:00:00'],
  ['20000', '1954-10-03T00:00:00'],
  ['25569', '1970-01-01T00:00:00'],
  ['73050', '2099-12-31T00:00:00'],
  ['73051', '2100-01-01T00:00:00'],
];

const ISO_MS: readonly Case[] = [
  ['2025-03-04T09:46:12.123Z', '2025-03-04T09:46:12.123'],
  ['2025-03-04 09:46:12.123', '2025-03-04T09:46:12.123'],
  ['2025-03-04T09:46:12.123', '2025-03-04T09:46:12.123'],
  ['2025-03-04T09:46:12.123+02:00', '2025-03-04T07:46:12.123'],
  ['2025-03-04 00:15:00.5-03:00', '2025-03-04T03:15:00.500'],
];

/** Values a month-name column must leave empty. */
const UNREAD_NAMED: readonly string[] = [
  'Email Opened',
  'Page Visited on Website',
  'Q1 2025',
  '12',
  '1500',
  'March 2025',
  '4 Foo 2025',
  'Feb 30, 2025',
  'Feb 29, 2025',
  'Mar 4, 2025 13:00 PM',
  'Mar 4, 2025 0:30 AM',
  'Mar 4, 2025 24:00',
  '4 Mar 2025 14:60',
  '4 Mar 2025 14:15:60',
  'Tue, 04 Mar 2025 14:15:00 EST',
  'Mar 4 2025 and more',
  '',
];

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

describe('values a month-name column does not read (left empty and reported, never guessed)', () => {
  it('text, quarters, plain numbers, impossible dates and times', async () => {
    await expectUnread('named', UNREAD_NAMED);
  });
});

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
    const pattern = patterns.get(0);
    expect(pattern).toBe('%b %d, %Y %I:%M %p');
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

describe('ISO with milliseconds', () => {
  it('reads them with and without a zone, through the cheap try and without it', async () => {
    await expectReads('iso', ISO_MS);
    const rows = await db.query<{ ms: number | null }>(
      `SELECT epoch_ms(${timestampExpr('v', 'iso')}) AS ms FROM ${valuesTable(ISO_MS.map(([t]) => t))} ORDER BY i`,
    );
    expect(rows.map((r) => r.ms)).toEqual(ISO_MS.map(([, iso]) => utc(iso)));
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

describe('the reference parser of the metric tests (test/support), written apart', () => {
  it('gives the same instants, worked out by hand, for every form', () => {
    const all = [
      ...ENGLISH,
      ...TWELVE_HOUR,
      ...TWO_DIGIT_YEARS,
      ...RFC_2822,
      ...GERMAN,
      ...FRENCH,
      ...SPANISH,
      ...DUTCH,
      ...PORTUGUESE,
      ...ITALIAN,
      ...NFD,
      ...ISO_MS,
      ...EXCEL,
    ];
    expect(Object.fromEntries(all.map(([text]) => [text, parseDate(text)]))).toEqual(
      Object.fromEntries(all.map(([text, iso]) => [text, utc(iso)])),
    );
  });

  it('refuses what the loader leaves unread', () => {
    for (const text of UNREAD_NAMED.filter((t) => t !== '')) {
      expect(() => parseDate(text), text).toThrow(/unreadable date/);
    }
  });
});
