import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  alignedWithViews,
  byDimensionQuery,
  byOwnerQuery,
  bySourceQuery,
  calculatorPrefillQuery,
  capacityQuery,
  cohortTrendQuery,
  followUpQuery,
  funnelQuery,
  knownFields,
  lostReasonsQuery,
  materializeFacts,
  redirectList,
  resolveContext,
  responseDistributionQuery,
  revenueQuery,
  runQuery,
  segmentedFunnelQuery,
  viewCountsQuery,
  type Filters,
  type MetricContext,
} from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';

/**
 * The materialised lead facts are a cache: every family must give exactly what it gives when the
 * facts are computed in the query (which sample.test.ts checks against the independent reference).
 */
const FAMILIES = {
  funnel: funnelQuery,
  followUp: followUpQuery,
  revenue: revenueQuery,
  bySource: bySourceQuery,
  byOwner: byOwnerQuery,
  trend: cohortTrendQuery,
  response: responseDistributionQuery,
  capacity: capacityQuery,
  lost: lostReasonsQuery,
  counts: viewCountsQuery,
  prefill: calculatorPrefillQuery,
  bySourceChart: (ctx: MetricContext) => byDimensionQuery(ctx, 'source'),
  byIndustry: (ctx: MetricContext) => byDimensionQuery(ctx, 'x_industry'),
  segmented: (ctx: MetricContext) => segmentedFunnelQuery(ctx, 'owner'),
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
  // Derived: the facts beside the leads by position (the usual layout); wide: every column (the fallback).
  const layouts = ['derived', 'wide'] as const;
  it.each(layouts.flatMap((layout) => cases.map(([name, filters]) => [layout, name, filters] as const)))(
    'equal the computed facts, %s layout: %s',
    async (layout, _, filters) => {
      const ctx = await resolveContext(db, { filters, known, definition: { slaHours: 24 } });
      const cached = await materializeFacts(db, ctx, { layout });
      expect(cached.materialized?.layout).toBe(layout);
      for (const [name, build] of Object.entries(FAMILIES)) {
        const computed = await runQuery(db, build(ctx) as ReturnType<typeof funnelQuery>);
        const fromTable = await runQuery(db, build(cached) as ReturnType<typeof funnelQuery>);
        expect({ name, result: fromTable }).toEqual({ name, result: computed });
      }
      expect(await redirectList(db, cached, 50)).toEqual(await redirectList(db, ctx, 50));
    },
  );

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
});
