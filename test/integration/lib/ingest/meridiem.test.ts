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

// Calendly writes its times year-month-day with a 12-hour clock; a cast has no 12-hour clock, so
// every value was refused.
const YEAR_FIRST = [
  'Lead ID,Created Date,Lead Status',
  'L1,2024-03-01 09:15 pm,New',
  'L2,2024-03-02 12:05 AM,Working',
  'L3,2024-03-03 1:05 PM,New',
  'L4,2024-03-04 07:30:15 a.m.,New',
  'L5,2024-03-05 16:45,New',
  '',
].join('\n');

it('reads year-month-day times on a 12-hour clock, every value', async () => {
  const db = await freshDb();
  const { report } = await loadText(db, 'leads', 'calendly-events.csv', YEAR_FIRST);
  expect(report.valueIssueCount).toBe(0);
  const rows = await db.query<{ at: string }>(
    `SELECT strftime(created_at, '%Y-%m-%d %H:%M:%S') AS at FROM leads ORDER BY _key`,
  );
  expect(rows.map((r) => r.at)).toEqual([
    '2024-03-01 21:15:00',
    '2024-03-02 00:05:00',
    '2024-03-03 13:05:00',
    '2024-03-04 07:30:15',
    '2024-03-05 16:45:00',
  ]);
});
