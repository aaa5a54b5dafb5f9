/**
 * The metrics engine on the Olist marketing funnel (real data: 8000 MQLs, 842 closed-won deals, no
 * outcome, amount or follow-up columns), against the reference and against the truths the issue
 * states (computed independently of this code).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  BLANK,
  MetricsEngine,
  inferKnownFields,
  metricsDocument,
  type KnownFields,
} from '../../../../src/lib/metrics';
import { olist, realDataAvailable } from '../../../support/files';
import type { RefData } from '../../../support/reference-metrics';
import { expectSame, loadDataset, referenceFamilies, type Scenario } from './compare';
import { engine, storedEngine, type PreparedCache } from './engines';
import { olistReference } from './datasets';

describe.runIf(realDataAvailable())('metrics on the Olist marketing funnel (real data)', () => {
  let data: RefData;
  let db: Db;
  let known: KnownFields;

  beforeAll(async () => {
    data = olistReference();
    ({ db, known } = await loadDataset({ leads: olist.leads(), deals: olist.deals() }));
  });

  it('knows only what the files have: a closed-won export without amounts or follow-up', () => {
    expect([...known.leads].sort()).toEqual([...data.known.leads].sort());
    expect([...known.deals].sort()).toEqual([...data.known.deals].sort());
    expect(known.closedWonOnly).toBe(true);
  });

  it('has the stated truths', async () => {
    const { families: app } = await engine(db, known, {});
    expect(app.viewCounts.leads).toBe(8000);
    expect(app.revenue.wonLeads).toBe(842);
    expect(app.revenue.wonDeals).toBe(842);
    expect(app.revenue.leadToWin).toBe(0.10525);
    expect(app.revenue.medianDaysToWin?.toFixed(2)).toBe('14.65');
    const bySource = Object.fromEntries((app.bySource ?? []).map((r) => [r.source, [r.leads, r.wonLeads]]));
    expect(bySource).toMatchObject({
      organic_search: [2296, 271],
      paid_search: [1586, 195],
      social: [1350, 75],
      unknown: [1099, 179],
      direct_traffic: [499, 56],
      [BLANK]: [60, 14],
    });
    expect(app.funnel.map((s) => s.count)).toEqual([8000, null, null, null, 842]);
    expect(app.funnel[4]).toMatchObject({ fromPrevious: 0.10525, fromLeads: 0.10525 });
    // Not in the data: follow-up, SLA, outcomes other than won, amounts.
    expect(app.followUp).toMatchObject({
      followedUp: null,
      neverFollowedUp: null,
      rate: null,
      medianResponseHours: null,
      withinSla: null,
      slaCompliance: null,
      untouchedByAge: null,
    });
    expect(app.revenue).toMatchObject({
      winRate: null,
      lostDeals: null,
      openDeals: null,
      wonAmount: null,
      averageWonAmount: null,
      revenuePerLead: null,
      leakedRevenue: null,
      medianDealCycleDays: null,
    });
    expect(app.byOwner).toBeNull();
    expect(app.responseDistribution).toBeNull();
    expect(app.redirect).toBeNull();
    expect(app.lostReasons).toBeNull();
    expect(app.prefill).toMatchObject({
      followUpRate: null,
      leadToSqlRate: null,
      sqlCloseRate: null,
      averageDeal: null,
      nurturedShare: null,
    });
  });

  it('the store’s call without mappings infers the same fields (a closed-won export included)', async () => {
    const inferred = await inferKnownFields(db);
    expect(inferred).toEqual(known);
    const doc = await metricsDocument(new MetricsEngine(db), {});
    expect(doc.revenue).toMatchObject({ wonLeads: 842, winRate: null, lostDeals: null, leadToWin: 0.10525 });
    expect(doc.followUp.rate).toBeNull();
  });

  const scenarios: [string, Scenario][] = [
    ['no filter', { extras: ['x_landingpageid'] }],
    ['one origin', { filters: { dimensions: { source: ['paid_search'] } } }],
    ['blank origin', { filters: { dimensions: { source: [BLANK] } } }],
    ['a created range', { filters: { createdFrom: '2018-01-01', createdTo: '2018-03-31' } }],
    ['SLA 24 h changes nothing without first touches', { definition: { slaHours: 24 } }],
    [
      'working hours change nothing without first touches',
      {
        definition: {
          timeZone: 'America/Sao_Paulo',
          businessHours: {
            days: [1, 2, 3, 4, 5],
            start: '08:00',
            end: '18:00',
            timeZone: 'America/Sao_Paulo',
            holidays: ['2018-02-13'],
            slaClock: 'working',
          },
        },
      },
    ],
  ];

  it.each(scenarios)('%s: every family equals the reference', async (_name, scenario) => {
    const app = await engine(db, known, scenario);
    expectSame(app.families, referenceFamilies(data, scenario).families);
  });

  const prepared: PreparedCache = new Map();
  it.each(scenarios)(
    '%s, read from facts materialised once: every family equals the reference',
    async (_name, scenario) => {
      const app = await storedEngine(db, known, scenario, prepared);
      expectSame(app.families, referenceFamilies(data, scenario).families);
    },
  );
});
