/**
 * Freshsales' contacts export writes "Last contacted time" (the field map in headers/freshsales.ts'
 * sources), which was not known: a lead e-mailed 20 minutes after it came in counted as never
 * followed up. Counted by hand: A and B followed up (B also by status), C never.
 */
import { expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';

it('reads "Last contacted time" as the last sales activity', async () => {
  const db = await freshDb();
  const { prepared } = await loadText(
    db,
    'leads',
    'contacts.csv',
    [
      'First name,Last name,Created at,Sales owner,Status,Last contacted time,Last contacted mode',
      'A,One,2025-03-10 09:00:00,Ann,New,2025-03-10 09:20:00,Email',
      'B,Two,2025-03-10 09:00:00,Ann,Contacted,2025-03-10 10:00:00,Phone',
      'C,Three,2025-03-10 09:00:00,Ann,New,,',
      '',
    ].join('\n'),
  );
  expect(prepared.sniffed.headers[prepared.mapping['last_touch_at'] ?? -1]).toBe('Last contacted time');
  const rows = await db.query<{ at: string | null }>(
    `SELECT strftime(last_touch_at, '%Y-%m-%d %H:%M') AS at FROM leads ORDER BY _key`,
  );
  expect(rows.map((r) => r.at)).toEqual(['2025-03-10 09:20', '2025-03-10 10:00', null]);
});
