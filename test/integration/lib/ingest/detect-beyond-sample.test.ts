import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { commitUpload, prepareUpload, type PreparedUpload } from '../../../../src/lib/ingest/pipeline';
import { detectNumberFormat } from '../../../../src/lib/ingest/formats';
import { freshDb } from '../../../support/db';

// Formats are judged on a column's first 1,000 values and, when those prove nothing, on the rest.
// This file is written here row by row, so every expectation below is known by construction.
const ROWS = 2500;
const PROOF_ROW = 2200; // 0-based data row whose date proves M/D/Y and whose budget proves a decimal comma

function csv(): string {
  const lines = ['Lead ID,Created Date,Lead Source,Budget,Number of times contacted'];
  for (let i = 0; i < ROWS; i += 1) {
    // Month and day both 1..12 (ambiguous) until the proving row, which has day 25.
    const month = (i % 12) + 1;
    const day = i === PROOF_ROW ? 25 : ((i * 7) % 12) + 1;
    const budget = i === PROOF_ROW ? '"12,5"' : String(i);
    // Edge values for the cheap first tries: 1e3 is a number, inf/NaN are not; 2-digit years.
    const touches = i === 10 ? '1e3' : i === 11 ? 'inf' : i === 12 ? 'NaN' : String(i % 5);
    const year = i === 20 ? '24' : '2024';
    lines.push(`L${i},${month}/${day}/${year} 10:30 AM, Web ,${budget},${touches}`);
  }
  return `${lines.join('\n')}\n`;
}

describe('formats proven only after the first 1,000 values', () => {
  let db: Db;
  let prepared: PreparedUpload;

  beforeAll(async () => {
    db = await freshDb();
    const file = new File([csv()], 'late-proof.csv');
    prepared = await prepareUpload(db, file, { uploadId: 1, kind: 'leads', fileName: file.name });
    await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: false,
    });
  });

  it('decides M/D/Y from a value past the first 1,000', () => {
    const created = prepared.sniffed.headers.indexOf('Created Date');
    expect(prepared.detection.dates[created]).toMatchObject({ kind: 'decided', format: 'mdy' });
    expect(prepared.reasons).toEqual([]);
  });

  it('reads every date, the 2-digit year too, and trims text', async () => {
    const rows = await db.query<{ n: number; dated: number; y2024: number; web: number; d: string }>(
      `SELECT count(*) AS n, count(created_at) AS dated, count(*) FILTER (year(created_at) = 2024) AS y2024,
              count(*) FILTER (source = 'Web') AS web,
              strftime(max(created_at) FILTER (lead_id = 'L${PROOF_ROW}'), '%Y-%m-%d %H:%M') AS d
       FROM leads`,
    );
    // Row 2200: month 2200 % 12 + 1 = 5, day 25.
    expect(rows[0]).toEqual({ n: ROWS, dated: ROWS, y2024: ROWS, web: ROWS, d: '2024-05-25 10:30' });
  });

  it('reads numbers: 1e3 is 1000, inf and NaN are listed as unreadable, not loaded as figures', async () => {
    const [row] = await db.query<{ e: number; inf: number | null; nan: number | null }>(
      `SELECT max(touches) FILTER (lead_id = 'L10') AS e, max(touches) FILTER (lead_id = 'L11') AS inf,
              max(touches) FILTER (lead_id = 'L12') AS nan FROM leads`,
    );
    expect(row).toEqual({ e: 1000, inf: null, nan: null });
    const issues = await db.query<{ row: number; value: string }>(
      `SELECT row, value FROM issues_1 ORDER BY row`,
    );
    // Spreadsheet rows: header is row 1, data row i is row i + 2.
    expect(issues).toEqual([
      { row: 13, value: 'inf' },
      { row: 14, value: 'NaN' },
    ]);
  });

  it('in a comma-separated file, takes whole numbers in the first 1,000 values as decimal-dot', async () => {
    const budget = prepared.sniffed.headers.indexOf('Budget');
    expect(await detectNumberFormat(db, prepared.tables.raw, budget, ',')).toBe('dot');
  });

  it('keeps no copy of the text: a new mapping re-reads the file and types every row again', async () => {
    const tables = await db.query<{ name: string }>(
      `SELECT table_name AS name FROM duckdb_tables() ORDER BY name`,
    );
    expect(tables.map((t) => t.name)).toEqual([
      'deal_matches',
      'issues_1',
      'leads_1',
      'rejects_1',
      'rejects_scan_1',
      // The first 5,000 rows as text, for detection: the only text kept.
      'sample_1',
    ]);
    await commitUpload(db, prepared, {
      mapping: { ...prepared.mapping, source: undefined },
      formats: prepared.detection.formats,
      closedWonAssumed: false,
    });
    const [row] = await db.query<{ n: number; sources: number; extra: number }>(
      `SELECT count(*) AS n, count(source) AS sources, count(*) FILTER (x_leadsource = 'Web') AS extra FROM leads`,
    );
    expect(row).toEqual({ n: ROWS, sources: 0, extra: ROWS });
  });
});

describe('a semicolon file whose amounts show a decimal dot only after the first 1,000 values', () => {
  it('reads on to the proof instead of assuming the European decimal comma', async () => {
    const db = await freshDb();
    const lines = ['Deal ID;Amount;Stage'];
    // Whole amounts 1000..3499, except row 2000 (0-based 1999): 1200.50.
    for (let i = 0; i < 2500; i += 1) lines.push(`D${i};${i === 1999 ? '1200.50' : 1000 + i};Closed Won`);
    const file = new File([`${lines.join('\n')}\n`], 'late-dot.csv');
    const prepared = await prepareUpload(db, file, { uploadId: 1, kind: 'deals', fileName: file.name });
    expect(prepared.detection.formats.numbers[1]).toBe('dot');
    await commitUpload(db, prepared, {
      mapping: prepared.mapping,
      formats: prepared.detection.formats,
      closedWonAssumed: false,
    });
    const [row] = await db.query<{ total: number }>(`SELECT sum(amount) AS total FROM deals`);
    // Sum of 1000..3499 is 2500 × 2249.5 = 5,623,750; row 1999 holds 1200.50 instead of 2999.
    expect(row?.total).toBeCloseTo(5_623_750 - 2999 + 1200.5, 6);
  });
});
