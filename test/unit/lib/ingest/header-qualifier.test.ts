import { describe, expect, it } from 'vitest';
import { headerCurrency, splitQualifier } from '../../../../src/lib/ingest/header-qualifier';
import { mapByHeader } from './map-by-header';

describe('splitQualifier', () => {
  it.each([
    ['Amount (USD)', 'Amount', 'USD'],
    ['Deal Value [€]', 'Deal Value', '€'],
    ['Created Date (UTC)', 'Created Date', 'UTC'],
    ['Amount USD', 'Amount', 'USD'],
    ['amount_eur', 'amount', 'eur'],
    ['Revenue in GBP', 'Revenue', 'GBP'],
    ['Deal Size - $', 'Deal Size', '$'],
  ])('%j → %j, %j', (header, base, qualifier) => {
    expect(splitQualifier(header)).toEqual({ base, qualifier });
  });

  it.each(['Lead Owner', 'Lead ID', 'Amount', 'Net Amount', 'Amount Net', 'Is Won'])(
    '%j has none (a trailing word names no currency)',
    (header) => {
      expect(splitQualifier(header)).toBeNull();
    },
  );
});

describe('headerCurrency', () => {
  it.each([
    ['Amount (USD)', 'USD'],
    ['Deal Value [€]', 'EUR'],
    ['Revenue in gbp', 'GBP'],
    ['Amount ($)', '$'],
    ['Created Date (UTC)', null],
    ['Amount', null],
  ])('%j → %j', (header, currency) => {
    expect(headerCurrency(header)).toBe(currency);
  });
});

describe('a header with a qualifier maps as its field', () => {
  it('when nothing names the field as written', () => {
    expect(mapByHeader('deals', ['Opportunity ID', 'Amount (USD)', 'Stage'])).toEqual({
      deal_id: 'Opportunity ID',
      amount: 'Amount (USD)',
      outcome: 'Stage',
    });
    expect(mapByHeader('leads', ['Lead ID', 'Created Date (UTC)'])).toEqual({
      lead_id: 'Lead ID',
      created_at: 'Created Date (UTC)',
    });
  });

  it('after a header written exactly as the field’s, whatever the column order', () => {
    expect(mapByHeader('deals', ['Amount (EUR)', 'Amount'])).toMatchObject({ amount: 'Amount' });
  });
});
