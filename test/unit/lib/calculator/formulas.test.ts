import { describe, expect, it } from 'vitest';
import { computeGap } from '../../../../src/lib/calculator/formulas';
import type { CalculatorOutputs } from '../../../../src/lib/calculator/types';
import { CASE_A } from './fixtures';

function expectNoNaNOrInfinity(outputs: CalculatorOutputs): void {
  for (const value of Object.values(outputs)) {
    if (value !== null) expect(Number.isFinite(value)).toBe(true);
  }
}

describe('computeGap', () => {
  it('matches the hand-worked case (see fixtures.ts)', () => {
    const out = computeGap(CASE_A);
    expect(out.retained).toBeCloseTo(1_200_000);
    expect(out.newRevenueNeeded).toBeCloseTo(800_000);
    expect(out.inboundRevenue).toBeCloseTo(300_000);
    expect(out.nurtureRevenue).toBeCloseTo(27_000);
    expect(out.gap).toBeCloseTo(473_000);
    expect(out.sqlsNeeded).toBeCloseTo(473);
    expect(out.leadsNeeded).toBeCloseTo(473 / 0.15);
    expect(out.revenueLostToNoFollowUp).toBeCloseTo(200_000);
  });

  it('reports a surplus as a negative GAP and needs nothing more', () => {
    // retained = 400,000 × 90% = 360,000; new needed = 500,000 − 360,000 = 140,000
    // inbound  = 1,000 × 100% × 20% = 200 SQLs × 25% = 50 deals × 4,000 = 200,000
    // nurture  = 1,000 × 80% = 800 × 50% = 400 × 5% = 20 SQLs × 25% = 5 deals × 4,000 = 20,000
    // GAP      = 140,000 − 200,000 − 20,000 = −80,000
    const out = computeGap({
      revenueGoal: 500_000,
      priorRevenue: 400_000,
      retentionRate: 0.9,
      inboundLeads: 1_000,
      followUpRate: 1,
      leadToSqlRate: 0.2,
      sqlCloseRate: 0.25,
      averageDeal: 4_000,
      nurturedShare: 0.5,
      nurtureToSqlRate: 0.05,
    });
    expect(out.gap).toBeCloseTo(-80_000);
    expect(out.sqlsNeeded).toBe(0);
    expect(out.leadsNeeded).toBe(0);
    expect(out.revenueLostToNoFollowUp).toBe(0);
  });

  it('with zero leads, the whole new revenue is the GAP', () => {
    const out = computeGap({ ...CASE_A, inboundLeads: 0 });
    expect(out.inboundRevenue).toBe(0);
    expect(out.nurtureRevenue).toBe(0);
    expect(out.revenueLostToNoFollowUp).toBe(0);
    expect(out.gap).toBeCloseTo(800_000);
    // 800,000 / (20% × 5,000) = 800 SQLs; 800 / (60% × 25%) = 5,333.33… leads
    expect(out.sqlsNeeded).toBeCloseTo(800);
    expect(out.leadsNeeded).toBeCloseTo(800 / 0.15);
  });

  it('loses nothing to no follow-up at 100% follow-up', () => {
    const out = computeGap({ ...CASE_A, followUpRate: 1 });
    // inbound = 2,000 × 25% = 500 SQLs × 20% = 100 deals × 5,000 = 500,000
    // nurture = 2,000 × 75% × 30% × 10% = 45 SQLs × 20% = 9 deals × 5,000 = 45,000
    expect(out.revenueLostToNoFollowUp).toBe(0);
    expect(out.inboundRevenue).toBeCloseTo(500_000);
    expect(out.nurtureRevenue).toBeCloseTo(45_000);
    expect(out.gap).toBeCloseTo(800_000 - 500_000 - 45_000);
  });

  it('returns null, never NaN, when SQLs are worth nothing (0% close rate)', () => {
    const out = computeGap({ ...CASE_A, sqlCloseRate: 0 });
    expect(out.gap).toBeCloseTo(800_000);
    expect(out.sqlsNeeded).toBeNull();
    expect(out.leadsNeeded).toBeNull();
    expect(out.revenueLostToNoFollowUp).toBe(0);
    expectNoNaNOrInfinity(out);
  });

  it('returns null SQLs needed at a 0 average deal', () => {
    const out = computeGap({ ...CASE_A, averageDeal: 0 });
    expect(out.sqlsNeeded).toBeNull();
    expect(out.leadsNeeded).toBeNull();
    expectNoNaNOrInfinity(out);
  });

  it('knows the SQLs needed but not the leads at 0% follow-up', () => {
    const out = computeGap({ ...CASE_A, followUpRate: 0 });
    // no lead is touched: GAP = 800,000; lost = 2,000 × 25% × 20% × 5,000 = 500,000
    expect(out.gap).toBeCloseTo(800_000);
    expect(out.sqlsNeeded).toBeCloseTo(800);
    expect(out.leadsNeeded).toBeNull();
    expect(out.revenueLostToNoFollowUp).toBeCloseTo(500_000);
    expectNoNaNOrInfinity(computeGap({ ...CASE_A, followUpRate: 0, leadToSqlRate: 0 }));
  });

  it('needs nothing when there is no gap, even at a 0% close rate', () => {
    const out = computeGap({ ...CASE_A, revenueGoal: 0, priorRevenue: 0, sqlCloseRate: 0 });
    expect(out.gap).toBe(0);
    expect(out.sqlsNeeded).toBe(0);
    expect(out.leadsNeeded).toBe(0);
  });

  it('lowers the GAP by lost × (1 + (1 − L)·n·m / L) when follow-up goes to 100%', () => {
    const before = computeGap(CASE_A);
    const after = computeGap({ ...CASE_A, followUpRate: 1 });
    // 473,000 − 255,000 = 218,000 = 200,000 × (1 + 75% × 30% × 10% / 25%) = 200,000 × 1.09
    expect(before.gap - after.gap).toBeCloseTo(218_000);
    expect(before.gap - after.gap).toBeCloseTo(before.revenueLostToNoFollowUp * 1.09);
  });

  it('lowers the GAP by exactly the revenue lost when nothing is nurtured', () => {
    const noNurture = { ...CASE_A, nurturedShare: 0 };
    const before = computeGap(noNurture);
    const after = computeGap({ ...noNurture, followUpRate: 1 });
    // 800,000 − 300,000 = 500,000 before; 800,000 − 500,000 = 300,000 after
    expect(before.gap).toBeCloseTo(500_000);
    expect(after.gap).toBeCloseTo(300_000);
    expect(before.gap - after.gap).toBeCloseTo(before.revenueLostToNoFollowUp);
  });

  it('still lowers the GAP through nurturing when no lead becomes an SQL directly', () => {
    const before = computeGap({ ...CASE_A, leadToSqlRate: 0 });
    const after = computeGap({ ...CASE_A, leadToSqlRate: 0, followUpRate: 1 });
    // nurture before: 1,200 × 100% × 30% × 10% = 36 SQLs × 20% × 5,000 = 36,000
    // nurture after:  2,000 × 100% × 30% × 10% = 60 SQLs × 20% × 5,000 = 60,000
    expect(before.revenueLostToNoFollowUp).toBe(0);
    expect(before.gap - after.gap).toBeCloseTo(60_000 - 36_000);
  });

  it('refuses non-finite inputs instead of returning NaN', () => {
    expect(() => computeGap({ ...CASE_A, averageDeal: Number.NaN })).toThrow(RangeError);
    expect(() => computeGap({ ...CASE_A, inboundLeads: Infinity })).toThrow(RangeError);
  });

  it('returns null rather than Infinity when the divisor underflows', () => {
    const out = computeGap({ ...CASE_A, sqlCloseRate: 1e-300, averageDeal: 1e-10 });
    expect(out.sqlsNeeded).toBeNull();
    expectNoNaNOrInfinity(out);
  });
});
