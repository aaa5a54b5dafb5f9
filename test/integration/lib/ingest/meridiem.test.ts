/**
 * Times written "a.m." and "p.m." (Canadian English, as Windows writes them there) are read as AM
 * and PM; before, every value of such a column was refused. Expected times are read off the file
 * by hand.
 */
import { expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';

const TEXT = [
  'Lead ID,Created Date,Email',
  'L1,3/4/2024 10:15 a.m.,a@x.com',
  'L2,3/15/2024 2:30 p.m.,b@x.com',
  'L3,3/16/2024 12:05 a.m.,c@x.com',
  'L4,3/17/2024 11:59 P.M.,d@x.com',
  '',
].join('\n');

it('reads a.m. and p.m. as AM and PM, every value', async () => {
  const db = await freshDb();
  const { report } = await loadText(db, 'leads', 'leads-en-ca.csv', TEXT);
  expect(report.valueIssueCount).toBe(0);
  const rows = await db.query<{ at: string }>(
    `SELECT strftime(created_at, '%Y-%m-%d %H:%M') AS at FROM leads ORDER BY _key`,
  );
  expect(rows.map((r) => r.at)).toEqual([
    '2024-03-04 10:15',
    '2024-03-15 14:30',
    '2024-03-16 00:05',
    '2024-03-17 23:59',
  ]);
});
