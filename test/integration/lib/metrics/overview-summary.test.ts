/**
 * The Overview's headline metrics (viewCounts, followUp, revenue, calculatorPrefill) asked together,
 * as a view renders them, share one statement (overview-summary.ts); asked alone, viewCounts and
 * revenue run their own. Both routes, stored and computed facts, against the independent reference.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { BLANK, MetricsEngine, type KnownFields } from '../../../../src/lib/metrics';
import { sample } from '../../../support/files';
import { isStaged, type MetricQuery } from '../../../../src/lib/metrics/query';
import { metricQuery } from '../../../../src/lib/metrics/registry';
import { recordingDb } from '../../../support/recording-db';
import { expectSame, loadDataset, referenceFamilies, type Scenario } from './compare';
import { stateOf } from './engines';
import { sampleReference } from './datasets';

/** A one-statement metric's SQL. */
function sqlOf(query: MetricQuery<unknown>): string {
  if (isStaged(query)) throw new Error('a staged metric');
  return query.sql;
}

const SCENARIOS: [string, Scenario][] = [
  ['no filter', {}],
  ['two sources and blank', { filters: { dimensions: { source: ['Referral', 'Partner', BLANK] } } }],
  [
    'an owner and a created range',
    { filters: { createdFrom: '2025-11-01', dimensions: { owner: ['Tom Becker'] } } },
  ],
  ['another SLA', { definition: { slaHours: 4 } }],
];

describe('the Overview headline metrics, together and alone', () => {
  const data = sampleReference();
  let db: Db;
  let known: KnownFields;

  beforeAll(async () => {
    ({ db, known } = await loadDataset({ leads: sample('leads.csv'), deals: sample('deals.csv') }));
  });

  for (const store of [true, false]) {
    for (const [name, scenario] of SCENARIOS) {
      it(`${name}, ${store ? 'stored' : 'computed'} facts`, async () => {
        const { families } = referenceFamilies(data, scenario);
        const state = stateOf(known, scenario);
        const together = new MetricsEngine(db, { store });
        const [viewCounts, followUp, revenue, prefill] = await Promise.all([
          together.run(state, 'viewCounts'),
          together.run(state, 'followUp'),
          together.run(state, 'revenue'),
          together.run(state, 'calculatorPrefill'),
        ]);
        expectSame(
          { viewCounts, followUp, revenue, prefill },
          {
            viewCounts: families.viewCounts,
            followUp: families.followUp,
            revenue: families.revenue,
            prefill: families.prefill,
          },
        );
        await together.dispose();
        const alone = new MetricsEngine(db, { store });
        expectSame(await alone.run(state, 'revenue'), families.revenue);
        expectSame(await alone.run(state, 'viewCounts'), families.viewCounts);
        await alone.dispose();
      });
    }
  }

  it('run in turn (work done ahead of a click): the summary first, then what a view asks runs nothing', async () => {
    const scenario: Scenario = { filters: { dimensions: { source: ['Partner'] } } };
    const { families } = referenceFamilies(data, scenario);
    const state = stateOf(known, scenario);
    const recorded = recordingDb(db);
    const engine = new MetricsEngine(recorded.db);
    const ctx = await engine.context(state);
    const own = sqlOf(metricQuery(ctx, 'viewCounts'));
    // The cheap ones first, as the mounted components may list them.
    await engine.runInTurn(state, [['viewCounts'], ['revenue'], ['followUp'], ['funnel']], () => false);
    expect(recorded.statements).not.toContain(own);
    expect(recorded.statements.filter((sql) => sql.includes('currency_rows'))).toHaveLength(1);
    const ran = recorded.statements.length;
    const [viewCounts, followUp, revenue] = await Promise.all([
      engine.run(state, 'viewCounts'),
      engine.run(state, 'followUp'),
      engine.run(state, 'revenue'),
      engine.run(state, 'funnel'),
    ]);
    expect(recorded.statements).toHaveLength(ran);
    expectSame(
      { viewCounts, followUp, revenue },
      { viewCounts: families.viewCounts, followUp: families.followUp, revenue: families.revenue },
    );
    await engine.dispose();
  });

  it('run in turn stops between two metrics once told to', async () => {
    const state = stateOf(known, { filters: { dimensions: { owner: ['Tom Becker'] } } });
    const recorded = recordingDb(db);
    const engine = new MetricsEngine(recorded.db);
    await engine.context(state);
    const before = recorded.statements.length;
    let asked = 0;
    await engine.runInTurn(state, [['funnel'], ['byOwner'], ['capacity']], () => asked++ > 0);
    const ran = recorded.statements.slice(before);
    expect(ran).toHaveLength(1);
    expect(ran[0]).toBe(sqlOf(metricQuery(await engine.context(state), 'funnel')));
    await engine.dispose();
  });
});
