/**
 * Rows whose every value is blank (",,,,": Excel saves a used-then-cleared row so) are refused as
 * empty, never loaded as leads or won deals: rows read = loaded + refused, each refused row named
 * by its spreadsheet row, and the rows around them keep their own numbers. Expected figures are
 * counted by hand from the files below.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import type { TableKind } from '../../../../src/lib/ingest/fields';
import { problemGroups } from '../../../../src/lib/ingest/problem-groups';
import { freshDb, loadText } from '../../../support/db';

const load = async (db: Db, kind: TableKind, name: string, text: string) =>
  (await loadText(db, kind, name, text)).report;

// Spreadsheet rows: 1 header, 2 lead 1, 3 lead 2, 4 empty, 5 lead 3 (bad date), 6 and 7 empty.
const LEADS = `Lead ID,Created Date,Email,Lead Status
1,2024-03-04,a@a.com,New
2,2024-03-05,b@b.com,Working
,,,
3,TBD,c@c.com,Working
,,,
,,,
`;

describe('empty rows in a leads file', () => {
  it('are refused, not loaded as leads, each named by its row', async () => {
    const db = await freshDb();
    const report = await load(db, 'leads', 'leads.csv', LEADS);
    expect({ read: report.rowsRead, loaded: report.rowsLoaded, rejected: report.rowsRejected }).toEqual({
      read: 6,
      loaded: 3,
      rejected: 3,
    });
    expect(report.rejected.map((r) => r.row)).toEqual([4, 6, 7]);
    expect(report.rejected[0]?.problem).toMatch(/empty.*skipped/i);
    const [leads] = await db.query<{ n: number; ids: string }>(
      `SELECT count(*) AS n, string_agg(lead_id, ',' ORDER BY _key) AS ids FROM leads`,
    );
    expect(leads).toEqual({ n: 3, ids: '1,2,3' });
  });

  it('leave the other rows their spreadsheet numbers (the bad date is on row 5)', async () => {
    const db = await freshDb();
    const report = await load(db, 'leads', 'leads.csv', LEADS);
    expect(report.valueIssues.map((issue) => [issue.row, issue.value])).toEqual([[5, 'TBD']]);
    const rows = await db.query<{ row: number }>('SELECT _row AS row FROM leads ORDER BY _key');
    expect(rows.map((r) => r.row)).toEqual([2, 3, 5]);
  });

  it('are grouped on the page as skipped rows, apart from rows the reader could not split', async () => {
    const db = await freshDb();
    // Row 3 has one value too many: the reader refuses it; rows 4 and 6 are empty.
    const text =
      'Lead ID,Created Date,Email\n1,2024-03-04,a@a.com\n2,2024-03-05,b@b.com,extra\n,,\n4,2024-03-07,d@d.com\n,,\n';
    const report = await load(db, 'leads', 'leads.csv', text);
    expect(report.rejected.map((r) => r.row)).toEqual([3, 4, 6]);
    const groups = await problemGroups(db, 'leads', report.uploadId);
    const byType = Object.fromEntries(groups.rows.map((g) => [g.errorType, g.examples.map((e) => e.row)]));
    expect(byType).toEqual({ 'EMPTY ROW': [4, 6], 'TOO MANY COLUMNS': [3] });
    const rows = await db.query<{ row: number }>('SELECT _row AS row FROM leads ORDER BY _key');
    expect(rows.map((r) => r.row)).toEqual([2, 5]);
  });
});

describe('empty rows in a closed-won deals file', () => {
  it('are not counted as won deals', async () => {
    const db = await freshDb();
    const text =
      'Deal ID,Email,Amount,Close Date\n10,a@a.com,100,2024-03-10\n,,,\n11,b@b.com,200,2024-03-11\n12,c@c.com,400,2024-03-12\n,,,\n';
    const report = await load(db, 'deals', 'deals.csv', text);
    expect({ loaded: report.rowsLoaded, rejected: report.rowsRejected }).toEqual({ loaded: 3, rejected: 2 });
    const [won] = await db.query<{ n: number; amount: number }>(
      `SELECT count(*) AS n, sum(amount) AS amount FROM deals WHERE outcome = 'won'`,
    );
    expect(won).toEqual({ n: 3, amount: 700 });
  });
});

describe('the header row again, further down (two exports pasted one under the other)', () => {
  // Rows: 1 header, 2–3 January's leads, 4 the header again, 5–6 February's leads.
  const TWO_EXPORTS = `Lead ID,Created Date,Lead Source,Lead Status,Email
1,2024-01-04,Web,New,a@a.com
2,2024-01-05,Referral,Working,b@b.com
Lead ID,Created Date,Lead Source,Lead Status,Email
3,2024-02-04,Web,Working,c@c.com
4,2024-02-05,Partner,New,d@d.com
`;

  it('is refused as a repeated header, not loaded as a lead with the source "Lead Source"', async () => {
    const db = await freshDb();
    const report = await load(db, 'leads', 'two-months.csv', TWO_EXPORTS);
    expect({
      loaded: report.rowsLoaded,
      rejected: report.rowsRejected,
      issues: report.valueIssueCount,
    }).toEqual({
      loaded: 4,
      rejected: 1,
      issues: 0,
    });
    expect(report.rejected.map((r) => [r.row, r.line])).toEqual([
      [4, 'Lead ID,Created Date,Lead Source,Lead Status,Email'],
    ]);
    expect(report.rejected[0]?.problem).toMatch(/repeats the header row.*skipped\. Nothing to fix\.$/);
    const sources = await db.query<{ source: string }>('SELECT DISTINCT source FROM leads ORDER BY source');
    expect(sources.map((r) => r.source)).toEqual(['Partner', 'Referral', 'Web']);
    const rows = await db.query<{ row: number }>('SELECT _row AS row FROM leads ORDER BY _key');
    expect(rows.map((r) => r.row)).toEqual([2, 3, 5, 6]);
  });

  it('keeps a lead whose one value is its column’s name (a source called "Source")', async () => {
    const db = await freshDb();
    const text = 'Lead ID,Created Date,Source\n1,2024-01-04,Source\n2,2024-01-05,Web\n';
    const report = await load(db, 'leads', 'leads.csv', text);
    expect({ loaded: report.rowsLoaded, rejected: report.rowsRejected }).toEqual({ loaded: 2, rejected: 0 });
  });
});

describe('a board exported by monday.com: each group under its title and its own header row', () => {
  // Rows: 1 the board, 2 blank, 3 the first group's title, 4 header, 5–6 items, 7 empty,
  // 8 the second group's title, 9 its header, 10 its item.
  const BOARD = `Leads board,,,,
,,,,
New leads,,,,
Name,Email,Owner,Lead Status,Created Date
Ann Lee,ann@acme.com,Rachel,New,2024-03-01
Bob Ray,bob@beta.io,Ross,Working,2024-03-02
,,,,
Contacted,,,,
Name,Email,Owner,Lead Status,Created Date
Cat Kim,cat@gamma.com,Ross,Contacted,2024-03-03
`;

  it('loads the items only: a later group’s title is skipped with its header, not loaded as a lead', async () => {
    const db = await freshDb();
    const report = await load(db, 'leads', 'leads-board.csv', BOARD);
    expect({ read: report.rowsRead, loaded: report.rowsLoaded, rejected: report.rowsRejected }).toEqual({
      read: 6,
      loaded: 3,
      rejected: 3,
    });
    expect(report.rejected.map((r) => [r.row, r.line])).toEqual([
      [7, ',,,,'],
      [8, 'Contacted'],
      [9, 'Name,Email,Owner,Lead Status,Created Date'],
    ]);
    expect(report.rejected[1]?.problem).toMatch(/title of the group.*skipped\. Nothing to fix\.$/);
    const emails = await db.query<{ email: string }>('SELECT email FROM leads ORDER BY _key');
    expect(emails.map((r) => r.email)).toEqual(['ann@acme.com', 'bob@beta.io', 'cat@gamma.com']);
  });

  it('keeps a lead with one value when no header follows it', async () => {
    const db = await freshDb();
    const text = 'Name,Email,Lead Status,Created Date\nAnn Lee,ann@acme.com,New,2024-03-01\nZed,,,\n';
    const report = await load(db, 'leads', 'leads.csv', text);
    expect({ loaded: report.rowsLoaded, rejected: report.rowsRejected }).toEqual({ loaded: 2, rejected: 0 });
  });
});
