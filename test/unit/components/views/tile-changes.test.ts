import { describe, expect, it } from 'vitest';
import { sparklineLabel } from '../../../../src/components/charts/Sparkline';
import { seriesValues, shortRange, tileChange } from '../../../../src/components/views/tile-changes';
import type { Comparison, PeriodFigures } from '../../../../src/lib/metrics';

const period = (from: string, to: string, figures: Partial<PeriodFigures>): PeriodFigures => ({
  from,
  to,
  toDate: false,
  leads: 0,
  followedUp: null,
  followUpRate: null,
  withinSla: null,
  slaCompliance: null,
  neverFollowedUp: null,
  wonLeads: null,
  wonAmount: null,
  leadToWin: null,
  medianResponseHours: null,
  leakedRevenue: null,
  ...figures,
});

// November 1–5 (to date) against October 1–5: 40 leads against 50, 12 never followed up against 10,
// 70% followed up against 80%, €2,000 won against €2,500, €900 leaked against €1,200, a median
// response of 3.5 h against 6 h.
const comparison: Comparison = {
  granularity: 'month',
  current: {
    ...period('2026-11-01', '2026-11-05', {
      leads: 40,
      neverFollowedUp: 12,
      followUpRate: 0.7,
      wonAmount: 2000,
      leakedRevenue: 900,
      medianResponseHours: 3.5,
    }),
    toDate: true,
  },
  previous: period('2026-10-01', '2026-10-05', {
    leads: 50,
    neverFollowedUp: 10,
    followUpRate: 0.8,
    wonAmount: 2500,
    leakedRevenue: 1200,
    medianResponseHours: 6,
  }),
};

describe('an Overview tile against the previous period', () => {
  it('gives counts in per cent, toned by meaning: fewer leads worse, more never followed up worse', () => {
    const leads = tileChange('leads', comparison);
    expect([leads.text, leads.tone, leads.arrow]).toEqual(['\u221220%', 'worse', '▼']);
    const never = tileChange('never', comparison);
    expect([never.text, never.tone, never.arrow]).toEqual(['+20%', 'worse', '▲']);
  });

  it('gives rates in points, and names the periods compared', () => {
    const rate = tileChange('followUp', comparison);
    expect([rate.text, rate.tone]).toEqual(['\u221210 pts', 'worse']);
    expect(rate.periods).toBe('Nov 1–5 (to date) vs Oct 1–5');
    expect(rate.description).toBe('Follow-up rate, Nov 1–5 (to date) against Oct 1–5: \u221210 pts, worse.');
  });

  it('revenue per lead is won amount over leads in each period: €50 against €50 is no change', () => {
    const perLead = tileChange('revenuePerLead', comparison);
    expect([perLead.text, perLead.tone, perLead.arrow]).toEqual(['0%', 'same', '']);
  });

  it('leaked revenue in per cent, less leaked is better: €900 against €1,200 is −25%', () => {
    const leaked = tileChange('leaked', comparison);
    expect([leaked.text, leaked.tone, leaked.arrow]).toEqual(['\u221225%', 'better', '▼']);
    expect(leaked.description).toBe('Leaked revenue, Nov 1–5 (to date) against Oct 1–5: \u221225%, better.');
  });

  it('the response time in hours, faster is better: 3.5 h against 6 h is −2.5 h', () => {
    const response = tileChange('response', comparison);
    expect([response.text, response.tone, response.arrow]).toEqual(['\u22122.5 h', 'better', '▼']);
    const slower = tileChange('response', {
      ...comparison,
      current: { ...comparison.current, medianResponseHours: 6.25 },
    });
    // A quarter of an hour slower: in minutes, not "0.3 h".
    expect([slower.text, slower.tone, slower.arrow]).toEqual(['+15 min', 'worse', '▲']);
    const days = tileChange('response', {
      ...comparison,
      current: { ...comparison.current, medianResponseHours: 102 },
    });
    // 96 h more: in days, as the tile's own figure reads.
    expect([days.text, days.tone]).toEqual(['+4.0 d', 'worse']);
  });

  it('says nothing is known when a period cannot say', () => {
    const sla = tileChange('sla', comparison);
    expect([sla.text, sla.tone, sla.arrow]).toEqual(['—', 'unknown', '']);
    expect(sla.description).toContain('not known for both periods');
  });

  it('shortens ranges within a month, across months and across years', () => {
    expect(shortRange('2026-10-01', '2026-10-05')).toBe('Oct 1–5');
    expect(shortRange('2026-10-05', '2026-10-05')).toBe('Oct 5');
    expect(shortRange('2026-07-01', '2026-09-30')).toBe('Jul 1 – Sep 30');
    expect(shortRange('2025-12-29', '2026-01-04')).toBe('Dec 29, 2025 – Jan 4, 2026');
  });

  it('reads a tile’s figure in each period, revenue per lead null without leads', () => {
    const series = [
      period('2026-09-01', '2026-09-30', { leads: 0, wonAmount: 0 }),
      period('2026-10-01', '2026-10-31', { leads: 4, wonAmount: 100 }),
    ];
    expect(seriesValues('revenuePerLead', series)).toEqual([null, 25]);
    expect(seriesValues('leads', series)).toEqual([0, 4]);
    const timed = [
      period('2026-09-01', '2026-09-30', { medianResponseHours: 2, leakedRevenue: null }),
      period('2026-10-01', '2026-10-31', { medianResponseHours: null, leakedRevenue: 450 }),
    ];
    expect(seriesValues('response', timed)).toEqual([2, null]);
    expect(seriesValues('leaked', timed)).toEqual([null, 450]);
  });
});

describe('a sparkline’s words', () => {
  const format = (v: number) => `${Math.round(v * 100)}%`;
  it('says the trend from the first to the last known value', () => {
    expect(
      sparklineLabel({ values: [null, 0.52, 0.6, 0.61], name: 'Follow-up rate', unit: 'months', format }),
    ).toBe('Follow-up rate over the last 4 months: from 52% to 61%');
    expect(
      sparklineLabel({ values: [0.5, 0.6], name: 'Lead-to-win', unit: 'weeks', format, lastToDate: true }),
    ).toBe('Lead-to-win over the last 2 weeks: from 50% to 60% (the last one to date)');
  });
  it('is no trend with fewer than two known values', () => {
    expect(sparklineLabel({ values: [null, 0.5], name: 'x', unit: 'months', format })).toBeNull();
  });
});
