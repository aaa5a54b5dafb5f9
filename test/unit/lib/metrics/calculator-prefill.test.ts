import { describe, expect, it } from 'vitest';
import { computeGap, defaultInputs } from '../../../../src/lib/calculator';
import { calculatorPrefill, type PrefillFigures } from '../../../../src/lib/metrics/calculator-prefill';
import { leakedRevenue } from '../../../../src/lib/metrics/revenue';

// 1,000 leads over 730 days, 600 followed up, 150 qualified, 30 won at 5,000 on average.
const FIGURES: PrefillFigures = {
  inboundLeads: (1000 * 365) / 730,
  leadsInData: 1000,
  firstDay: '2024-01-01',
  lastDay: '2025-12-30',
  spanDays: 730,
  followUpRate: 0.6,
  leadToSqlRate: 0.25,
  sqlCloseRate: 0.2,
  averageDeal: 5000,
  nurturedShare: null,
  followedLeads: 600,
  qualifiedLeads: 150,
  wonLeads: 30,
  linkedDeals: 40,
};

describe('calculatorPrefill: the scale from the data span to the period (issue 13)', () => {
  it('lost to no follow-up = leaked revenue × period days / span days', () => {
    // leaked = 400 never × (30 / 600) × 5,000 = 100,000 over 730 days → 50,000 a year
    const leaked = leakedRevenue(400, 30, 600, 5000);
    expect(leaked).toBe(100_000);
    for (const [period, days] of [
      ['year', 365],
      ['quarter', 91.25],
      ['month', 365 / 12],
    ] as const) {
      const p = calculatorPrefill(FIGURES, period);
      expect(p.periodDays).toBeCloseTo(days, 12);
      expect(p.periodScale).toBeCloseTo(days / 730, 15);
      const inputs = { ...defaultInputs(), ...p, nurturedShare: 0 } as ReturnType<typeof defaultInputs>;
      const lost = computeGap({
        ...defaultInputs(),
        inboundLeads: p.inboundLeads ?? 0,
        followUpRate: p.followUpRate ?? 0,
        leadToSqlRate: p.leadToSqlRate ?? 0,
        sqlCloseRate: p.sqlCloseRate ?? 0,
        averageDeal: p.averageDeal ?? 0,
      }).revenueLostToNoFollowUp;
      expect(inputs.averageDeal).toBe(5000);
      expect(lost).toBeCloseTo(100_000 * (p.periodScale ?? 0), 6);
    }
  });

  it('when no deal links, the revenue inputs are unknown (null), not zero', () => {
    const p = calculatorPrefill({ ...FIGURES, wonLeads: 0, linkedDeals: 0, averageDeal: null }, 'year');
    expect(p.sqlCloseRate).toBeNull();
    expect(p.averageDeal).toBeNull();
    expect(p.leadToSqlRate).toBe(0.25);
    expect(p.notes?.join(' ')).toMatch(/No deal is linked/);
    expect(p.notes?.join(' ')).not.toMatch(/Won leads are not in your data/);
    // Asked for, not assumed: the calculator empties it (store/calculator-state.ts applyPrefill).
    expect(p.unknown).toEqual(['averageDeal']);
  });

  it('with linked deals that carry no amount, the average deal is asked for too', () => {
    const p = calculatorPrefill({ ...FIGURES, averageDeal: null }, 'year');
    expect(p.unknown).toEqual(['averageDeal']);
    expect(p.sqlCloseRate).not.toBeNull();
  });

  it('with linked deals, or with no deals file at all, nothing is marked unknown', () => {
    expect(calculatorPrefill(FIGURES, 'year').unknown).toEqual([]);
    const noDeals = calculatorPrefill(
      { ...FIGURES, wonLeads: null, linkedDeals: null, averageDeal: null },
      'year',
    );
    expect(noDeals.unknown).toEqual([]);
    expect(noDeals.notes?.join(' ')).not.toMatch(/No deal is linked/);
  });
});
