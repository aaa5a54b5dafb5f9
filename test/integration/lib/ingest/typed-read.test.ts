import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { commitUpload, prepareUpload, type LoadReport } from '../../../../src/lib/ingest/pipeline';
import { freshDb } from '../../../support/db';
import { recordingDb } from '../../../support/recording-db';

// The CSV reader types the date and number columns whose first values all read one way
// (typed-read.ts); the lines it refuses on a cast are read again the full way. Every expectation
// below is known by construction of the file, row by row: the same values, rows and problems as
// reading every value as text.

async function loadText(db: Db, text: string, kind: 'leads' | 'deals', uploadId: number) {
  const file = new File([text], `${kind}.csv`);
  const prepared = await prepareUpload(db, file, { uploadId, kind, fileName: file.name });
  return commitUpload(db, prepared, {
    mapping: prepared.mapping,
    formats: prepared.detection.formats,
    closedWonAssumed: false,
  });
}

const HEADER = 'Lead ID,Created Date,Lead Source,Company,Number of times contacted,Last Activity';
const CLEAN_ROWS = 300;

/** Data row i (0-based) sits on file row i + 2; the odd rows are listed in ODD by lead id. */
function leadsCsv(): string {
  const lines = [HEADER];
  for (let i = 0; i < CLEAN_ROWS; i += 1) {
    const day = (i % 28) + 1;
    lines.push(`L${i},3/${day}/2025 9:15 AM,Web,Acme ${i},${i % 4},3/${day}/2025`);
  }
  // Rows the reader refuses on a cast; the full reading reads or reports them.
  lines.push('S1, 3/5/2025 9:15 AM ,Web,Spaces,2,3/5/2025'); // file row 302
  lines.push('S2,3/6/2025 14:30,Web,"Multi\nline Inc.",1,3/6/2025'); // 303 (one record, two lines)
  lines.push('S3,soon,Web,Bad Date,1,3/7/2025'); // 304
  lines.push('S4,3/8/2025 10:00 AM,Web,Grouped,"1,234.5",3/8/2025'); // 305
  lines.push('S5,3/9/2025 10:00 AM,Web,Word,abc,never'); // 306
  lines.push('X1,3/9/2025 10:00 AM,Web,Too,1,3/9/2025,extra,values'); // 307: cannot be split
  lines.push('L300,3/10/2025 11:45 PM,Ads,After,3,3/10/2025'); // 308
  return `${lines.join('\n')}\n`;
}

describe('typing in the CSV reader, with the refused lines read again', () => {
  let db: Db;
  let statements: string[];
  let report: LoadReport;

  beforeAll(async () => {
    const recorded = recordingDb(await freshDb());
    db = recorded.db;
    statements = recorded.statements;
    report = await loadText(db, leadsCsv(), 'leads', 1);
  });

  it('typed the date and number columns in the reader', () => {
    const load = statements.find((s) => s.startsWith('CREATE OR REPLACE TABLE leads_1 AS'));
    expect(load).toContain(`timestampformat = '%m/%d/%Y %I:%M %p'`);
    expect(load).toContain(`dateformat = '%m/%d/%Y'`);
    expect(load).toContain(`'c4': 'DOUBLE'`);
  });

  it('counts every row: read = loaded + refused, and only the unsplittable line is refused', () => {
    expect(report.rowsLoaded).toBe(CLEAN_ROWS + 6);
    expect(report.rowsRejected).toBe(1);
    expect(report.rowsRead).toBe(CLEAN_ROWS + 7);
    expect(report.rejected.map((r) => r.row)).toEqual([307]);
  });

  it('reads the refused values the full way, as text typing does', async () => {
    const rows = await db.query<{
      id: string;
      created: string | null;
      touches: number | null;
      last: string | null;
      company: string;
    }>(
      `SELECT lead_id AS id, strftime(created_at, '%Y-%m-%d %H:%M') AS created, touches,
              strftime(last_touch_at, '%Y-%m-%d') AS last, company
       FROM leads WHERE lead_id LIKE 'S%' OR lead_id IN ('L0', 'L300') ORDER BY _row`,
    );
    expect(rows).toEqual([
      { id: 'L0', created: '2025-03-01 09:15', touches: 0, last: '2025-03-01', company: 'Acme 0' },
      { id: 'S1', created: '2025-03-05 09:15', touches: 2, last: '2025-03-05', company: 'Spaces' },
      { id: 'S2', created: '2025-03-06 14:30', touches: 1, last: '2025-03-06', company: 'Multi\nline Inc.' },
      { id: 'S3', created: null, touches: 1, last: '2025-03-07', company: 'Bad Date' },
      { id: 'S4', created: '2025-03-08 10:00', touches: 1234.5, last: '2025-03-08', company: 'Grouped' },
      { id: 'S5', created: '2025-03-09 10:00', touches: null, last: null, company: 'Word' },
      { id: 'L300', created: '2025-03-10 23:45', touches: 3, last: '2025-03-10', company: 'After' },
    ]);
  });

  it('keeps each row on its file row and the rows in file order', async () => {
    const rows = await db.query<{ id: string; row: number }>(
      `SELECT lead_id AS id, _row AS row FROM leads WHERE lead_id IN ('L0', 'L299', 'S1', 'S2', 'S3', 'S5', 'L300') ORDER BY _key`,
    );
    expect(rows).toEqual([
      { id: 'L0', row: 2 },
      { id: 'L299', row: 301 },
      { id: 'S1', row: 302 },
      { id: 'S2', row: 303 },
      { id: 'S3', row: 304 },
      { id: 'S5', row: 306 },
      { id: 'L300', row: 308 },
    ]);
    const [order] = await db.query<{ sorted: boolean }>(
      `SELECT bool_and(prev IS NULL OR prev < _row) AS sorted FROM (SELECT _row, lag(_row) OVER (ORDER BY _key) AS prev FROM leads)`,
    );
    expect(order?.sorted).toBe(true);
  });

  it('lists the unreadable values with their row, column and text', () => {
    expect(report.valueIssues.map(({ row, column, value }) => ({ row, column, value }))).toEqual([
      { row: 304, column: 'Created Date', value: 'soon' },
      { row: 306, column: 'Last Activity', value: 'never' },
      { row: 306, column: 'Number of times contacted', value: 'abc' },
    ]);
  });

  it('leaves no cast refusal in the rejected rows', async () => {
    const [left] = await db.query<{ n: number }>(
      `SELECT count(*) AS n FROM rejects_1 WHERE error_type = 'CAST'`,
    );
    expect(left?.n).toBe(0);
  });
});

describe('a deals file whose amounts the reader types', () => {
  // '$' stays '$': it names no one currency (fields.ts).
  it('takes the currency written with an amount it refused, and none from a plain one', async () => {
    const lines = ['Opportunity ID,Email,Created Date,Close Date,Stage,Amount'];
    for (let i = 0; i < 50; i += 1)
      lines.push(`D${i},a${i}@x.com,3/1/2025,3/20/2025,Closed Won,${100 + i}.50`);
    lines.push('D50,b@x.com,3/1/2025,3/20/2025,Closed Won,€300');
    lines.push('D51,c@x.com,3/1/2025,3/20/2025,Closed Lost,"$1,500.00"');
    const db = await freshDb();
    const report = await loadText(db, `${lines.join('\n')}\n`, 'deals', 2);
    expect(report.rowsLoaded).toBe(52);
    const rows = await db.query<{ id: string; amount: number; currency: string | null }>(
      `SELECT deal_id AS id, amount, currency FROM deals WHERE deal_id IN ('D0', 'D49', 'D50', 'D51') ORDER BY _row`,
    );
    expect(rows).toEqual([
      { id: 'D0', amount: 100.5, currency: null },
      { id: 'D49', amount: 149.5, currency: null },
      { id: 'D50', amount: 300, currency: 'EUR' },
      { id: 'D51', amount: 1500, currency: '$' },
    ]);
  });
});

describe('two-digit years', () => {
  it('are read through their %y pattern by the reader, as 20xx', async () => {
    const lines = ['Lead ID,Created Date,Lead Source'];
    for (let i = 0; i < 40; i += 1) lines.push(`L${i},${(i % 28) + 1}-03-24,Web`);
    lines.push('L40,25-03-24,Ads'); // day 25: the column is day-first
    const recorded = recordingDb(await freshDb());
    const report = await loadText(recorded.db, `${lines.join('\n')}\n`, 'leads', 3);
    const loads = recorded.statements.filter((s) => s.startsWith('CREATE OR REPLACE TABLE leads_3 AS'));
    // One read: the reader's values were kept, the file was not typed again as text.
    expect(loads).toHaveLength(1);
    expect(loads[0]).toContain(`dateformat = '%d-%m-%y'`);
    expect(report.rowsLoaded).toBe(41);
    const [row] = await recorded.db.query<{ first: string; last: string; dated: number }>(
      `SELECT strftime(min(created_at), '%Y-%m-%d') AS first, strftime(max(created_at), '%Y-%m-%d') AS last,
              count(created_at) AS dated FROM leads`,
    );
    expect(row).toEqual({ first: '2024-03-01', last: '2024-03-28', dated: 41 });
  });
});
