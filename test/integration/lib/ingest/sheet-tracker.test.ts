/**
 * A lead tracker kept by hand in Google Sheets and downloaded as CSV: each date stays as it was typed
 * (3/1/2024 beside 2024-03-07), and notes sit under the data after a blank row, which the download
 * writes as separators alone (",,,,,"). Expected figures are counted by hand from the file.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';

const LEADS = `Date,Name,Email,Source,Owner,Status
3/1/2024,Ann Lee,ann@acme.com,Website,Jo,Contacted
3/4/2024,Bob Ray,bob@beta.io,Event,Jo,New
3/5/2024,Cat Kim,cat@gamma.com,Website,Sam,Qualified
3/13/2024,Dan Orr,dan@delta.com,Referral,Sam,New
2024-03-07,Eve Fox,eve@eps.com,Event,Jo,Contacted
2024-03-08,Fay Gu,fay@zeta.com,Website,Sam,New
2024-03-11,Gus Ho,gus@eta.com,Referral,Jo,Contacted
2024-03-14,Hal Ito,hal@theta.com,Website,Sam,Qualified
,,,,,
Notes: trade show leads are tagged Event,,,,,
Updated 3/15/2024 by Jo,,,,,
`;

describe('a Google Sheets lead tracker', () => {
  it('reads every date, both forms, and leaves the notes under the data out', async () => {
    const db = await freshDb();
    const { report } = await loadText(db, 'leads', 'Lead tracker - Leads.csv', LEADS);
    expect({
      read: report.rowsRead,
      loaded: report.rowsLoaded,
      rejected: report.rowsRejected,
      footer: report.footerLines,
      issues: report.valueIssueCount,
    }).toEqual({ read: 8, loaded: 8, rejected: 0, footer: 2, issues: 0 });
    const dates = await db.query<{ d: string }>(
      `SELECT strftime(created_at, '%Y-%m-%d') AS d FROM leads ORDER BY _key`,
    );
    expect(dates.map((r) => r.d)).toEqual([
      '2024-03-01',
      '2024-03-04',
      '2024-03-05',
      '2024-03-13',
      '2024-03-07',
      '2024-03-08',
      '2024-03-11',
      '2024-03-14',
    ]);
  });

  it('leaves out a totals row above the notes too', async () => {
    const db = await freshDb();
    const text = LEADS.replace(',,,,,\nNotes', 'TOTAL,,8,,,\n,,,,,\nNotes');
    const { report } = await loadText(db, 'leads', 'tracker.csv', text);
    expect({ loaded: report.rowsLoaded, footer: report.footerLines }).toEqual({ loaded: 8, footer: 3 });
  });
});
