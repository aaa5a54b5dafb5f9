/** A fake catalog run and a collected snapshot of it, shared by the snapshot tests. */
import { defaultProvenance } from '../../../../src/lib/calculator/benchmarks';
import { DEFAULT_DEFINITION, type MetricContext } from '../../../../src/lib/metrics/context';
import { metricKey } from '../../../../src/lib/metrics';
import { collectSnapshot, type CollectInput } from '../../../../src/lib/share/snapshot-collect';
import { snapshotCatalog } from '../../../../src/lib/share/snapshot-catalog';
import type { SnapshotDocument } from '../../../../src/lib/share/snapshot-document';
import { CASE_A } from '../calculator/fixtures';

export const ctx: MetricContext = {
  filters: { dimensions: { owner: ['Dana Scully'], x_country: ['Sweden'] } },
  definition: DEFAULT_DEFINITION,
  known: {
    leads: new Set(['lead_id', 'created_at', 'source', 'owner', 'status', 'first_touch_at', 'email']),
    deals: new Set(['deal_id', 'outcome', 'amount']),
    closedWonOnly: false,
  },
  asOf: '2025-06-30',
};

const dimensionRow = (value: string, leads: number) => ({
  value,
  leads,
  followedUp: leads - 1,
  followUpRate: (leads - 1) / leads,
  wonLeads: 1,
  leadToWin: 1 / leads,
  wonAmount: 1000,
  revenuePerLead: 1000 / leads,
});
export const stages = (count: number) =>
  (['leads', 'followed_up', 'qualified', 'opportunity', 'won'] as const).map((stage) => ({
    stage,
    count,
    fromPrevious: 1,
    fromLeads: 1,
  }));

/** A stand-in for the engine: answers each catalog metric by its key, as the metrics would. */
export function fakeRun(_on: MetricContext = ctx): CollectInput['run'] {
  const keys = new Set(
    snapshotCatalog(['campaign', 'x_country', 'x_first_name', 'x_notes']).map((e) => e.key),
  );
  const nulls = (...names: string[]) => Object.fromEntries(names.map((n) => [n, null]));
  const owners = ['Dana Scully', 'Fox Mulder', 'Walter Skinner'];
  const answers: Record<string, unknown> = {
    viewCounts: { leads: 300, deals: 12 },
    revenue: nulls(
      'wonLeads',
      'wonDeals',
      'lostDeals',
      'openDeals',
      'winRate',
      'wonAmount',
      'averageWonAmount',
      'leadToWin',
      'revenuePerLead',
      'medianDaysToWin',
      'medianDealCycleDays',
      'leakedRevenue',
    ),
    funnel: stages(300),
    calculatorPrefill: nulls(
      'inboundLeads',
      'leadsInData',
      'firstDay',
      'lastDay',
      'spanDays',
      'followUpRate',
      'leadToSqlRate',
      'sqlCloseRate',
      'averageDeal',
      'nurturedShare',
      'followedLeads',
      'qualifiedLeads',
      'wonLeads',
      'linkedDeals',
    ),
    followUp: {
      followedUp: 200,
      neverFollowedUp: 100,
      rate: 2 / 3,
      medianResponseHours: 3,
      p90ResponseHours: 40,
      withinSla: 150,
      breachedSla: 120,
      pendingSla: 5,
      slaCompliance: 150 / 270,
      untouchedByAge: [{ bucket: '0-2d', count: 5 }],
      negativeResponses: 0,
      followedUpAtUnknownTime: 0,
    },
    byOwner: owners.map((owner, i) => ({
      owner,
      leads: 100 - i,
      followedUp: 50,
      followUpRate: 0.5,
      medianResponseHours: 2,
      slaCompliance: 0.5,
      wonLeads: 1,
      wonAmount: 10,
      leadsPerMonth: 4,
      withinHourShare: 0.25,
      medianWorkingHours: null,
    })),
    capacity: [{ owner: 'Fox Mulder', month: '2025-01', leads: 9, followedUp: 3, followUpRate: 1 / 3 }],
    'segmentedFunnel:owner': [
      { segment: 'Walter Skinner', other: false, stages: stages(98) },
      { segment: 'Other', other: true, stages: stages(1) },
    ],
    'byDimension:x_country': [dimensionRow('Sweden', 150), dimensionRow('Spain', 150)],
    // One value per lead: left out.
    'byDimension:x_first_name': Array.from({ length: 300 }, (_, i) => dimensionRow(`Name ${i}`, 1)),
    'byDimension:campaign': [dimensionRow('Spring = promo', 300)],
    'byDimension:source': [dimensionRow('Contact jane.doe@example.com', 300)],
  };
  return async (name, params) => {
    const key = metricKey(name, params);
    if (!keys.has(key)) throw new Error(`unexpected metric ${key}`);
    return answers[key] ?? null;
  };
}

export async function collect(includeOwnerNames = false): Promise<SnapshotDocument> {
  return collectSnapshot({
    ctx,
    run: fakeRun(),
    dimensions: [
      { column: 'source', label: 'Source' },
      { column: 'campaign', label: 'Campaign' },
      { column: 'x_country', label: 'Country' },
      { column: 'x_first_name', label: 'Given' }, // header does not say "name": caught by its values
      { column: 'x_notes', label: 'Notes' },
    ],
    files: [{ kind: 'leads', fileName: 'leads.csv', rows: 300 }],
    calculator: {
      currency: 'USD',
      period: 'year',
      scenarios: [
        {
          id: 'a',
          name: 'Today',
          baseline: true,
          inputs: { ...CASE_A },
          provenance: defaultProvenance(),
          overridden: [],
        },
      ],
      selectedId: 'a',
      dataBasis: null,
    },
    view: 'reps',
    includeOwnerNames,
    now: new Date('2025-07-01T10:00:00Z'),
  });
}

export async function collectInput() {
  const doc = await collect();
  return {
    ctx,
    run: fakeRun(),
    dimensions: [{ column: 'x_notes', label: 'Notes' }],
    files: doc.files,
    calculator: doc.calculator,
    view: doc.view,
    includeOwnerNames: false,
  };
}
