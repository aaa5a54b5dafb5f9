/**
 * Dimension codes (src/lib/metrics/dimension-codes.ts) on the real engine over the sample: a filter
 * compares them only when they hold (each is its own lead's value's hash, and no two values share
 * one). sample.test.ts compares every figure under coded filters with the independent reference.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MetricsEngine, knownFields, type MaterializedFacts } from '../../../../src/lib/metrics';
import { buildDimensionCodes, codesHold } from '../../../../src/lib/metrics/dimension-codes';
import { byDimensionQuery } from '../../../../src/lib/metrics/by-dimension';
import { windowsQuery } from '../../../../src/lib/metrics/windows';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';

describe('dimension codes', () => {
  let db: Db;
  let known: ReturnType<typeof knownFields>;
  let stored: MaterializedFacts;
  beforeAll(async () => {
    db = await freshDb();
    const leads = await load(db, 'leads', sample('leads.csv'));
    const deals = await load(db, 'deals', sample('deals.csv'));
    known = knownFields(
      [leads, deals].map(({ prepared }) => ({ kind: prepared.kind, mapping: prepared.mapping })),
    );
    const ctx = await new MetricsEngine(db).context({ known });
    if (!ctx.materialized) throw new Error('the sample facts were not stored');
    stored = ctx.materialized;
  });

  const codeTables = async () =>
    (
      await db.query<{ name: string }>(
        `SELECT table_name AS name FROM duckdb_tables() WHERE table_name LIKE 'lead_codes_%'`,
      )
    ).map((row) => row.name);

  it('codes a dimension: the leads of a value are those of its code, blank leads have none', async () => {
    const table = await buildDimensionCodes(db, stored, 'source');
    expect(table).not.toBeNull();
    // Counted by the text on one side, by the codes on the other, each in its own statement.
    const byText = await db.query<{ web: number; blank: number; leads: number }>(
      `SELECT count_if(source = 'Web') AS web, count_if(source IS NULL) AS blank, count(*) AS leads FROM leads`,
    );
    const byCode = await db.query<{ web: number; blank: number; leads: number }>(
      `SELECT count_if(code = hash('Web')) AS web, count_if(code IS NULL) AS blank, count(*) AS leads
       FROM ${table}`,
    );
    expect(byCode).toEqual(byText);
    expect(Number(byText[0]?.web)).toBeGreaterThan(100);
    expect(Number(byText[0]?.blank)).toBeGreaterThan(0);
    await db.exec(`DROP TABLE ${table}`);
    await db.exec(`DROP TABLE ${table}_days`);
  });

  it('refuses codes two values share', async () => {
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE shared_codes AS
       SELECT _upload AS upload, CASE WHEN source IS NOT NULL THEN hash('one code') END AS code FROM leads`,
    );
    expect(await codesHold(db, 'shared_codes', stored.leadUploads, 'source')).toBe(false);
  });

  it('refuses codes that do not line up with their leads', async () => {
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE turned_codes AS
       SELECT _upload AS upload, CASE WHEN source IS NOT NULL THEN hash(source) END AS code FROM leads
       ORDER BY _key DESC`,
    );
    expect(await codesHold(db, 'turned_codes', stored.leadUploads, 'source')).toBe(false);
    await db.exec(
      `CREATE OR REPLACE TEMP TABLE short_codes AS
       SELECT _upload AS upload, hash(source) AS code FROM leads LIMIT 10`,
    );
    expect(await codesHold(db, 'short_codes', stored.leadUploads, 'source')).toBe(false);
  });

  it('reads the text on the first filter of a dimension, its codes after; a state keeps its SQL', async () => {
    const engine = new MetricsEngine(db);
    const web = { known, filters: { dimensions: { owner: ['Tom Becker'] } } };
    const first = await engine.context(web);
    expect(first.materialized?.codes).toBeUndefined();
    const figures = await engine.run(web, 'viewCounts');
    await engine.settled();
    const other = await engine.context({ known, filters: { dimensions: { owner: ['Sarah Chen'] } } });
    expect(Object.keys(other.materialized?.codes ?? {})).toEqual(['owner']);
    // The first state still reads the text: its cached results answer it.
    expect((await engine.context(web)).materialized?.codes).toBeUndefined();
    expect(await engine.run(web, 'viewCounts')).toEqual(figures);
    // The codes and their created days (windows.ts).
    expect((await codeTables()).map((name) => name.replace(/\d+/, 'N')).sort()).toEqual([
      'lead_codes_N',
      'lead_codes_N_days',
    ]);
    await engine.dispose();
    expect(await codeTables()).toEqual([]);
  });

  it('makes the codes of chart dimensions ahead of their first filter, and only of known ones', async () => {
    const engine = new MetricsEngine(db);
    await engine.prepareFilters({ known }, ['source', 'country_of_nowhere']);
    // The codes and their created days (windows.ts).
    expect((await codeTables()).map((name) => name.replace(/\d+/, 'N')).sort()).toEqual([
      'lead_codes_N',
      'lead_codes_N_days',
    ]);
    const web = { known, filters: { dimensions: { source: ['Web'] } } };
    const ctx = await engine.context(web);
    expect(Object.keys(ctx.materialized?.codes ?? {})).toEqual(['source']);
    // The same figures as a filter on the text (the reference tests compare both with by-hand SQL).
    const text = new MetricsEngine(db, { codes: false });
    expect(await engine.run(web, 'viewCounts')).toEqual(await text.run(web, 'viewCounts'));
    await text.dispose();
    await engine.dispose();
    expect(await codeTables()).toEqual([]);
  });

  it('reads no codes for the dimension a breakdown leaves out: it asks what the unfiltered one asks', async () => {
    const engine = new MetricsEngine(db);
    await engine.prepareFilters({ known }, ['source']);
    const filtered = await engine.context({ known, filters: { dimensions: { source: ['Web'] } } });
    const all = await engine.context({ known });
    expect(Object.keys(filtered.materialized?.codes ?? {})).toEqual(['source']);
    // byDimension(source) leaves the source filter out; its SQL, and so its cached result, is shared.
    expect(byDimensionQuery(filtered, 'source').sql).toBe(byDimensionQuery(all, 'source').sql);
    expect(byDimensionQuery(filtered, 'owner').sql).toContain('lead_codes_');
    await engine.dispose();
  });

  it.each([
    { dimensions: { source: ['Web'] } },
    { dimensions: { owner: ['Tom Becker', '(blank)'] }, createdFrom: '2025-09-01' },
    {
      dimensions: {
        source: ['Partner', 'Web'],
        status: ['Closed - Converted'],
        x_industry: ['Logistics', 'Media'],
      },
    },
  ])(
    'finds the deals of filtered leads the same before and after their lead dimensions are stored: %j',
    async (filters) => {
      const state = { known, filters };
      const deals = async (engine: MetricsEngine) => ({
        counts: await engine.run(state, 'viewCounts'),
        revenue: await engine.run(state, 'revenue'),
        lost: await engine.run(state, 'lostReasons'),
        prefill: await engine.run(state, 'calculatorPrefill'),
      });
      // No lead's facts stored: the deals joined to the filtered leads in the query.
      const computed = new MetricsEngine(db, { store: false });
      const expected = await deals(computed);
      const first = new MetricsEngine(db);
      expect((await first.context(state)).materialized?.dealDimensions).toBeUndefined();
      expect(await deals(first)).toEqual(expected);
      const later = new MetricsEngine(db);
      await later.prepareFilters({ known }, ['source']);
      expect((await later.context(state)).materialized?.dealDimensions).toMatch(/^deal_dimensions_/);
      expect(await deals(later)).toEqual(expected);
      expect(expected.counts?.deals).toBeGreaterThan(0);
      for (const engine of [computed, first, later]) await engine.dispose();
    },
  );

  it.each([
    ['owner', ['Tom Becker']],
    ['source', ['Partner', '(blank)']],
    ['campaign', ['(blank)']],
  ])(
    'finds the windows of a filter on one coded dimension in its codes’ created days: %s %j',
    async (dimension, values) => {
      const engine = new MetricsEngine(db);
      await engine.prepareFilters({ known }, [dimension]);
      const state = { known, filters: { dimensions: { [dimension]: values }, createdFrom: '2025-09-01' } };
      const ctx = await engine.context(state);
      expect(windowsQuery(ctx, 'month').sql).toContain('_days');
      const found = await engine.run(state, 'comparison', 'month');
      // By hand: the month of the latest created day of those leads on or before the as-of day.
      const named = values.filter((v) => v !== '(blank)').map((v) => `'${v.replaceAll("'", "''")}'`);
      const where = [
        named.length ? `${dimension} IN (${named.join(', ')})` : '',
        values.includes('(blank)') ? `${dimension} IS NULL` : '',
      ]
        .filter(Boolean)
        .join(' OR ');
      const [row] = await db.query<{ month: string | null }>(
        `SELECT strftime(date_trunc('month', max(CAST(created_at AS DATE))), '%Y-%m-%d') AS month
         FROM leads WHERE (${where}) AND CAST(created_at AS DATE) <= DATE '${ctx.asOf}'`,
      );
      expect(found?.current.from ?? null).toBe(row?.month ?? null);
      const text = new MetricsEngine(db, { codes: false });
      expect(found).toEqual(await text.run(state, 'comparison', 'month'));
      for (const e of [engine, text]) await e.dispose();
    },
  );

  it('makes no codes when told not to', async () => {
    const engine = new MetricsEngine(db, { codes: false });
    await engine.context({ known, filters: { dimensions: { source: ['Web'] } } });
    await engine.settled();
    const ctx = await engine.context({ known, filters: { dimensions: { source: ['Partner'] } } });
    expect(ctx.materialized?.codes).toBeUndefined();
    expect(await codeTables()).toEqual([]);
    await engine.dispose();
  });
});
