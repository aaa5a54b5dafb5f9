/**
 * A dimension's cube (src/lib/metrics/summary-cube.ts, period-cube.ts) on the real engine: for every
 * selection of one dimension's values the summary row and the periods' rows read from the cube are
 * the statements' rows, column for column and bit for bit (sums of cents in two currencies
 * included), and the engine reads them once the cube is made. sample.test.ts and olist.test.ts
 * compare the figures it gives with the independent reference (their "filtered by dimension codes"
 * cases make the cube too).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { BLANK, MetricsEngine, knownFields, type KnownFields } from '../../../../src/lib/metrics';
import type { Filters, LeadDefinition, MetricContext } from '../../../../src/lib/metrics/context';
import { summarySql } from '../../../../src/lib/metrics/overview-summary';
import { periodsStatement } from '../../../../src/lib/metrics/period-series';
import { windowsQuery } from '../../../../src/lib/metrics/windows';
import { cubeSummarySql } from '../../../../src/lib/metrics/summary-cube';
import { freshDb, loadText } from '../../../support/db';
import { recordingDb } from '../../../support/recording-db';
import { random } from '../../../support/random';

const SOURCES = ['Web', 'Partner', 'Webinar', 'Referral', ''];
const OWNERS = ['Ann', 'Bo', 'Cy'];
const STAGES = ['Closed Won', 'Closed Won', 'Closed Lost', 'Negotiation'];
const CURRENCIES = ['EUR', 'USD', ''];

/** 2,000 leads and ~700 deals: amounts in cents, two currencies and none, some deals linked to no lead. */
function files(): { leads: string; deals: string } {
  const next = random(20261207);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const day = (offset: number) =>
    new Date(Date.UTC(2025, 0, 1) + offset * 86400000).toISOString().slice(0, 10);
  const leads = ['Lead ID,Created Date,Lead Source,Lead Owner,Lead Status,First Call Date Time'];
  const deals = ['Deal ID,Lead ID,Created Date,Close Date,Deal Stage,Amount,Currency'];
  for (let i = 1; i <= 2000; i += 1) {
    const created = Math.floor(next() * 600);
    const touched =
      next() < 0.6 ? `${day(created + Math.floor(next() * 5))} 10:${String(i % 60).padStart(2, '0')}` : '';
    leads.push(
      `L${i},${day(created)} 09:00,${pick(SOURCES)},${pick(OWNERS)},${touched ? 'Working' : 'New'},${touched}`,
    );
    if (next() < 0.33) {
      const amount = (Math.floor(next() * 5_000_000) / 100).toFixed(2);
      const lead = next() < 0.9 ? `L${i}` : `X${i}`;
      deals.push(
        `D${i},${lead},${day(created + 3)},${day(created + 3 + Math.floor(next() * 90))},${pick(STAGES)},${amount},${pick(CURRENCIES)}`,
      );
    }
  }
  return { leads: leads.join('\n'), deals: deals.join('\n') };
}

/** The default definition; one as of mid-June (the current month to date: the comparison's cut
 * window has columns too); working hours, on whose clock responses and the SLA are counted. */
const DEFINITIONS: Partial<LeadDefinition>[] = [
  {},
  { asOf: '2026-06-17' },
  {
    businessHours: {
      days: [1, 2, 3, 4, 5],
      start: '09:00',
      end: '17:00',
      timeZone: 'Europe/Berlin',
      holidays: [],
      slaClock: 'working',
    },
  },
];

describe('the summary read from a cube of one dimension', () => {
  let db: Db;
  let known: KnownFields;
  beforeAll(async () => {
    db = await freshDb();
    const { leads, deals } = files();
    const loaded = [
      await loadText(db, 'leads', 'leads.csv', leads),
      await loadText(db, 'deals', 'deals.csv', deals),
    ];
    for (const { report } of loaded) expect(report.rowsRejected).toBe(0);
    known = knownFields(
      loaded.map(({ prepared, report }) => ({ kind: prepared.kind, mapping: report.choice.mapping })),
    );
  });

  const selections: [string, string[]][] = [
    ['source', ['Partner']],
    ['source', ['Partner', 'Webinar']],
    ['source', ['Web', 'Referral', BLANK]],
    ['source', [BLANK]],
    ['source', ['Web', 'Partner', 'Webinar', 'Referral', BLANK]],
    ['source', ['no such source']],
    ['owner', ['Bo']],
    ['owner', ['Ann', 'Cy']],
  ];

  it('gives the summary statement row for every selection, column for column', async () => {
    const engine = new MetricsEngine(db);
    for (const definition of DEFINITIONS) {
      await engine.prepareFilters({ known, definition }, ['source', 'owner']);
      await engine.settled();
      for (const [dimension, values] of selections) {
        const what = `${dimension}: ${values.join(', ')}, ${JSON.stringify(definition)}`;
        const filters: Filters = { dimensions: { [dimension]: values } };
        const ctx = await engine.context({ known, definition, filters });
        expect(ctx.materialized?.cube?.dimension, what).toBe(dimension);
        const cubed = cubeSummarySql(ctx);
        expect(cubed, what).not.toBeNull();
        const [fromCube] = await db.query(cubed ?? '');
        const [fromScan] = await db.query(summarySql(ctx));
        expect(fromCube, what).toEqual(fromScan);
      }
    }
    // Selections that keep something, with money in cents on both sides of the comparison.
    const [partner] = await db.query<{ leads: number; won_amount: number; currency_rows: string }>(
      summarySql(
        await engine.context({ known, filters: { dimensions: { source: ['Partner', 'Webinar'] } } }),
      ),
    );
    expect(Number(partner?.leads)).toBeGreaterThan(500);
    expect(Number(partner?.won_amount) % 1).not.toBe(0);
    expect(partner?.currency_rows.split('\n').length).toBe(3);
  });

  /** `ctx` as if its cube were not made: the statements scan the leads. */
  const scanned = (ctx: MetricContext): MetricContext =>
    ctx.materialized ? { ...ctx, materialized: { ...ctx.materialized, cube: undefined } } : ctx;

  it('gives the periods statement rows for every selection, period and window, column for column', async () => {
    const engine = new MetricsEngine(db);
    let toDate = 0;
    // As of mid-June the current period is to date: the comparison's cut window has columns too.
    for (const definition of DEFINITIONS) {
      await engine.prepareFilters({ known, definition }, ['source', 'owner']);
      await engine.settled();
      for (const [dimension, values] of selections) {
        for (const createdFrom of [undefined, '2025-09-01']) {
          const filters: Filters = { dimensions: { [dimension]: values }, createdFrom };
          const ctx = await engine.context({ known, definition, filters });
          expect(ctx.materialized?.cube?.dimension).toBe(dimension);
          for (const granularity of ['week', 'month', 'quarter'] as const) {
            const found = windowsQuery(ctx, granularity);
            const windows = found.parse(await db.query(found.sql));
            const what = `${dimension}: ${values.join(', ')}, ${granularity}, ${JSON.stringify(definition)}`;
            if (!windows) {
              expect(values, what).toEqual(['no such source']);
              continue;
            }
            const cubed = periodsStatement(ctx, granularity, windows);
            expect(cubed).toMatch(/FROM summary_cube_\d+_days c WHERE/);
            const fromCube = await db.query(cubed);
            expect(fromCube, what).toEqual(
              await db.query(periodsStatement(scanned(ctx), granularity, windows)),
            );
            expect(fromCube.length, what).toBeGreaterThan(1);
            if (windows.toDate) toDate += 1;
            if (windows.toDate) expect(fromCube.some((row) => Number(row['cut_leads']) > 0)).toBe(true);
          }
        }
      }
    }
    expect(toDate).toBeGreaterThan(10);
  });

  it('is read by the engine once made, and gives the figures the statement gives', async () => {
    const recorded = recordingDb(db);
    const engine = new MetricsEngine(recorded.db);
    const plain = new MetricsEngine(db, { codes: false });
    const state = { known, filters: { dimensions: { source: ['Partner', 'Webinar'] } } };
    await engine.prepareFilters({ known }, ['source']);
    await engine.settled();
    recorded.statements.length = 0;
    // Asked together, as the Overview asks them: the summary answers all four.
    const names = ['viewCounts', 'followUp', 'revenue', 'currencies'] as const;
    const cubed = await Promise.all(names.map((name) => engine.run(state, name)));
    expect(cubed).toEqual(await Promise.all(names.map((name) => plain.run(state, name))));
    expect(recorded.statements.some((sql) => /FROM summary_cube_\d+ c WHERE/.test(sql))).toBe(true);
    expect(recorded.statements.some((sql) => sql.includes('POSITIONAL JOIN'))).toBe(false);
  });

  it('is not read when another filter is set beside the dimension', async () => {
    const engine = new MetricsEngine(db);
    await engine.prepareFilters({ known }, ['source']);
    await engine.settled();
    const both = await engine.context({
      known,
      filters: { dimensions: { source: ['Web'], owner: ['Ann'] } },
    });
    const ranged = await engine.context({
      known,
      filters: { dimensions: { source: ['Web'] }, createdFrom: '2025-06-01' },
    });
    expect(both.materialized?.cube).toBeUndefined();
    expect(cubeSummarySql(both)).toBeNull();
    // The periods read the cube under a created range (they replace it), the summary does not.
    expect(ranged.materialized?.cube?.dimension).toBe('source');
    expect(cubeSummarySql(ranged)).toBeNull();
  });
});
