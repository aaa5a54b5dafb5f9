import { describe, expect, it } from 'vitest';
import { ruleOf45BuyRate, ruleOf45ProjectedSales } from '../../../../src/lib/calculator/rule45';

describe('ruleOf45ProjectedSales', () => {
  const obermayer = { inquiries: 1_000, followUpRate: 1, marketShare: 0.25, averageDeal: 10_000 };

  it("reproduces Obermayer's example at 100% follow-up", () => {
    // 1,000 × 45% = 450 buyers × 100% × 25% share = 112.5 deals × 10,000 = 1,125,000
    expect(ruleOf45ProjectedSales(obermayer)).toBeCloseTo(1_125_000);
  });

  it('falls to a quarter at 25% follow-up', () => {
    // 1,125,000 × 25% = 281,250
    expect(ruleOf45ProjectedSales({ ...obermayer, followUpRate: 0.25 })).toBeCloseTo(281_250);
  });

  it('uses 26% for the six-month horizon', () => {
    // 1,000 × 26% = 260 × 100% × 25% = 65 deals × 10,000 = 650,000
    expect(ruleOf45ProjectedSales({ ...obermayer, horizonMonths: 6 })).toBeCloseTo(650_000);
    expect(ruleOf45BuyRate(6)).toBe(0.26);
    expect(ruleOf45BuyRate()).toBe(0.45);
  });

  it('refuses non-finite inputs', () => {
    expect(() => ruleOf45ProjectedSales({ ...obermayer, inquiries: Number.NaN })).toThrow(RangeError);
  });
});
