import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
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
  it.each(cases)('equal the computed facts: %s', async (_, filters) => {
    const ctx = await resolveContext(db, { filters, known, definition: { slaHours: 24 } });
    const cached = await materializeFacts(db, ctx);
    expect(cached.materialized).toBeDefined();
    for (const [name, build] of Object.entries(FAMILIES)) {
      const computed = await runQuery(db, build(ctx) as ReturnType<typeof funnelQuery>);
      const fromTable = await runQuery(db, build(cached) as ReturnType<typeof funnelQuery>);
      expect({ name, result: fromTable }).toEqual({ name, result: computed });
    }
    expect(await redirectList(db, cached, 50)).toEqual(await redirectList(db, ctx, 50));
  });
});
