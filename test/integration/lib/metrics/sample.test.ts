/**
 * The metrics engine on the committed sample data (Salesforce-style, 3000 leads, 344 deals), every
 * family against the independent reference (test/support/reference-metrics.ts): default definition,
 * filters of each kind, and definition changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { BLANK, type KnownFields } from '../../../../src/lib/metrics';
import { sample } from '../../../support/files';
import { expectSame, loadDataset, referenceFamilies, type Scenario } from './compare';
import { engine, stateOf, storedEngine, codedEngine, type PreparedCache } from './engines';
import { sampleReference } from './datasets';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('metrics on the sample data, against the reference', () => {
  const data = sampleReference();
  let db: Db;
  let known: KnownFields;

  beforeAll(async () => {
    ({ db, known } = await loadDataset({ leads: sample('leads.csv'), deals: sample('deals.csv') }));
  });

  it('maps the fields the reference reads (so both compute over the same columns)', () => {
    expect(sorted(known.leads)).toEqual(sorted(data.known.leads));
    expect(sorted(known.deals)).toEqual(sorted(data.known.deals));
    expect(known.closedWonOnly).toBe(false);
  });

  const scenarios: [string, Scenario][] = [
    ['default definition, no filter', { extras: ['x_industry', 'x_country'] }],
    ['one source', { filters: { dimensions: { source: ['Web'] } } }],
    ['two sources and blank', { filters: { dimensions: { source: ['Referral', 'Partner', BLANK] } } }],
    ['two owners', { filters: { dimensions: { owner: ['Tom Becker', 'Sarah Chen'] } } }],
    [
      'four sources (one list) and five owners (an IN)',
      {
        filters: {
          dimensions: {
            source: ['Web', 'Partner', 'Referral', 'Trade Show'],
            owner: ['Tom Becker', 'Sarah Chen', 'Emily Walsh', "Liam O'Connor", 'José Ramírez'],
          },
        },
      },
    ],
    ['a created range', { filters: { createdFrom: '2025-11-01', createdTo: '2026-04-30' } }],
    [
      'an extra column, blank included',
      { filters: { dimensions: { x_industry: ['Software', BLANK] } }, extras: ['x_industry'] },
    ],
    [
      'all kinds at once',
      {
        filters: {
          createdFrom: '2025-09-15',
          createdTo: '2026-10-31',
          dimensions: {
            source: ['Web', 'Paid Search', 'Webinar'],
            owner: ['Tom Becker', 'Priya Patel', 'Emily Walsh'],
            x_country: ['United States'],
          },
        },
        extras: ['x_country'],
      },
    ],
    ['SLA 24 h', { definition: { slaHours: 24 } }],
    ['SLA 4.5 h (not one of the fixed bin edges)', { definition: { slaHours: 4.5 } }],
    [
      '"Working - Contacted" counted as untouched',
      {
        definition: {
          untouchedStatuses: ['', 'New', 'Open - Not Contacted', 'Working - Contacted'],
        },
      },
    ],
    [
      'blank status no longer untouched',
      { definition: { untouchedStatuses: ['New', 'Open - Not Contacted'] } },
    ],
    ['no qualified statuses', { definition: { qualifiedStatuses: [] } }],
    ['as-of set by the user', { definition: { asOf: '2026-06-30' } }],
  ];

  it.each(scenarios)('%s: every family equals the reference', async (_name, scenario) => {
    const app = await engine(db, known, scenario);
    const { families } = referenceFamilies(data, scenario);
    expectSame(app.families, families);
    if (scenario.filters) {
      // A filter that kept everything or nothing would prove little.
      expect(families.viewCounts.leads).toBeGreaterThan(50);
      expect(families.viewCounts.leads).toBeLessThan(3000);
    }
  });

  // The same scenarios in order on one db: the unfiltered facts of a definition are materialised once,
  // then read under every filter of that definition.
  const prepared: PreparedCache = new Map();
  it.each(scenarios)(
    '%s, read from facts materialised once: every family equals the reference',
    async (_name, scenario) => {
      const app = await storedEngine(db, known, scenario, prepared);
      expectSame(app.families, referenceFamilies(data, scenario).families);
    },
  );

  // Once a dimension has been filtered, its codes are made and the filters after compare them.
  const coded: PreparedCache = new Map();
  it.each(scenarios)(
    '%s, filtered by dimension codes: every family equals the reference',
    async (_name, scenario) => {
      const app = await codedEngine(db, known, scenario, coded);
      expectSame(app.families, referenceFamilies(data, scenario).families);
    },
  );

  it('narrows the stored facts and deals on each filter change, and widens them back', async () => {
    const cache: PreparedCache = new Map();
    const steps: Scenario[] = [
      {},
      { filters: { dimensions: { source: ['Web'] } } },
      { filters: { dimensions: { owner: ['Tom Becker'] }, createdFrom: '2026-01-01' } },
      {},
    ];
    const counts: number[] = [];
    for (const scenario of steps) {
      const app = await storedEngine(db, known, scenario, cache);
      const { families } = referenceFamilies(data, scenario);
      expectSame(app.families, families);
      counts.push(app.families.viewCounts.leads, app.families.viewCounts.deals);
    }
    expect(cache.size).toBe(1);
    // Each filter narrows leads and deals in scope; clearing it gives all of them back.
    const [leads = 0, deals = 0] = counts;
    for (const i of [2, 4]) {
      expect(counts[i]).toBeLessThan(leads);
      expect(counts[i + 1]).toBeLessThan(deals);
    }
    expect(counts.slice(6)).toEqual([leads, deals]);
  });

  it('lists every lead due without a limit (the CSV), computed and stored', async () => {
    const scenario: Scenario = { filters: { dimensions: { source: ['Web', 'Referral'] } } };
    const { ref } = referenceFamilies(data, scenario);
    const computed = (await engine(db, known, scenario)).engine;
    const stored = (await storedEngine(db, known, scenario, new Map())).engine;
    for (const app of [computed, stored]) {
      const list = await app.redirectList(stateOf(known, scenario));
      expect(list?.rows.length).toBe(list?.total);
      expectSame(list, ref.redirect());
    }
  });

  it('has the data DESIGN.md describes (a sanity check on the reference itself)', () => {
    const { families } = referenceFamilies(data, {});
    expect(families.asOf).toBe('2026-10-31');
    expect(families.viewCounts).toEqual({ leads: 3000, deals: 340 });
    expect(families.followUp.followedUp).toBe(1790);
    expect(families.followUp.negativeResponses).toBe(8);
    expect(families.unmatched.count).toBe(4);
  });

  it('changes with the definition as the reference says', async () => {
    const base = (await engine(db, known, {})).families;
    const sla24 = (await engine(db, known, { definition: { slaHours: 24 } })).families;
    expect(sla24.followUp.withinSla ?? 0).toBeLessThan(base.followUp.withinSla ?? 0);
    expect(sla24.followUp.breachedSla ?? 0).toBeGreaterThan(base.followUp.breachedSla ?? 0);
    expect(sla24.followUp.followedUp).toBe(base.followUp.followedUp);
    const stricter = (
      await engine(db, known, {
        definition: { untouchedStatuses: ['', 'New', 'Open - Not Contacted', 'Working - Contacted'] },
      })
    ).families;
    // Leads with only that status and no touch field set become untouched; the rest stay followed up.
    expect(stricter.followUp.followedUp ?? 0).toBeLessThanOrEqual(base.followUp.followedUp ?? 0);
    expect(stricter.funnel[1]?.count).toBe(stricter.followUp.followedUp);
  });
});

describe('metrics on the sample leads alone and deals alone', () => {
  it('leads without deals: deal stages and money are null, lead figures still count', async () => {
    const { db, known } = await loadDataset({ leads: sample('leads.csv') });
    const data = sampleReference({ leads: true });
    const app = await engine(db, known, {});
    expectSame(app.families, referenceFamilies(data, {}).families);
    const cache: PreparedCache = new Map();
    for (const scenario of [{}, { filters: { dimensions: { source: ['Web'] } } }])
      expectSame(
        (await storedEngine(db, known, scenario, cache)).families,
        referenceFamilies(data, scenario).families,
      );
    expect(app.families.revenue.wonLeads).toBeNull();
    expect(app.families.revenue.winRate).toBeNull();
    expect(app.families.funnel.map((s) => s.count)).toEqual([
      3000,
      1790,
      expect.any(Number),
      expect.any(Number),
      null,
    ]);
  });

  it('deals without leads: deal figures cover all deals, lead figures are null', async () => {
    const { db, known } = await loadDataset({ deals: sample('deals.csv') });
    const data = sampleReference({ deals: true });
    const app = await engine(db, known, {});
    expectSame(app.families, referenceFamilies(data, {}).families);
    // Every deal stays in scope whatever the filters: there is no lead to filter by.
    const cache: PreparedCache = new Map();
    for (const scenario of [{}, { filters: { createdFrom: '2026-01-01', dimensions: { source: ['Web'] } } }])
      expectSame(
        (await storedEngine(db, known, scenario, cache)).families,
        referenceFamilies(data, scenario).families,
      );
    expect(app.families.revenue).toMatchObject({
      wonDeals: 124,
      lostDeals: 175,
      openDeals: 45,
      wonLeads: null,
      leadToWin: null,
    });
    expect(app.families.revenue.wonAmount).toBeCloseTo(1943250, 6);
    expect(app.families.funnel.every((s) => s.count === null)).toBe(true);
    expect(app.ctx.asOf).toBe(referenceFamilies(data, {}).families.asOf);
  });
});
