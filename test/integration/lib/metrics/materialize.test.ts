import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  METRIC_NAMES,
  MetricsEngine,
  alignedWithViews,
  derivedFactsSql,
  knownFields,
  materializeFacts,
  resolveContext,
  sortByKey,
  type Filters,
  type MetricName,
} from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';

/**
 * The materialised lead facts are a cache: every registered metric must give exactly what it gives
 * when the facts are computed in the query (which sample.test.ts checks against the independent
 * reference). Parameters for the metrics that take some; the others run with none.
 */
const PARAMS: Partial<Record<MetricName, unknown[][]>> = {
  segmentedFunnel: [['owner'], ['source', 3]],
  byDimension: [['source'], ['x_industry']],
  dimensionValues: [['source', 50], ['x_industry']],
  redirectLeads: [[50]],
  currenciesBy: [['source'], ['owner']],
  comparison: [['month'], ['week'], ['quarter']],
  comparisonBy: [['owner'], ['source', 'week']],
  periodSeries: [['month'], ['week'], ['quarter']],
  speedToLead: [[60], [5]],
};

describe('materialised lead facts', () => {
  let db: Db;
  let known: ReturnType<typeof knownFields>;
  beforeAll(async () => {
    db = await freshDb();
    const leads = await load(db, 'leads', sample('leads.csv'));
    const deals = await load(db, 'deals', sample('deals.csv'));
    known = knownFields(
      [leads, deals].map(({ prepared }) => ({
        kind: prepared.kind,
        mapping: prepared.mapping,
        closedWonAssumed: prepared.closedWonAssumed,
      })),
    );
  });

  const cases: [string, Filters][] = [
    ['no filter', {}],
    ['a source and a date range', { dimensions: { source: ['Web', '(blank)'] }, createdFrom: '2026-01-01' }],
    ['an owner and an extra column', { dimensions: { owner: ['Tom Becker'], x_industry: ['Software'] } }],
  ];
  it.each(cases)('equal the computed facts: %s', async (_, filters) => {
    const state = { filters, known, definition: { slaHours: 24 } };
    const stored = new MetricsEngine(db);
    const computed = new MetricsEngine(db, { store: false });
    expect((await stored.context(state)).materialized?.layout).toBe('derived');
    expect((await computed.context(state)).materialized).toBeUndefined();
    for (const name of METRIC_NAMES) {
      for (const params of PARAMS[name] ?? [[]]) {
        const fromTable = await stored.runNamed(state, name, params);
        expect({ name, params, result: fromTable }).toEqual({
          name,
          params,
          result: await computed.runNamed(state, name, params),
        });
      }
    }
    expect(await stored.redirectList(state, 50)).toEqual(await computed.redirectList(state, 50));
    await stored.dispose();
  });

  it('keeps the previous facts until the queries on them are done, a staged one’s second statement too', async () => {
    const engine = new MetricsEngine(db);
    const before = { known, dataVersion: 'before' };
    const stored = (await engine.context(before)).materialized?.facts;
    // The data change while the comparison (windows, then figures) runs on the previous facts.
    const running = engine.run(before, 'comparison', 'month');
    await engine.context({ known, dataVersion: 'after' });
    const comparison = await running;
    expect(comparison?.current.leads).toBeGreaterThan(0);
    // Then they are dropped.
    await expect
      .poll(
        async () =>
          (await db.query(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = '${stored}'`))[0]?.[
            'n'
          ],
      )
      .toBe(0);
    await engine.dispose();
  });

  it('tells derived facts that do not pair with the leads by position', async () => {
    const ctx = await materializeFacts(db, await resolveContext(db, { known }));
    const stored = ctx.materialized;
    if (stored?.layout !== 'derived') throw new Error('derived facts expected');
    expect(await alignedWithViews(db, stored)).toBe(true);
    const copies = {
      reversed: `SELECT * FROM ${stored.facts} ORDER BY lead_key DESC`,
      'one lead short': `SELECT * FROM ${stored.facts} ORDER BY lead_key OFFSET 1`,
      'one lead more': `SELECT * FROM ${stored.facts} UNION ALL (SELECT * FROM ${stored.facts} LIMIT 1)`,
    };
    for (const [name, sql] of Object.entries(copies)) {
      await db.exec(`CREATE OR REPLACE TEMP TABLE misaligned AS ${sql}`);
      expect({ name, aligned: await alignedWithViews(db, { ...stored, facts: 'misaligned' }) }).toEqual({
        name,
        aligned: false,
      });
    }
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE misaligned AS SELECT * FROM ${stored.deals} ORDER BY deal_key DESC`,
    );
    expect(await alignedWithViews(db, { ...stored, deals: 'misaligned' })).toBe(false);
    await db.exec('DROP TABLE misaligned');
  });

  it('come out in the leads’ order unsorted; facts that did not are sorted back into it', async () => {
    const ctx = await materializeFacts(db, await resolveContext(db, { known }));
    const stored = ctx.materialized;
    if (stored?.layout !== 'derived') throw new Error('derived facts expected');
    // The facts as derived-facts.ts makes them, clock off: no ORDER BY in the statement.
    const sql = derivedFactsSql({ ...ctx, materialized: undefined });
    expect(sql).not.toContain('ORDER BY lead_key');
    await db.exec(`CREATE OR REPLACE TEMP TABLE unsorted AS ${sql}`);
    expect(await alignedWithViews(db, { ...stored, facts: 'unsorted' })).toBe(true);
    await db.exec(`CREATE OR REPLACE TEMP TABLE unsorted AS SELECT * FROM unsorted ORDER BY random()`);
    expect(await alignedWithViews(db, { ...stored, facts: 'unsorted' })).toBe(false);
    await sortByKey(db, 'unsorted');
    expect(await alignedWithViews(db, { ...stored, facts: 'unsorted' })).toBe(true);
    await db.exec('DROP TABLE unsorted');
  });
});
