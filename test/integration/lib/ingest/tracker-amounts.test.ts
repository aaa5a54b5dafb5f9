/**
 * Amounts as spreadsheets and localised exports write them, read to the figure a person reads in
 * them (expected values written by hand from each file): a k/M suffix scales, whole amounts grouped
 * in thousands decide the separator, and a column mapped by hand on the mapping screen gets its
 * separator judged like one the app mapped itself.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { freshDb, loadText } from '../../../support/db';

/** Loads a deals file; `byHand` maps headers to fields as a user does on the mapping screen. */
async function loadDeals(name: string, text: string, byHand: Record<string, string> = {}) {
  const db = await freshDb();
  return { db, ...(await loadText(db, 'deals', name, text, byHand)) };
}

const amounts = async (db: Db) =>
  (await db.query<{ amount: number | null }>('SELECT amount FROM deals ORDER BY _key')).map((r) => r.amount);

describe('amounts with a thousand or million suffix', () => {
  it('scale the figure instead of dropping the letter', async () => {
    const { db, report } = await loadDeals(
      'tracker-deals.csv',
      'Deal ID,Email,Stage,Amount\n10,a@a.com,Closed Won,$12k\n11,b@b.com,Closed Won,$3.5k\n' +
        '12,c@c.com,Closed Lost,"$8,000"\n13,d@d.com,Closed Won,1.2M\n14,e@e.com,Open,2 Mio €\n15,f@f.com,Open,950\n',
    );
    expect(await amounts(db)).toEqual([12_000, 3_500, 8_000, 1_200_000, 2_000_000, 950]);
    expect(report.rowsRead).toBe(6);
    expect(report.valueIssueCount).toBe(0);
  });

  it('read every suffix in either case, and only where it ends the word', async () => {
    const { db, report } = await loadDeals(
      'suffixes.csv',
      'Deal ID,Email,Stage,Amount\n1,a@a.com,Closed Won,$2bn\n2,b@b.com,Closed Won,$1.5MM\n' +
        '3,c@c.com,Closed Won,$7K\n4,d@d.com,Closed Won,$4 mn\n5,e@e.com,Closed Won,$3 BN\n' +
        '6,f@f.com,Closed Won,$2 kilo\n7,g@g.com,Closed Won,$6 km\n',
    );
    // "kilo" and "km" go on with a letter: not a suffix, so their letters are dropped.
    expect(await amounts(db)).toEqual([2_000_000_000, 1_500_000, 7_000, 4_000_000, 3_000_000_000, 2, 6]);
    expect(report.valueIssueCount).toBe(0);
  });
});

describe('a negative amount written with a typographic minus', () => {
  it('stays negative', async () => {
    const { db, report } = await loadDeals(
      'refunds.csv',
      'Deal ID,Email,Stage,Amount\n1,a@a.com,Closed Won,"−1,200.00"\n2,b@b.com,Closed Won,300\n',
    );
    expect(await amounts(db)).toEqual([-1_200, 300]);
    expect(report.valueIssueCount).toBe(0);
  });
});

describe('amounts in Excel’s accounting format, saved as CSV', () => {
  it('read a lone dash as zero and a figure in brackets as negative, the currency outside or in', async () => {
    const { db, report } = await loadDeals(
      'accounting.csv',
      'Deal ID,Email,Stage,Amount\n1,a@a.com,Closed Won," $ 1,200.00 "\n2,b@b.com,Closed Won, $ -   \n' +
        '3,c@c.com,Closed Won,-\n4,d@d.com,Closed Won," $ (500.00)"\n5,e@e.com,Closed Won,($75)\n',
    );
    expect(await amounts(db)).toEqual([1_200, 0, 0, -500, -75]);
    expect(report.valueIssueCount).toBe(0);
  });
});

describe('whole amounts grouped in thousands', () => {
  it('read "12.000 €" in a comma-separated file as twelve thousand', async () => {
    const { db } = await loadDeals(
      'deals-de.csv',
      'Deal ID,Email,Stage,Amount\n1,a@a.com,Won,12.000 €\n2,b@b.com,Won,5.000 €\n3,c@c.com,Lost,7.500 €\n4,d@d.com,Won,900 €\n',
    );
    expect(await amounts(db)).toEqual([12_000, 5_000, 7_500, 900]);
  });

  it('read "12,000" in a semicolon-separated file as twelve thousand', async () => {
    const { db } = await loadDeals(
      'deals-semicolon.csv',
      'Deal ID;Email;Stage;Amount\n1;a@a.com;Won;12,000\n2;b@b.com;Won;1,250,000\n3;c@c.com;Lost;400\n',
    );
    expect(await amounts(db)).toEqual([12_000, 1_250_000, 400]);
  });

  it('leave a semicolon file’s decimal comma as it was ("12,50" proves it)', async () => {
    const { db } = await loadDeals(
      'deals-eu.csv',
      'Deal ID;Email;Stage;Amount\n1;a@a.com;Won;12,50\n2;b@b.com;Won;1.234,50\n3;c@c.com;Lost;7\n',
    );
    expect(await amounts(db)).toEqual([12.5, 1234.5, 7]);
  });
});

describe('an amount column mapped by hand', () => {
  it('is read with the separator its values prove, as a column mapped by the app is', async () => {
    const text =
      'Name;Betrag;Phase;E-Mail\nAcme;12.000,00 €;Gewonnen;a@a.com\nBeta;7.500,50 €;Gewonnen;b@b.com\n' +
      'Gamma;1.250,00 €;Verloren;c@c.com\n';
    const { db, prepared, report } = await loadDeals('deals-de-headers.csv', text, {
      Betrag: 'amount',
      Phase: 'outcome',
    });
    // The app did not map these headers itself: the user did, on the mapping screen.
    expect(prepared.mapping['amount']).toBeUndefined();
    expect(await amounts(db)).toEqual([12_000, 7_500.5, 1_250]);
    expect(report.choice.formats.numbers[1]).toBe('comma');
    const outcomes = await db.query<{ outcome: string }>('SELECT outcome FROM deals ORDER BY _key');
    expect(outcomes.map((r) => r.outcome)).toEqual(['won', 'won', 'lost']);
  });
});
