/**
 * The Overview's headline metrics (viewCounts, followUp, revenue, calculatorPrefill) asked together,
 * as a view renders them, share one statement (overview-summary.ts); asked alone, viewCounts and
 * revenue run their own. Both routes, stored and computed facts, against the independent reference.
 */
import { beforeAll, describe, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { BLANK, MetricsEngine, type KnownFields } from '../../../../src/lib/metrics';
import { sample } from '../../../support/files';
import { expectSame, loadDataset, referenceFamilies, stateOf, type Scenario } from './compare';
import { sampleReference } from './datasets';

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
});
