/**
 * A report sheet saved as CSV by Excel: every line padded with separators to the widest row, title
 * and filter lines above the header, a used-then-cleared row inside the data and a SUM under the
 * amounts below it. Loaded, it is the three deals a person reads in it (counted by hand).
 */
import { expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';

const TEXT = [
  'Closed deals - Q1 2024,,,',
  '"Filtered By: Stage equals Closed Won, Owner equals Ann",,,',
  ',,,',
  'Deal ID,Email,Amount,Close Date',
  '10,a@a.com,100,2024-03-10',
  '11,b@b.com,200,2024-03-11',
  ',,,',
  '12,c@c.com,400,2024-03-12',
  ',,700,',
  '',
].join('\r\n');

it('loads the three deals under the header, skips the cleared row and leaves out the SUM', async () => {
  const db = await freshDb();
  const { prepared, report } = await loadText(db, 'deals', 'closed-deals-q1.csv', TEXT);
  expect(prepared.sniffed.headers).toEqual(['Deal ID', 'Email', 'Amount', 'Close Date']);
  expect({ loaded: report.rowsLoaded, rejected: report.rowsRejected, footer: report.footerLines }).toEqual({
    loaded: 3,
    rejected: 1,
    footer: 1,
  });
  // Spreadsheet rows: titles 1–3, header 4, deals 5, 6 and 8; the cleared row is 7.
  expect(report.rejected.map((r) => r.row)).toEqual([7]);
  const [won] = await db.query<{ n: number; amount: number }>(
    `SELECT count(*) AS n, sum(amount) AS amount FROM deals WHERE outcome = 'won'`,
  );
  expect(won).toEqual({ n: 3, amount: 700 });
});
