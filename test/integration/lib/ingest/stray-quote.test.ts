import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { problemGroups } from '../../../../src/lib/ingest/problem-groups';
import { problemsCsv } from '../../../../src/lib/ingest/problems';
import { freshDb, load } from '../../../support/db';

/**
 * A value that opens a quote and never closes it costs its own row, not the rows below it. The
 * files are written here; every expectation is counted from how they are written.
 */
const dir = mkdtempSync(join(tmpdir(), 'leadgap-stray-quote-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'Lead ID,Created Date,Company,Lead Source';
const good = (i: number) => `L-${i},2026-04-${String((i % 28) + 1).padStart(2, '0')},Company ${i},Web`;

function write(name: string, records: number, bad: Record<number, string>, eol = '\n'): string {
  const lines = [HEADER];
  for (let i = 1; i <= records; i++) lines.push(bad[i] ?? good(i));
  const path = join(dir, name);
  writeFileSync(path, lines.join(eol) + eol);
  return path;
}

let db: Db;
beforeAll(async () => {
  db = await freshDb();
});

describe('103 records, the third opening a quote it never closes', () => {
  const bad = 'L-3,2026-04-04,"Acme Inc,Web';
  const path = write('leads-stray-quote.csv', 103, { 3: bad });

  it('loads the 102 good records and refuses record 3 alone, at row 4 (the header is row 1)', async () => {
    const { prepared, report } = await load(db, 'leads', path);
    expect(report.rowsRead).toBe(103);
    expect(report.rowsLoaded).toBe(102);
    expect(report.rowsRejected).toBe(1);
    expect(report.rowsLoaded + report.rowsRejected).toBe(report.rowsRead);
    expect(report.rejected).toEqual([
      {
        row: 4,
        line: bad,
        problem:
          'This row opens a quote (") in its “Company” value and never closes it (the rows below it were read); it was not loaded. Fix it in the file and upload it again.',
      },
    ]);
    const rows = await db.query<{ lead_id: string; _row: number; company: string }>(
      `SELECT lead_id, _row, company FROM leads WHERE _upload = ${prepared.uploadId} ORDER BY _row`,
    );
    expect(rows.map((r) => r.lead_id)).toEqual(
      Array.from({ length: 103 }, (_, i) => `L-${i + 1}`).filter((id) => id !== 'L-3'),
    );
    // Each loaded record keeps its own spreadsheet row: L-n is on row n + 1.
    for (const r of rows) expect(r._row, r.lead_id).toBe(Number(r.lead_id.slice(2)) + 1);
    expect(rows.find((r) => r.lead_id === 'L-4')?.company).toBe('Company 4');
  });

  it('names file, row and column in the problems list and on the page', async () => {
    const { prepared, report } = await load(db, 'leads', path);
    const csv = await problemsCsv(db, [{ uploadId: prepared.uploadId, fileName: report.fileName }]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.data).toEqual([
      {
        file: 'leads-stray-quote.csv',
        row: '4',
        column: 'Company',
        problem: report.rejected[0]?.problem,
        content: bad,
      },
    ]);
    const groups = await problemGroups(db, 'leads', prepared.uploadId);
    expect(groups.rows).toHaveLength(1);
    expect(groups.rows[0]?.count).toBe(1);
    expect(groups.rows[0]?.examples).toEqual([{ row: 4, text: bad }]);
    expect(groups.rows[0]?.explanation).toMatch(/“Company” value and never closes it/);
  });
});

describe('several unclosed quotes, a value that spans lines and CRLF breaks', () => {
  it('refuses each bad line alone and numbers rows after the multi-line value as records', async () => {
    const multi = 'L-2,2026-04-03,"Acme\r\nwith a note, on two lines",Web';
    const path = write(
      'leads-stray-crlf.csv',
      40,
      { 2: multi, 10: 'L-10,"2026-04-11,Company 10,Web', 25: 'L-25,2026-04-26,Company 25,"Web' },
      '\r\n',
    );
    const { report } = await load(db, 'leads', path);
    expect(report.rowsRead).toBe(40);
    expect(report.rowsRejected).toBe(2);
    expect(report.rowsLoaded).toBe(38);
    // Records, as a spreadsheet shows them: the two-line value is one row.
    expect(report.rejected.map((r) => r.row)).toEqual([11, 26]);
    expect(report.rejected[0]?.problem).toMatch(/“Created Date” value/);
    expect(report.rejected[1]?.problem).toMatch(/“Lead Source” value/);
    const [note] = await db.query<{ company: string }>(
      `SELECT company FROM leads WHERE lead_id = 'L-2' AND _file = 'leads-stray-crlf.csv'`,
    );
    expect(note?.company).toBe('Acme\r\nwith a note, on two lines');
  });
});

describe('an unclosed quote with no other quote below it, in a file over 2 MB', () => {
  it('still costs only its own record', async () => {
    const path = write('leads-stray-big.csv', 60_000, { 3: 'L-3,2026-04-04,"Acme Inc,Web' });
    const { report } = await load(db, 'leads', path);
    expect(report.rowsRead).toBe(60_000);
    expect(report.rowsLoaded).toBe(59_999);
    expect(report.rejected.map((r) => r.row)).toEqual([4]);
  });
});
