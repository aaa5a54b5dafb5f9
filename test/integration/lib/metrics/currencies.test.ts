/**
 * Money by currency through the real engine (test/fixtures/currencies/README.md has the hand-worked
 * figures): a two-currency deals file is summed per currency and never across; a euro file whose
 * amounts carry "€" comes out in EUR whatever the chosen currency; the currency written with an
 * amount is read as DESIGN.md's examples write it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { amountCurrencySql, currencySql } from '../../../../src/lib/ingest/currency';
import { literal } from '../../../../src/lib/ingest/sql';
import { MetricsEngine, currencyMix, knownFields, metricsDocument } from '../../../../src/lib/metrics';
import { fixture } from '../../../support/files';
import { freshDb, load } from '../../../support/db';
import { recordingDb } from '../../../support/recording-db';

const LEADS = fixture('currencies/leads.csv');

async function loaded(
  deals: string,
): Promise<{ db: Db; engine: MetricsEngine; known: ReturnType<typeof knownFields> }> {
  const db = await freshDb();
  const files = [await load(db, 'leads', LEADS), await load(db, 'deals', deals)];
  for (const { report } of files) expect(report.rowsRead).toBe(report.rowsLoaded + report.rowsRejected);
  const known = knownFields(
    files.map(({ prepared, report }) => ({
      kind: prepared.kind,
      mapping: report.choice.mapping,
      closedWonAssumed: report.choice.closedWonAssumed,
    })),
  );
  return { db, engine: new MetricsEngine(db), known };
}

describe('deals in two currencies (EUR, USD)', () => {
  it('loads every row, each with its currency', async () => {
    const { db } = await loaded(fixture('currencies/deals-two-currencies.csv'));
    const rows = await db.query<{ deal_id: string; currency: string }>(
      'SELECT deal_id, currency FROM deals ORDER BY deal_id',
    );
    expect(rows.map((r) => `${r.deal_id}:${r.currency}`)).toEqual([
      'D1:EUR',
      'D2:EUR',
      'D3:USD',
      'D4:USD',
      'D5:EUR',
      'D6:GBP',
      'D7:GBP',
    ]);
  });

  it('knows the currencies of the deals in scope and of those linked to no lead', async () => {
    const { engine, known } = await loaded(fixture('currencies/deals-two-currencies.csv'));
    const mix = currencyMix(await engine.run({ known }, 'currencies'), 'USD');
    // Won: EUR and USD; in scope also the open £3,000 (D6); D7 (£700) links to no lead.
    expect(mix).toMatchObject({
      currencies: ['EUR', 'USD'],
      allCurrencies: ['EUR', 'GBP', 'USD'],
      unmatchedCurrencies: ['GBP'],
    });
  });

  it('sums per currency, and reports no sum across them in the JSON', async () => {
    const { engine, known } = await loaded(fixture('currencies/deals-two-currencies.csv'));
    const doc = await metricsDocument(engine, { known }, { currency: 'USD' });
    expect(doc.currencies).toMatchObject({ codes: ['EUR', 'USD'], currency: null });
    // Counts stay; every money figure that would add euros to dollars is null.
    expect(doc.revenue).toMatchObject({
      wonDeals: 4,
      wonLeads: 4,
      wonAmount: null,
      averageWonAmount: null,
      revenuePerLead: null,
      leakedRevenue: null,
    });
    const byCurrency = doc.currencies?.byCurrency ?? [];
    expect(byCurrency.map((r) => r.currency)).toEqual(['EUR', 'USD']);
    const [eur, usd] = byCurrency;
    // EUR: D1 1,000 + D2 2,500.50; USD: D3 1,200 + D4 800. 10 leads; 4 never followed up; 4 won of 6
    // followed up; 4 won deals in all: leaked_c = 4 × 4/6 × won_c / 4.
    expect(eur).toMatchObject({ wonDeals: 2, wonAmount: 3500.5 });
    expect(eur?.averageWonAmount).toBeCloseTo(1750.25, 9);
    expect(eur?.revenuePerLead).toBeCloseTo(350.05, 9);
    expect(eur?.leakedRevenue).toBeCloseTo((4 * (4 / 6) * 3500.5) / 4, 9);
    expect(usd).toMatchObject({ wonDeals: 2, wonAmount: 2000, averageWonAmount: 1000 });
    expect(usd?.revenuePerLead).toBeCloseTo(200, 9);
    expect(usd?.leakedRevenue).toBeCloseTo((4 * (4 / 6) * 2000) / 4, 9);

    const source = (name: string) =>
      doc.bySource?.find((r) => r.source === name) as unknown as Record<string, unknown>;
    expect(source('Web')).toMatchObject({
      wonLeads: 3,
      wonAmount: null,
      revenuePerLead: null,
      byCurrency: [
        { currency: 'EUR', wonAmount: 3500.5 },
        { currency: 'USD', wonAmount: 1200 },
      ],
    });
    expect(source('Event')).toMatchObject({
      wonAmount: null,
      byCurrency: [{ currency: 'USD', wonAmount: 800 }],
    });
    const owner = (name: string) =>
      doc.byOwner?.find((r) => r.owner === name) as unknown as Record<string, unknown>;
    expect(owner('Ann')).toMatchObject({
      wonAmount: null,
      byCurrency: [{ currency: 'EUR', wonAmount: 3500.5 }],
    });
    expect(owner('Bob')).toMatchObject({
      wonAmount: null,
      byCurrency: [{ currency: 'USD', wonAmount: 2000 }],
    });
    // No figure anywhere in the document is the cross-currency sum 5,500.50.
    expect(JSON.stringify(doc)).not.toMatch(/5500\.5/);
  });
});

describe('money by currency asked alone or with the Overview headline metrics', () => {
  // Hand-worked from the fixture: in scope D1–D6 (D7 links to no lead); amounts summed over won deals.
  const expected = [
    { currency: 'EUR', deals: 3, wonDeals: 2, wonAmount: 3500.5 },
    { currency: 'GBP', deals: 1, wonDeals: 0, wonAmount: 0 },
    { currency: 'USD', deals: 2, wonDeals: 2, wonAmount: 2000 },
  ];

  it('gives the same figures from its own statement and from the summary statement', async () => {
    const db = await freshDb();
    const files = [
      await load(db, 'leads', LEADS),
      await load(db, 'deals', fixture('currencies/deals-two-currencies.csv')),
    ];
    const known = knownFields(
      files.map(({ prepared, report }) => ({
        kind: prepared.kind,
        mapping: report.choice.mapping,
        closedWonAssumed: report.choice.closedWonAssumed,
      })),
    );
    const alone = recordingDb(db);
    const own = await new MetricsEngine(alone.db).run({ known }, 'currencies');
    expect(own?.rows).toEqual(expected);
    expect(own).toMatchObject({ unmatched: ['GBP'], leads: 10, followed: 6, never: 4, wonLeads: 4 });

    const together = recordingDb(db);
    const engine = new MetricsEngine(together.db);
    const [followUp, shared] = await Promise.all([
      engine.run({ known }, 'followUp'),
      engine.run({ known }, 'currencies'),
    ]);
    expect(shared).toEqual(own);
    expect(followUp.neverFollowedUp).toBe(4);
    // One statement carried both: the summary (with followUp's quantiles) holds the currency lines.
    const withCurrencies = together.statements.filter((sql) => sql.includes('currency_rows'));
    expect(withCurrencies).toHaveLength(1);
    expect(withCurrencies[0]).toContain('quantile_cont(response_hours');
  });
});

describe('a euro deals file ("€1.234,50", no currency column)', () => {
  it('comes out in EUR with its sums, whatever currency was chosen', async () => {
    const { db, engine, known } = await loaded(fixture('currencies/deals-euro.csv'));
    const amounts = await db.query<{ amount: number; currency: string }>(
      'SELECT amount, currency FROM deals ORDER BY deal_id',
    );
    expect(amounts).toEqual([
      { amount: 1234.5, currency: 'EUR' },
      { amount: 2000, currency: 'EUR' },
      { amount: 500.25, currency: 'EUR' },
    ]);
    const doc = await metricsDocument(engine, { known }, { currency: 'USD' });
    expect(doc.currencies).toMatchObject({ codes: ['EUR'], currency: 'EUR' });
    expect(doc.revenue).toMatchObject({ wonDeals: 2, wonAmount: 3234.5 });
    expect(doc.revenue.averageWonAmount).toBeCloseTo(1617.25, 9);
    expect(doc.revenue.revenuePerLead).toBeCloseTo(323.45, 9);
  });
});

describe('the currency written with an amount or in a currency column', () => {
  const cases: [string, string | null][] = [
    ['€1.234,50', 'EUR'],
    ['1.234,50 €', 'EUR'],
    ['1 234,50 EUR', 'EUR'],
    ['USD 1,200', 'USD'],
    ['£900', 'GBP'],
    ['-£900.00', 'GBP'],
    ['(€12.50)', 'EUR'],
    ['R$ 1.000,00', 'BRL'],
    ['CA$1,200', 'CAD'],
    ['$1,234.50', '$'],
    ['CHF 1’200.00', 'CHF'],
    ['1,200.00', null],
    ['1200', null],
    ['12 kr', null],
  ];
  let db: Db;
  beforeAll(async () => {
    db = await freshDb();
  });
  it.each(cases)('%s → %s', async (text, code) => {
    const [row] = await db.query<{ c: string | null }>(`SELECT ${amountCurrencySql(literal(text))} AS c`);
    expect(row?.c ?? null).toBe(code);
  });

  it('reads a currency column: codes in any case, symbols, words; anything else is not stated', async () => {
    const read = async (text: string) =>
      (await db.query<{ c: string | null }>(`SELECT ${currencySql(literal(text))} AS c`))[0]?.c ?? null;
    expect(await read('eur')).toBe('EUR');
    expect(await read('€')).toBe('EUR');
    expect(await read('Euro')).toBe('EUR');
    expect(await read('US$')).toBe('USD');
    expect(await read('Swiss francs')).toBeNull();
  });
});
