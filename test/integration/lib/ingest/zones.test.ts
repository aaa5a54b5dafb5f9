import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import type { LoadReport, PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb, load } from '../../../support/db';
import { appRow, assertFixtureIntact, mappingIndexes, truth } from '../../../support/expected';
import { fixture } from '../../../support/files';

/**
 * Zoned ISO timestamps become zone-free TIMESTAMPs holding the UTC instant (STACK.md: TIMESTAMPTZ
 * and date functions on it make DuckDB-wasm fetch ICU). This test reads them with `epoch_ms` and
 * `epoch`, core functions on TIMESTAMP, so it loads no extension either.
 */
const NAME = 'leads-dates-with-zone.csv';
const t = truth(NAME);

interface ZonedTruth {
  text: string;
  utc: string;
}
const isZoned = (value: unknown): value is ZonedTruth =>
  value !== null && typeof value === 'object' && 'utc' in value && 'text' in value;

describe('ISO timestamps with Z and ±HH:MM offsets', () => {
  let db: Db;
  let loaded: { prepared: PreparedUpload; report: LoadReport };

  beforeAll(async () => {
    assertFixtureIntact(NAME);
    db = await freshDb();
    loaded = await load(db, 'leads', fixture(NAME));
  });

  it('loads every row with both columns decided ISO and no unreadable value', () => {
    expect(loaded.prepared.mapping).toEqual(mappingIndexes(t, loaded.prepared.sniffed.headers));
    expect(loaded.prepared.reasons).toEqual([]);
    expect(loaded.report).toMatchObject({
      rowsRead: t.rowsRead,
      rowsLoaded: t.rowsLoaded,
      valueIssueCount: 0,
    });
    for (const header of Object.keys(t.dateColumns ?? {})) {
      expect(loaded.prepared.detection.formats.dates[loaded.prepared.sniffed.headers.indexOf(header)]).toBe(
        'iso',
      );
    }
  });

  it('stores them as TIMESTAMP, not TIMESTAMPTZ', async () => {
    const rows = await db.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM duckdb_columns()
       WHERE table_name = 'leads' AND column_name IN ('created_at', 'first_touch_at') ORDER BY column_name`,
    );
    expect(rows).toEqual([
      { column_name: 'created_at', data_type: 'TIMESTAMP' },
      { column_name: 'first_touch_at', data_type: 'TIMESTAMP' },
    ]);
  });

  it('holds the UTC instant of each value (same instant in three zones, date and year crossings, ms)', async () => {
    expect(t.spot).toHaveLength(t.rowsRead);
    for (const spot of t.spot ?? []) {
      const created = spot.values['Created Date'];
      const firstCall = spot.values['First Call Date Time'];
      if (!isZoned(created)) throw new Error(`row ${spot.row}: no created truth`);
      const [row] = await db.query<{ lead_id: string; created: number; first_call: number | null }>(
        `SELECT lead_id, epoch_ms(created_at) AS created, epoch_ms(first_touch_at) AS first_call
         FROM leads WHERE _row = ${appRow(spot.row)}`,
      );
      expect(row?.lead_id).toBe(spot.values['Lead ID']);
      expect(row?.created, created.text).toBe(Date.parse(created.utc));
      expect(row?.first_call, isZoned(firstCall) ? firstCall.text : 'blank').toBe(
        isZoned(firstCall) ? Date.parse(firstCall.utc) : null,
      );
    }
  });

  it('gives response hours in real elapsed time across zones', async () => {
    for (const spot of t.spot ?? []) {
      const [row] = await db.query<{ hours: number | null }>(
        `SELECT (epoch(first_touch_at) - epoch(created_at)) / 3600 AS hours FROM leads WHERE _row = ${appRow(spot.row)}`,
      );
      const expected = spot.values['responseHours'];
      if (expected === null) expect(row?.hours).toBeNull();
      else expect(row?.hours).toBeCloseTo(Number(expected), 6);
    }
  });

  it('offsets written +0530, -03 or after a space, and minutes without seconds, read the same way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'leadgap-zones-'));
    const path = join(dir, 'zone-variants.csv');
    // [value as written, its UTC instant], worked out by hand.
    const cases = [
      ['2026-03-15 01:30:00+0530', '2026-03-14T20:00:00Z'],
      ['2026-03-14T06:05:00-03', '2026-03-14T09:05:00Z'],
      ['2026-03-14 09:05 Z', '2026-03-14T09:05:00Z'],
      ['2026-03-14T23:30+01:00', '2026-03-14T22:30:00Z'],
      ['2026-03-14T09:05:00', '2026-03-14T09:05:00Z'],
    ];
    writeFileSync(
      path,
      ['Lead ID,Created Date', ...cases.map(([text], i) => `V-${i + 1},${text}`)].join('\n') + '\n',
    );
    const variants = await freshDb();
    const { report } = await load(variants, 'leads', path);
    rmSync(dir, { recursive: true, force: true });
    expect(report.valueIssueCount).toBe(0);
    const rows = await variants.query<{ created: number }>(
      `SELECT epoch_ms(created_at) AS created FROM leads ORDER BY _row`,
    );
    expect(rows.map((r) => r.created)).toEqual(cases.map(([, utc]) => Date.parse(utc ?? '')));
  });

  it('loaded no extension: no ICU, in the load or in this test', async () => {
    const rows = await db.query<{ name: string }>(
      `SELECT extension_name AS name FROM duckdb_extensions() WHERE loaded AND extension_name <> 'core_functions'`,
    );
    expect(rows).toEqual([]);
  });
});

describe('ISO timestamps with a zone named UTC or GMT, with or without an offset', () => {
  it('hold the UTC instant, as "Z" and "+01:00" do (worked out by hand)', async () => {
    const db = await freshDb();
    const dir = mkdtempSync(join(tmpdir(), 'leadgap-zones-'));
    const path = join(dir, 'leads-named-zones.csv');
    writeFileSync(
      path,
      [
        'Lead ID,Created Date,Email',
        'L1,2024-03-04 10:15:00 GMT,a@x.com',
        'L2,2024-03-04 10:15:00 UTC+01:00,b@x.com',
        'L3,2024-03-04 10:15:00 GMT-5,c@x.com',
        'L4,2024-03-04T10:15:00+0530,d@x.com',
        '',
      ].join('\n'),
    );
    try {
      const { report } = await load(db, 'leads', path);
      expect(report.valueIssueCount).toBe(0);
      const rows = await db.query<{ id: string; utc: string }>(
        `SELECT lead_id AS id, strftime(created_at, '%Y-%m-%d %H:%M') AS utc FROM leads ORDER BY _key`,
      );
      expect(rows).toEqual([
        { id: 'L1', utc: '2024-03-04 10:15' },
        { id: 'L2', utc: '2024-03-04 09:15' },
        { id: 'L3', utc: '2024-03-04 15:15' },
        { id: 'L4', utc: '2024-03-04 04:45' },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
