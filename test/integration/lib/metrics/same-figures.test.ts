/**
 * The same figures everywhere (DESIGN.md test contract, issue 12): for one state, the JSON export
 * document, the snapshot document and what the views render (`engine.run(name, …)` for each view's
 * metrics, here on a fresh engine) agree, on the sample and on Olist (real data), for three
 * filter/definition states each. The export and the snapshot are built by the functions their buttons
 * run (store/metrics-export.ts, lib/share/snapshot-collect.ts) over one engine, as in the app.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  BLANK,
  MetricsEngine,
  metricKey,
  type EngineState,
  type KnownFields,
  type MetricName,
} from '../../../../src/lib/metrics';
import { collectSnapshot } from '../../../../src/lib/share/snapshot-collect';
import { toShared } from '../../../../src/store/calculator-persist';
import { initialCalculator } from '../../../../src/store/calculator-state';
import { metricsExport, prefilledCalculator } from '../../../../src/store/metrics-export';
import { olist, realDataAvailable, sample } from '../../../support/files';
import { expectSame, loadDataset, type Scenario } from './compare';

/** What each view asks for (src/components/views), as it asks. */
const VIEW_METRICS: Record<string, [MetricName, ...unknown[]][]> = {
  overview: [['viewCounts'], ['followUp'], ['revenue'], ['byDimension', 'source']],
  funnel: [['funnel'], ['segmentedFunnel', 'source'], ['segmentedFunnel', 'owner']],
  followUp: [['followUp'], ['responseDistribution'], ['cohortTrend']],
  sources: [
    ['byDimension', 'source'],
    ['byDimension', 'campaign'],
  ],
  reps: [['byOwner'], ['capacity'], ['followUp']],
  deals: [['lostReasons']],
  calculator: [['calculatorPrefill']],
};

interface Dataset {
  name: string;
  files: () => { leads: string; deals: string };
  dimensions: { column: string; label: string }[];
  states: [string, Scenario][];
  skip?: boolean;
}

const DATASETS: Dataset[] = [
  {
    name: 'the sample',
    files: () => ({ leads: sample('leads.csv'), deals: sample('deals.csv') }),
    dimensions: [
      { column: 'source', label: 'Source' },
      { column: 'campaign', label: 'Campaign' },
      { column: 'x_industry', label: 'Industry' },
    ],
    states: [
      ['no filter', {}],
      [
        'sources and a created range',
        { filters: { dimensions: { source: ['Web', BLANK] }, createdFrom: '2026-01-01' } },
      ],
      [
        'SLA 24 h, an as-of day, an owner and an extra column',
        {
          definition: { slaHours: 24, asOf: '2026-09-30' },
          filters: { dimensions: { owner: ['Tom Becker'], x_industry: ['Software'] } },
        },
      ],
    ],
  },
  {
    name: 'Olist (real data)',
    files: () => ({ leads: olist.leads(), deals: olist.deals() }),
    dimensions: [{ column: 'source', label: 'Origin' }],
    states: [
      ['no filter', {}],
      ['one origin', { filters: { dimensions: { source: ['organic_search'] } } }],
      ['SLA 24 h from March 2018', { definition: { slaHours: 24 }, filters: { createdFrom: '2018-03-01' } }],
    ],
    skip: !realDataAvailable(),
  },
];

describe.each(DATASETS)('the same figures on screen, in the JSON and in the snapshot: $name', (dataset) => {
  let loaded: Promise<{ db: Db; known: KnownFields }> | undefined;
  const data = () => (loaded ??= loadDataset(dataset.files()));

  it.skipIf(dataset.skip).each(dataset.states)('%s', async (_name, scenario) => {
    const { db, known } = await data();
    const state: EngineState = { known, filters: scenario.filters, definition: scenario.definition };
    const app = new MetricsEngine(db);
    const calculator = initialCalculator();
    const exported = await metricsExport({
      engine: app,
      state,
      hasData: true,
      calculator,
      rejectedRows: { leads: 0, deals: 0 },
    });
    const shared = await prefilledCalculator({ engine: app, state, hasData: true, calculator });
    const snapshot = await collectSnapshot({
      ctx: await app.context(state),
      run: (name, params) => app.runNamed(state, name, params),
      dimensions: dataset.dimensions,
      files: [],
      calculator: { ...toShared(shared), selectedId: shared.selectedId, dataBasis: shared.dataBasis },
      view: 'overview',
      includeOwnerNames: true,
    });

    // What the views render: a fresh engine, by name.
    const screen = new MetricsEngine(db);
    const shown = async (name: MetricName, ...params: unknown[]) => screen.runNamed(state, name, params);
    // The Sources view's columns the snapshot kept (one that looks row-level is left out, and said so).
    const kept = snapshot.dimensions.map((d) => d.column);
    expect([...kept, ...snapshot.hiddenDimensions].length).toBe(dataset.dimensions.length);
    const sources = kept.map((column): [MetricName, string] => ['byDimension', column]);
    for (const [view, metrics] of Object.entries({ ...VIEW_METRICS, sources })) {
      for (const [name, ...params] of metrics) {
        const key = metricKey(name, params);
        const figure = JSON.parse(JSON.stringify(await shown(name, ...params))) as unknown;
        expect({ view, key, inSnapshot: key in snapshot.results }).toEqual({ view, key, inSnapshot: true });
        expectSame(snapshot.results[key], figure);
      }
    }
    expectSame(
      {
        funnel: exported.funnel,
        followUp: exported.followUp,
        revenue: exported.revenue,
        bySource: exported.bySource,
        byOwner: exported.byOwner,
        leads: exported.counts.leads,
        dealsInScope: exported.counts.dealsInScope,
        asOf: exported.asOf,
      },
      {
        funnel: await shown('funnel'),
        followUp: await shown('followUp'),
        revenue: await shown('revenue'),
        bySource: await shown('bySource'),
        byOwner: await shown('byOwner'),
        leads: (snapshot.results['viewCounts'] as { leads: number }).leads,
        dealsInScope: (snapshot.results['viewCounts'] as { deals: number }).deals,
        asOf: snapshot.context.asOf,
      },
    );
    expect(exported.slaHours).toBe(snapshot.context.definition.slaHours);
    // The same filters, but a snapshot hides the values of a column it left out.
    const hidden = (filters: typeof exported.filters) => ({
      ...filters,
      dimensions: Object.fromEntries(
        Object.entries(filters.dimensions ?? {}).map(([name, values]) => [
          name,
          kept.includes(name) || !name.startsWith('x_') ? values : values?.length,
        ]),
      ),
    });
    expect(hidden(exported.filters)).toEqual(hidden(snapshot.context.filters));
    // The calculator: the same prefilled baseline in both.
    const exportedBaseline = (
      exported.calculator as { scenarios: { baseline: boolean; inputs: unknown }[] }
    ).scenarios.find((s) => s.baseline);
    const sharedBaseline = snapshot.calculator.scenarios.find((s) => s.baseline);
    expect(exportedBaseline?.inputs).toEqual(sharedBaseline?.inputs);
    await Promise.all([app.dispose(), screen.dispose()]);
  });
});
