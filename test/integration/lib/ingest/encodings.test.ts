import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { detectDateFormat, detectNumberFormat } from '../../../../src/lib/ingest/formats';
import { matchSummary } from '../../../../src/lib/ingest/match';
import type { PreparedUpload, LoadReport } from '../../../../src/lib/ingest/pipeline';
import { extraColumnName } from '../../../../src/lib/ingest/schema';
import { rawColumn } from '../../../../src/lib/ingest/sql';
import { numberExpr, textExpr } from '../../../../src/lib/ingest/values';
import { freshDb, load } from '../../../support/db';
import {
  assertFixtureIntact,
  mappingIndexes,
  spotChecks,
  totalOf,
  truth,
  type FixtureTruth,
} from '../../../support/expected';
import { fixture } from '../../../support/files';

type Loaded = { prepared: PreparedUpload; report: LoadReport };

const ORDER_TO_FORMAT = { DMY: 'dmy', MDY: 'mdy', YMD: 'iso' } as const;

/** Rows, rejects and value problems as the truth has them, with nothing to confirm. */
function expectCleanLoad(loaded: Loaded, t: FixtureTruth) {
  expect(loaded.prepared.reasons).toEqual([]);
  expect(loaded.report).toMatchObject({
    rowsRead: t.rowsRead,
    rowsLoaded: t.rowsLoaded,
    rowsRejected: t.rowsRejected.length,
    rejected: [],
    valueIssueCount: 0,
  });
}

function expectMapping(loaded: Loaded, t: FixtureTruth) {
  const headers = loaded.prepared.sniffed.headers;
  expect(loaded.prepared.mapping).toEqual(mappingIndexes(t, headers));
  const mapped = new Set(Object.values(loaded.prepared.mapping));
  expect(headers.filter((_, i) => !mapped.has(i))).toEqual(t.extraColumns ?? []);
}

function expectDateFormats(loaded: Loaded, t: FixtureTruth) {
  const headers = loaded.prepared.sniffed.headers;
  for (const [header, column] of Object.entries(t.dateColumns ?? {})) {
    if (column.order === 'ambiguous') throw new Error(`${header} is not provable`);
    const index = headers.indexOf(header);
    const format = ORDER_TO_FORMAT[column.order];
    expect(loaded.prepared.detection.dates[index], header).toMatchObject({ kind: 'decided', format });
    expect(loaded.prepared.detection.formats.dates[index], header).toBe(format);
  }
}

async function expectSpots(db: Db, loaded: Loaded, t: FixtureTruth) {
  const checks = await spotChecks(db, {
    kind: loaded.prepared.kind,
    uploadId: loaded.prepared.uploadId,
    truth: t,
    headers: loaded.prepared.sniffed.headers,
  });
  expect(checks.length).toBe(t.spot?.length);
  for (const check of checks) {
    expect(Object.keys(check.expected).length).toBeGreaterThanOrEqual(3);
    expect(check.actual, `data row ${check.row}`).toEqual(check.expected);
  }
}

describe('European Excel export: Windows-1252, semicolons, D/M/Y dates, decimal commas', () => {
  const LEADS = 'leads-semicolon-dmy-win1252.csv';
  const DEALS = 'deals-semicolon-win1252.csv';
  const leadsTruth = truth(LEADS);
  const dealsTruth = truth(DEALS);
  let db: Db;
  let leads: Loaded;
  let deals: Loaded;

  beforeAll(async () => {
    assertFixtureIntact(LEADS);
    assertFixtureIntact(DEALS);
    db = await freshDb();
    leads = await load(db, 'leads', fixture(LEADS));
    deals = await load(db, 'deals', fixture(DEALS));
  });

  it('finds the encoding and delimiter and reads every row, nothing to confirm', () => {
    for (const [loaded, t] of [
      [leads, leadsTruth],
      [deals, dealsTruth],
    ] as const) {
      expect(loaded.prepared.sniffed).toMatchObject({ encoding: t.encoding, bom: 0, delimiter: t.delimiter });
      expect(loaded.prepared.sniffed.headers.join(t.delimiter)).toBe(t.headerLine);
      expectCleanLoad(loaded, t);
    }
  });

  it('maps the headers onto the canonical fields and keeps the rest', () => {
    expectMapping(leads, leadsTruth);
    expectMapping(deals, dealsTruth);
  });

  it('decides D/M/Y over all values although the first rows are ambiguous', async () => {
    expectDateFormats(leads, leadsTruth);
    expectDateFormats(deals, dealsTruth);
    // The leading rows alone cannot say: the decision comes from the rows after them.
    const leadingRows = leadsTruth.ambiguousLeadingRows ?? 0;
    expect(leadingRows).toBeGreaterThan(0);
    await db.exec(
      `CREATE TABLE leading_rows AS SELECT * FROM ${leads.prepared.tables.raw} LIMIT ${leadingRows}`,
    );
    for (const header of Object.keys(leadsTruth.dateColumns ?? {})) {
      const column = leads.prepared.sniffed.headers.indexOf(header);
      expect((await detectDateFormat(db, 'leading_rows', column)).kind, header).toBe('ambiguous');
    }
  });

  it('loads text with € ’ œ Œ – and Latin-1 letters intact, dates as D/M/Y, Yes/No as booleans', async () => {
    await expectSpots(db, leads, leadsTruth);
    await expectSpots(db, deals, dealsTruth);
    const allText = `concat_ws('|', lead_id, source, owner, status, company, email, x_budget)`;
    for (const char of Object.keys(leadsTruth.windows1252Bytes ?? {})) {
      const [row] = await db.query<{ n: number }>(
        `SELECT count(*) AS n FROM leads WHERE contains(${allText}, '${char}')`,
      );
      expect(row?.n, char).toBeGreaterThan(0);
    }
    // No replacement characters and no C1 controls (what a Latin-1 decode of 0x80-0x9F gives).
    const [bad] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM leads WHERE regexp_matches(${allText}, '[\\x{80}-\\x{9F}\\x{FFFD}]')`,
    );
    expect(bad?.n).toBe(0);
  });

  it('counts converted, untouched and blank-source leads as the file has them', async () => {
    const [row] = await db.query<{ converted: number; untouched: number; blank_source: number }>(
      `SELECT count(*) FILTER (converted) AS converted,
              count(*) FILTER (first_touch_at IS NULL) AS untouched,
              count(*) FILTER (source IS NULL) AS blank_source
       FROM leads`,
    );
    expect(row).toEqual({
      converted: totalOf(leadsTruth, 'converted'),
      untouched: totalOf(leadsTruth, 'untouched'),
      blank_source: totalOf(leadsTruth, 'blankSource'),
    });
    const [unread] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM leads WHERE converted IS NULL`);
    expect(unread?.n).toBe(0);
  });

  it('reads amounts written `1.234,50 €` as numbers', async () => {
    const [deal] = await db.query<{ won: number; lost: number; open: number; won_amount: number }>(
      `SELECT count(*) FILTER (outcome = 'won') AS won, count(*) FILTER (outcome = 'lost') AS lost,
              count(*) FILTER (outcome = 'open') AS open, sum(amount) FILTER (outcome = 'won') AS won_amount
       FROM deals`,
    );
    expect(deal?.won).toBe(totalOf(dealsTruth, 'won'));
    expect(deal?.lost).toBe(totalOf(dealsTruth, 'lost'));
    expect(deal?.open).toBe(totalOf(dealsTruth, 'open'));
    expect(deal?.won_amount).toBeCloseTo(totalOf(dealsTruth, 'wonAmount'), 2);
    expect(deals.prepared.detection.formats.numbers[deals.prepared.sniffed.headers.indexOf('Amount')]).toBe(
      'comma',
    );

    // The leads' Budget column is not a canonical field, but it is the same kind of value: the
    // number format detection and the conversion read it whole.
    const budget = leads.prepared.sniffed.headers.indexOf('Budget');
    expect(leadsTruth.numberColumns?.['Budget']?.decimal).toBe(',');
    expect(await detectNumberFormat(db, leads.prepared.tables.raw, budget, ';')).toBe('comma');
    expect(await detectNumberFormat(db, leads.prepared.tables.raw, budget, ',')).toBe('comma');
    const value = numberExpr(textExpr(extraColumnName('Budget', budget)), 'comma');
    const [sums] = await db.query<{ total: number; blank: number; unread: number }>(
      `SELECT sum(${value}) AS total, count(*) FILTER (x_budget IS NULL) AS blank,
              count(*) FILTER (x_budget IS NOT NULL AND ${value} IS NULL) AS unread
       FROM leads`,
    );
    expect(sums?.total).toBeCloseTo(totalOf(leadsTruth, 'budgetSum'), 2);
    expect(sums?.blank).toBe(totalOf(leadsTruth, 'budgetBlank'));
    expect(sums?.unread).toBe(0);
    // The raw text still holds the value as written.
    const [raw] = await db.query<{ v: string }>(
      `SELECT ${rawColumn(budget)} AS v FROM ${leads.prepared.tables.raw} LIMIT 1`,
    );
    expect(raw?.v).toBe('1.234,50 €');
  });

  it('links every deal to its lead by Lead ID', async () => {
    const summary = await matchSummary(db);
    expect(summary).toMatchObject({
      deals: dealsTruth.rowsLoaded,
      matched: totalOf(dealsTruth, 'matchedByLeadId'),
      byLeadId: totalOf(dealsTruth, 'matchedByLeadId'),
      unmatchedAmount: null,
    });
    const [wrong] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM deal_matches m JOIN deals d ON d._key = m.deal_key
       JOIN leads l ON l._key = m.lead_key WHERE l.lead_id <> d.lead_id`,
    );
    expect(wrong?.n).toBe(0);
  });
});

describe.each([
  { name: 'leads-utf16le-tab.txt', bom: 2 },
  { name: 'leads-utf16le-nobom.csv', bom: 0 },
])('UTF-16LE ($name)', ({ name, bom }) => {
  const t = truth(name);
  let db: Db;
  let leads: Loaded;

  beforeAll(async () => {
    assertFixtureIntact(name);
    db = await freshDb();
    leads = await load(db, 'leads', fixture(name));
  });

  it('is decoded (BOM or NUL pattern) with its delimiter, every row read', () => {
    expect(t.bom).toBe(bom > 0);
    expect(leads.prepared.sniffed).toMatchObject({ encoding: 'utf-16le', bom, delimiter: t.delimiter });
    expect(leads.prepared.sniffed.headers.join(t.delimiter)).toBe(t.headerLine);
    expectCleanLoad(leads, t);
  });

  it('maps the headers and decides the ISO dates', () => {
    expectMapping(leads, t);
    expectDateFormats(leads, t);
  });

  it('keeps non-Latin text (ß, 日本, 田中) and quoted commas; dates are wall-clock values', async () => {
    await expectSpots(db, leads, t);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM leads WHERE first_touch_at IS NULL`,
    );
    expect(row?.n).toBe(totalOf(t, 'untouched'));
  });
});

describe('UTF-8 with BOM: a HubSpot contacts export', () => {
  const NAME = 'leads-utf8-bom.csv';
  const t = truth(NAME);
  let db: Db;
  let leads: Loaded;

  beforeAll(async () => {
    assertFixtureIntact(NAME);
    db = await freshDb();
    leads = await load(db, 'leads', fixture(NAME));
  });

  it('reads every row; the BOM does not end up in the first header', () => {
    expect(leads.prepared.sniffed).toMatchObject({ encoding: 'utf-8', bom: 3, delimiter: ',' });
    const headers = leads.prepared.sniffed.headers;
    expect(headers[0]).toBe(t.headerLine?.split(',')[0]);
    expect(headers.join(',')).toBe(t.headerLine);
    expect(headers.some((header) => header.includes('\uFEFF'))).toBe(false);
    expectCleanLoad(leads, t);
  });

  it('maps the HubSpot headers (status from Lead Status or Lifecycle Stage)', () => {
    const headers = leads.prepared.sniffed.headers;
    const { status, ...mapping } = leads.prepared.mapping;
    const { status: statusTruth, ...rest } = t.mapping ?? {};
    expect(statusTruth).toMatch(/Lead Status or Lifecycle Stage/);
    expect(mapping).toEqual(mappingIndexes({ ...t, mapping: rest }, headers));
    expect([headers.indexOf('Lead Status'), headers.indexOf('Lifecycle Stage')]).toContain(status);
    const mapped = new Set(Object.values(leads.prepared.mapping));
    const extras = headers.filter((_, i) => !mapped.has(i));
    expect(extras).toEqual(expect.arrayContaining(t.extraColumns ?? []));
    expect(extras).toHaveLength((t.extraColumns?.length ?? 0) + 1);
    expectDateFormats(leads, t);
  });

  it('loads the spot values (lead id of the first row read past the BOM) and the totals', async () => {
    await expectSpots(db, leads, t);
    const [row] = await db.query<Record<string, number>>(
      `SELECT count(*) FILTER (touches > 0) AS "withActivity", count(*) FILTER (touches = 0) AS "withoutActivity",
              count(*) FILTER (qualified_at IS NOT NULL) AS "sqlDateSet", count(*) FILTER (owner IS NULL) AS "blankOwner"
       FROM leads`,
    );
    expect(row).toEqual(t.totals);
  });
});
