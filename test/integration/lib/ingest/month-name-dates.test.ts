/**
 * Dates as CRMs write them, loaded through the real pipeline (sniff, detect, type): Zoho's
 * "Mar 4, 2025 09:46 AM", day-first "4 Mar 2025", German "4. März 2025" in a semicolon file, and a
 * workbook's Excel serial numbers. Every expected instant was worked out by hand from the text.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import type { LoadReport, PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { freshDb, load } from '../../../support/db';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-month-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function csv(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

const utc = (iso: string | null) => (iso === null ? null : Date.parse(`${iso}Z`));

interface Loaded {
  db: Db;
  prepared: PreparedUpload;
  report: LoadReport;
}

async function loadLeads(path: string): Promise<Loaded> {
  const db = await freshDb();
  const { prepared, report } = await load(db, 'leads', path);
  return { db, prepared, report };
}

const formatOf = (loaded: Loaded, header: string) =>
  loaded.prepared.detection.formats.dates[loaded.prepared.sniffed.headers.indexOf(header)];

async function instants(db: Db, field: string) {
  const rows = await db.query<{ lead_id: string; ms: number | null }>(
    `SELECT lead_id, epoch_ms(${field}) AS ms FROM leads ORDER BY lead_id`,
  );
  return Object.fromEntries(rows.map((r) => [r.lead_id, r.ms]));
}

async function range(db: Db) {
  const [row] = await db.query<{ first: number; last: number }>(
    `SELECT epoch_ms(min(created_at)) AS first, epoch_ms(max(created_at)) AS last FROM leads`,
  );
  return row;
}

describe('a Zoho leads export (Created Time / Last Activity Time as "Mar 4, 2025 09:46 AM")', () => {
  // [Record Id, Created Time, Last Activity Time, created UTC, last activity UTC]
  const rows = [
    ['Z-1', 'Mar 4, 2025 09:46 AM', 'Mar 5, 2025 02:15 PM', '2025-03-04T09:46:00', '2025-03-05T14:15:00'],
    ['Z-2', 'Feb 28, 2025 11:59 PM', '', '2025-02-28T23:59:00', null],
    ['Z-3', 'Jan 1, 2025 12:00 AM', 'Jan 1, 2025 12:30 PM', '2025-01-01T00:00:00', '2025-01-01T12:30:00'],
    ['Z-4', 'Dec 31, 2024 12:05 PM', 'Jan 2, 2025 08:00 AM', '2024-12-31T12:05:00', '2025-01-02T08:00:00'],
    ['Z-5', 'Mar 14, 2025 07:07 PM', 'Mar 14, 2025 07:30 PM', '2025-03-14T19:07:00', '2025-03-14T19:30:00'],
  ] as const;
  let loaded: Loaded;

  beforeAll(async () => {
    const path = csv('zoho-leads.csv', [
      'Record Id,Lead Owner,Company,Email,Lead Source,Lead Status,Created Time,Last Activity Time',
      ...rows.map(
        ([id, created, last], i) =>
          `${id},Rep ${i % 2},Acme ${i},lead${i}@example.com,Web Form,Contacted,"${created}","${last}"`,
      ),
    ]);
    loaded = await loadLeads(path);
  });

  it('decides both columns as month-name dates without asking, and reads every value', () => {
    expect(formatOf(loaded, 'Created Time')).toBe('named');
    expect(formatOf(loaded, 'Last Activity Time')).toBe('named');
    expect(loaded.prepared.reasons).toEqual([]);
    expect(loaded.report).toMatchObject({
      rowsRead: rows.length,
      rowsLoaded: rows.length,
      valueIssueCount: 0,
    });
  });

  it('holds the instant of each value, and the right first and last created dates', async () => {
    expect(await instants(loaded.db, 'created_at')).toEqual(
      Object.fromEntries(rows.map(([id, , , created]) => [id, utc(created)])),
    );
    expect(await instants(loaded.db, 'last_touch_at')).toEqual(
      Object.fromEntries(rows.map(([id, , , , last]) => [id, utc(last)])),
    );
    expect(await range(loaded.db)).toEqual({
      first: utc('2024-12-31T12:05:00'),
      last: utc('2025-03-14T19:07:00'),
    });
  });

  it('stores TIMESTAMP columns and loads no extension', async () => {
    const types = await loaded.db.query<{ data_type: string }>(
      `SELECT DISTINCT data_type FROM duckdb_columns()
       WHERE table_name = 'leads' AND column_name IN ('created_at', 'last_touch_at')`,
    );
    expect(types).toEqual([{ data_type: 'TIMESTAMP' }]);
    const extensions = await loaded.db.query<{ name: string }>(
      `SELECT extension_name AS name FROM duckdb_extensions() WHERE loaded AND extension_name <> 'core_functions'`,
    );
    expect(extensions).toEqual([]);
  });
});

describe('day-first month names ("4 Mar 2025 14:15", "05-Mar-25 09:00")', () => {
  const rows = [
    ['D-1', '4 Mar 2025 14:15', '05-Mar-25 09:00', '2025-03-04T14:15:00', '2025-03-05T09:00:00'],
    ['D-2', '1 Feb 2025 08:05', '', '2025-02-01T08:05:00', null],
    ['D-3', '31 Jan 2025 23:59', '01-Feb-25 00:01', '2025-01-31T23:59:00', '2025-02-01T00:01:00'],
    ['D-4', '12 Apr 2025 09:00', '14-Apr-25 17:45', '2025-04-12T09:00:00', '2025-04-14T17:45:00'],
  ] as const;
  let loaded: Loaded;

  beforeAll(async () => {
    const path = csv('day-first.csv', [
      'Lead ID,Created Date,First Response',
      ...rows.map(([id, created, first]) => `${id},${created},${first}`),
    ]);
    loaded = await loadLeads(path);
  });

  it('reads every value, with the right first and last created dates', async () => {
    expect(formatOf(loaded, 'Created Date')).toBe('named');
    expect(formatOf(loaded, 'First Response')).toBe('named');
    expect(loaded.report).toMatchObject({ rowsLoaded: rows.length, valueIssueCount: 0 });
    expect(await instants(loaded.db, 'created_at')).toEqual(
      Object.fromEntries(rows.map(([id, , , created]) => [id, utc(created)])),
    );
    expect(await instants(loaded.db, 'first_touch_at')).toEqual(
      Object.fromEntries(rows.map(([id, , , , first]) => [id, utc(first)])),
    );
    expect(await range(loaded.db)).toEqual({
      first: utc('2025-01-31T23:59:00'),
      last: utc('2025-04-12T09:00:00'),
    });
  });
});

describe('German month names in a semicolon file, with one value that is not a date', () => {
  const rows = [
    ['G-1', '4. März 2025 14:15', '2025-03-04T14:15:00'],
    ['G-2', '17. Okt. 2024 09:30', '2024-10-17T09:30:00'],
    ['G-3', '1. Dezember 2024', '2024-12-01T00:00:00'],
    ['G-4', '30. Mai 2025 18:00', '2025-05-30T18:00:00'],
    ['G-5', 'unbekannt', null],
  ] as const;
  let loaded: Loaded;

  beforeAll(async () => {
    const path = csv('german.csv', [
      'Lead ID;Erstellt am;Created Date',
      ...rows.map(([id, created]) => `${id};x;${created}`),
    ]);
    loaded = await loadLeads(path);
  });

  it('reads the dates and reports the one it cannot read, leaving it empty', async () => {
    expect(formatOf(loaded, 'Created Date')).toBe('named');
    expect(loaded.report).toMatchObject({ rowsLoaded: rows.length, valueIssueCount: 1 });
    expect(loaded.report.valueIssues).toMatchObject([{ column: 'Created Date', value: 'unbekannt' }]);
    expect(await instants(loaded.db, 'created_at')).toEqual(
      Object.fromEntries(rows.map(([id, , created]) => [id, utc(created)])),
    );
  });
});

describe('a CSV saved from a workbook, with dates as Excel serial numbers', () => {
  // 45720 is 2025-03-04 (days since 1899-12-30); .40625 of a day is 09:45.
  const rows = [
    ['X-1', '45720.40625', '45720.5', '3', '2025-03-04T09:45:00', '2025-03-04T12:00:00'],
    ['X-2', '45658', '', '0', '2025-01-01T00:00:00', null],
    ['X-3', '45350.75', '45352.25', '12', '2024-02-28T18:00:00', '2024-03-01T06:00:00'],
    ['X-4', '45657.999988426', '45658.0006944444', '1500', '2024-12-31T23:59:59', '2025-01-01T00:01:00'],
  ] as const;
  let loaded: Loaded;

  beforeAll(async () => {
    const path = csv('workbook.csv', [
      'Lead ID,Created Date,First Call Date Time,Number of times contacted',
      ...rows.map(([id, created, first, touches]) => `${id},${created},${first},${touches}`),
    ]);
    loaded = await loadLeads(path);
  });

  it('decides the date columns as Excel serials and leaves the count column a number', async () => {
    expect(formatOf(loaded, 'Created Date')).toBe('excel');
    expect(formatOf(loaded, 'First Call Date Time')).toBe('excel');
    expect(loaded.report).toMatchObject({ rowsLoaded: rows.length, valueIssueCount: 0 });
    expect(await instants(loaded.db, 'created_at')).toEqual(
      Object.fromEntries(rows.map(([id, , , , created]) => [id, utc(created)])),
    );
    expect(await instants(loaded.db, 'first_touch_at')).toEqual(
      Object.fromEntries(rows.map(([id, , , , , first]) => [id, utc(first)])),
    );
    const touches = await loaded.db.query<{ touches: number }>(`SELECT touches FROM leads ORDER BY lead_id`);
    expect(touches.map((r) => r.touches)).toEqual([3, 0, 12, 1500]);
  });
});

describe('ages from month-name dates (a Zoho export with untouched leads)', () => {
  // As-of: the latest lead timestamp, Z-1's last activity on Mar 14, 2025. Ages of the five
  // untouched leads ("Not Contacted", no activity), worked out by hand, fall one in each bucket:
  // Z-5 23 min, Z-6 4.5 d, Z-2 13.8 d, Z-3 72.8 d, Z-7 194.4 d.
  const rows = [
    ['Z-1', 'Mar 4, 2025 09:46 AM', 'Mar 14, 2025 07:30 PM', 'Contacted'],
    ['Z-2', 'Feb 28, 2025 11:59 PM', '', 'Not Contacted'],
    ['Z-3', 'Jan 1, 2025 12:00 AM', '', 'Not Contacted'],
    ['Z-4', 'Dec 31, 2024 12:05 PM', 'Jan 2, 2025 08:00 AM', 'Contacted'],
    ['Z-5', 'Mar 14, 2025 07:07 PM', '', 'Not Contacted'],
    ['Z-6', 'Mar 10, 2025 08:00 AM', '', 'Not Contacted'],
    ['Z-7', 'Sep 1, 2024 09:00 AM', '', 'Not Contacted'],
  ];

  it('gives the as-of date and the untouched leads by age', async () => {
    const { MetricsEngine, knownFields, metricsDocument } = await import('../../../../src/lib/metrics');
    const path = csv('zoho-ages.csv', [
      'Record Id,Lead Status,Created Time,Last Activity Time',
      ...rows.map(([id, created, last, status]) => `${id},${status},"${created}","${last}"`),
    ]);
    const { db, report } = await loadLeads(path);
    expect(report.valueIssueCount).toBe(0);
    const known = knownFields([{ kind: 'leads', mapping: report.choice.mapping }]);
    const doc = await metricsDocument(new MetricsEngine(db), { known });
    expect(doc.asOf).toBe('2025-03-14');
    expect(doc.followUp).toMatchObject({ followedUp: 2, neverFollowedUp: 5 });
    expect(doc.followUp.untouchedByAge).toEqual([
      { bucket: '0-2d', count: 1 },
      { bucket: '2-7d', count: 1 },
      { bucket: '7-30d', count: 1 },
      { bucket: '30-90d', count: 1 },
      { bucket: '90d+', count: 1 },
    ]);
  });
});
