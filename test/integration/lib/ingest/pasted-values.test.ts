/**
 * Values pasted from a web page or an e-mail into a sheet carry no-break spaces around them: they
 * are trimmed as spaces are, so a deal's "b@x.com\u00a0" links to the lead b@x.com and a source
 * "Web\u00a0" is the source Web (expected links counted by hand from the files).
 */
import { expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';

const NBSP = '\u00a0';

it('trims no-break spaces like spaces: deals link by e-mail, sources group as one', async () => {
  const db = await freshDb();
  await loadText(
    db,
    'leads',
    'leads.csv',
    `Created Date,Email,Lead Source\n2024-03-04,a@x.com,Web\n2024-03-05,b@x.com,Web${NBSP}\n2024-03-06,c@x.com,${NBSP}Referral\n`,
  );
  await loadText(
    db,
    'deals',
    'deals.csv',
    `Deal ID,Email,Stage,Amount\n1,a@x.com,Closed Won,100\n2,b@x.com${NBSP},Closed Won,200\n3,${NBSP}c@x.com${NBSP},Closed Lost,300\n`,
  );
  const [matched] = await db.query<{ n: number }>('SELECT count(*) AS n FROM deal_matches');
  expect(matched?.n).toBe(3);
  const sources = await db.query<{ source: string; n: number }>(
    'SELECT source, count(*) AS n FROM leads GROUP BY source ORDER BY source',
  );
  expect(sources).toEqual([
    { source: 'Referral', n: 1 },
    { source: 'Web', n: 2 },
  ]);
});
