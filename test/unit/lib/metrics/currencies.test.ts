/** The currency rule of lib/metrics/currencies.ts on hand-worked rows (no DuckDB). */
import { describe, expect, it } from 'vitest';
import { currencyRows, type CurrencyFigures } from '../../../../src/lib/metrics/currencies';
import {
  currencyMix,
  prefillInOneCurrency,
  resolveCurrency,
  segmentAmounts,
} from '../../../../src/lib/metrics/currency-mix';

const figures = (rows: CurrencyFigures['rows']): CurrencyFigures => ({
  rows,
  unmatched: [],
  leads: 10,
  followed: 6,
  never: 4,
  wonLeads: 4,
});

describe('the deals’ currency', () => {
  it('is the stated one; unstated is the chosen one; a bare "$" is the chosen dollar, else USD', () => {
    expect(resolveCurrency('EUR', 'USD')).toBe('EUR');
    expect(resolveCurrency(null, 'GBP')).toBe('GBP');
    expect(resolveCurrency('$', 'CAD')).toBe('CAD');
    expect(resolveCurrency('$', 'EUR')).toBe('USD');
  });

  it('one stated currency: money is in it, not in the chosen one', () => {
    const mix = currencyMix(figures([{ currency: 'EUR', deals: 3, wonDeals: 2, wonAmount: 3234.5 }]), 'USD');
    expect(mix).toMatchObject({ currencies: ['EUR'], mixed: false, currency: 'EUR' });
  });

  it('unstated deals in the currency the file states elsewhere count as a second currency', () => {
    const mix = currencyMix(
      figures([
        { currency: null, deals: 1, wonDeals: 1, wonAmount: 100 },
        { currency: 'EUR', deals: 2, wonDeals: 2, wonAmount: 300 },
      ]),
      'USD',
    );
    expect(mix).toMatchObject({ currencies: ['EUR', 'USD'], mixed: true, currency: null });
  });

  it('splits the additive figures per currency and merges what resolves to one code', () => {
    // Won: EUR 3,500.50 (2 deals); USD 1,200 stated + 800 as "$" with USD chosen = 2,000 (2 deals).
    // An open GBP deal is not among the won currencies.
    const mix = currencyMix(
      figures([
        { currency: '$', deals: 1, wonDeals: 1, wonAmount: 800 },
        { currency: 'EUR', deals: 3, wonDeals: 2, wonAmount: 3500.5 },
        { currency: 'GBP', deals: 1, wonDeals: 0, wonAmount: 0 },
        { currency: 'USD', deals: 1, wonDeals: 1, wonAmount: 1200 },
      ]),
      'USD',
    );
    expect(mix.currencies).toEqual(['EUR', 'USD']);
    expect(mix.mixed).toBe(true);
    const [eur, usd] = mix.byCurrency;
    expect(eur).toMatchObject({ currency: 'EUR', wonDeals: 2, wonAmount: 3500.5, averageWonAmount: 1750.25 });
    expect(usd).toMatchObject({ currency: 'USD', wonDeals: 2, wonAmount: 2000, averageWonAmount: 1000 });
    // Revenue per lead: won_c / 10 leads. Leaked: 4 never × (4 won / 6 followed) × won_c / 4 won deals.
    expect(eur?.revenuePerLead).toBeCloseTo(350.05, 9);
    expect(usd?.leakedRevenue).toBeCloseTo((4 * (4 / 6) * 2000) / 4, 9);
  });

  it('lists each segment’s won amount per currency', () => {
    const amounts = segmentAmounts(
      [
        { value: 'Web', currency: 'EUR', wonAmount: 3500.5 },
        { value: 'Web', currency: null, wonAmount: 1200 },
        { value: 'Event', currency: 'USD', wonAmount: 800 },
      ],
      'USD',
    );
    expect(amounts.get('Web')).toEqual([
      { currency: 'EUR', amount: 3500.5 },
      { currency: 'USD', amount: 1200 },
    ]);
    expect(amounts.get('Event')).toEqual([{ currency: 'USD', amount: 800 }]);
  });

  it('asks for the calculator’s average deal when the deals mix currencies, and says why', () => {
    const prefill = {
      inboundLeads: 100,
      followUpRate: 0.6,
      leadToSqlRate: 0.5,
      sqlCloseRate: 0.2,
      averageDeal: 1375.125,
      nurturedShare: null,
      periodLabel: 'a year',
      basis: 'your data',
    };
    const mixed = currencyMix(
      figures([
        { currency: 'EUR', deals: 1, wonDeals: 1, wonAmount: 1 },
        { currency: 'USD', deals: 1, wonDeals: 1, wonAmount: 1 },
      ]),
      'USD',
    );
    const asked = prefillInOneCurrency(prefill, mixed);
    expect(asked.averageDeal).toBeNull();
    expect(asked.unknown).toEqual(['averageDeal']);
    expect(asked.notes?.join(' ')).toMatch(/2 currencies \(EUR and USD\)/);
    expect(prefillInOneCurrency(prefill, currencyMix(figures([]), 'USD'))).toBe(prefill);
  });
});

describe('the per-currency lines of one statement', () => {
  it('reads currency, deals, won deals and amount; "?" is not stated, no amount is 0', () => {
    const text = ['?\t3\t1\t1234.5', 'EUR\t2\t0\t', 'USD\t1\t1\t1.5e+20'].join('\n');
    expect(currencyRows(text)).toEqual([
      { currency: null, deals: 3, wonDeals: 1, wonAmount: 1234.5 },
      { currency: 'EUR', deals: 2, wonDeals: 0, wonAmount: 0 },
      { currency: 'USD', deals: 1, wonDeals: 1, wonAmount: 1.5e20 },
    ]);
  });

  it('has no rows without deals in scope', () => {
    expect(currencyRows(null)).toEqual([]);
    expect(currencyRows('')).toEqual([]);
  });
});
