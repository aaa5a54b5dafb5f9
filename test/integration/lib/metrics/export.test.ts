/**
 * The `leadgap-metrics.json` document (DESIGN.md test contract) on the sample data: the contract's
 * keys, rates as fractions, the figures of the reference for the current filters, the old call.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import {
  BLANK,
  inferKnownFields,
  MetricsEngine,
  metricsDocument,
  resolveContext,
  type KnownFields,
} from '../../../../src/lib/metrics';
import { sample } from '../../../support/files';
import { expectSame, loadDataset, referenceFamilies } from './compare';
import { sampleReference } from './datasets';

describe('metricsDocument', () => {
  const data = sampleReference();
  let db: Db;
  let known: KnownFields;

  beforeAll(async () => {
    ({ db, known } = await loadDataset({ leads: sample('leads.csv'), deals: sample('deals.csv') }));
  });

  it('still answers the store’s two-argument call, with the contract’s keys', async () => {
    const doc = await metricsDocument(new MetricsEngine(db), {}, { rejectedRows: { leads: 1, deals: 2 } });
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining([
        'schema',
        'asOf',
        'slaHours',
        'filters',
        'counts',
        'funnel',
        'followUp',
        'revenue',
        'bySource',
        'byOwner',
      ]),
    );
    expect(doc).toMatchObject({ schema: 'leadgap.metrics/1', asOf: '2026-10-31', slaHours: 48, filters: {} });
    expect(doc.counts).toMatchObject({
      leads: 3000,
      deals: 344,
      dealsMatched: 340,
      rejectedRows: { leads: 1, deals: 2 },
    });
    expect(doc.funnel.map((s) => s.stage)).toEqual([
      'leads',
      'followed_up',
      'qualified',
      'opportunity',
      'won',
    ]);
    expect(doc.followUp.untouchedByAge?.map((b) => b.bucket)).toEqual([
      '0-2d',
      '2-7d',
      '7-30d',
      '30-90d',
      '90d+',
    ]);
    expect('calculator' in doc).toBe(false);
    // Rates are fractions.
    for (const value of [
      doc.followUp.rate,
      doc.revenue.winRate,
      doc.revenue.leadToWin,
      doc.followUp.slaCompliance,
    ]) {
      expect(value).toBeGreaterThan(0);
      expect(value).toBeLessThan(1);
    }
  });

  it('computes the current filters and definition as the reference does, and echoes them', async () => {
    const filters = {
      createdFrom: '2026-01-01',
      dimensions: { source: ['Web', 'Referral', BLANK], owner: [], x_industry: ['Software', 'Healthcare'] },
    };
    const definition = { slaHours: 24, asOf: '2026-09-30' };
    const doc = await metricsDocument(
      new MetricsEngine(db),
      { filters, definition, known },
      { calculator: { currency: 'EUR' } },
    );
    const { families } = referenceFamilies(data, { filters, definition });
    expect(doc.filters).toEqual({
      createdFrom: '2026-01-01',
      dimensions: { source: ['Web', 'Referral', BLANK], x_industry: ['Software', 'Healthcare'] },
    });
    expect(doc.asOf).toBe('2026-09-30');
    expect(doc.slaHours).toBe(24);
    expect(doc.calculator).toEqual({ currency: 'EUR' });
    expect(doc.counts).toMatchObject({
      leads: families.viewCounts.leads,
      totalLeads: 3000,
      leadsInView: families.viewCounts.leads,
      dealsInScope: families.viewCounts.deals,
    });
    expectSame(
      {
        funnel: doc.funnel,
        followUp: doc.followUp,
        revenue: doc.revenue,
        bySource: doc.bySource,
        byOwner: doc.byOwner,
      },
      {
        funnel: families.funnel,
        followUp: families.followUp,
        revenue: families.revenue,
        bySource: families.bySource,
        byOwner: families.byOwner,
      },
    );
    // The definition alone sets the SLA.
    const old = await metricsDocument(new MetricsEngine(db), { definition: { slaHours: 24 }, known });
    expect(old.slaHours).toBe(24);
    expectSame(old.followUp, referenceFamilies(data, { definition: { slaHours: 24 } }).families.followUp);
  });

  it('infers the known fields from the data when the caller has no mappings', async () => {
    const inferred = await inferKnownFields(db);
    // The sample's files have a value in every mapped column.
    expect(inferred).toEqual(known);
  });

  it('drops filters on columns that are not loaded instead of failing (stale links)', async () => {
    const ctx = await resolveContext(db, {
      known,
      filters: { dimensions: { x_nosuchcolumn: ['a'], source: ['Web'] } },
    });
    expect(ctx.filters).toEqual({ dimensions: { source: ['Web'] } });
  });

  it('is valid JSON with nothing but JSON values', async () => {
    const doc = await metricsDocument(new MetricsEngine(db), { known });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
  });
});
