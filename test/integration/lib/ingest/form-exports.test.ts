/**
 * Lead files from forms and ad platforms (headers/forms.ts): the time the form was sent is the
 * lead's creation date. Before, each loaded with no creation date ("No column was recognised as the
 * date the lead was created"): no as-of date, no periods, no ages. Shapes from the vendors' docs
 * named in headers/forms.ts; dates read off the files by hand.
 */
import { describe, expect, it } from 'vitest';
import { freshDb, loadText } from '../../../support/db';

const CASES = [
  {
    name: 'Google Forms responses',
    file: 'Lead form (Responses) - Form Responses 1.csv',
    text: 'Timestamp,Email Address,Full name,Company\n3/1/2024 10:22:33,a@x.com,Ann A,Acme\n3/13/2024 17:45:12,c@x.com,Cy C,Gamma\n',
    header: 'Timestamp',
    dates: ['2024-03-01 10:22:33', '2024-03-13 17:45:12'],
    email: 'Email Address',
  },
  {
    name: 'Typeform',
    file: 'responses-AbC123.csv',
    text:
      '#,What is your email?,utm_source,Start Date (UTC),Submit Date (UTC),Network ID\n' +
      'k1,a@x.com,google,2024-10-05 02:40:01,2024-10-05 02:41:38,n1\n' +
      'k2,b@x.com,linkedin,2024-10-06 11:00:00,2024-10-06 11:03:09,n2\n',
    header: 'Submit Date (UTC)',
    dates: ['2024-10-05 02:41:38', '2024-10-06 11:03:09'],
    email: null,
  },
  {
    name: 'LinkedIn Lead Gen Forms',
    file: 'linkedin-leads.csv',
    text:
      'Lead ID,First name,Last name,Email address,Company name,Campaign name,Submitted at (UTC)\n' +
      '7001,Ann,A,a@x.com,Acme,Q1 ABM,2024-02-29 08:00:00\n',
    header: 'Submitted at (UTC)',
    dates: ['2024-02-29 08:00:00'],
    email: 'Email address',
  },
  {
    name: 'Calendly events',
    file: 'calendly-events-export.csv',
    text:
      'Invitee Name,Invitee Email,Event Type Name,Start Date & Time,Event Created Date & Time\n' +
      'Ann A,a@x.com,Intro call,2024-03-04 10:00 am,2024-03-01 09:15 pm\n' +
      'Bob B,b@x.com,Intro call,2024-03-05 02:30 pm,2024-03-02 12:05 am\n',
    header: 'Event Created Date & Time',
    dates: ['2024-03-01 21:15:00', '2024-03-02 00:05:00'],
    email: 'Invitee Email',
  },
];

describe('lead files from forms and ad platforms', () => {
  it.each(CASES)(
    '$name: the time sent is the creation date',
    async ({ file, text, header, dates, email }) => {
      const db = await freshDb();
      const { prepared, report } = await loadText(db, 'leads', file, text);
      const mapped = (field: string) => prepared.sniffed.headers[prepared.mapping[field] ?? -1] ?? null;
      expect(mapped('created_at')).toBe(header);
      if (email) expect(mapped('email')).toBe(email);
      expect(report.valueIssueCount).toBe(0);
      const rows = await db.query<{ at: string }>(
        `SELECT strftime(created_at, '%Y-%m-%d %H:%M:%S') AS at FROM leads ORDER BY _key`,
      );
      expect(rows.map((r) => r.at)).toEqual(dates);
    },
  );
});
