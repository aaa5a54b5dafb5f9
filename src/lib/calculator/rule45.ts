import { INQUIRIES_BUYING_12_MONTHS, INQUIRIES_BUYING_6_MONTHS } from './benchmarks';
import { assertFinite } from './finite';

export interface RuleOf45Input {
  inquiries: number;
  /** Fraction of inquiries sales follows up (0..1). */
  followUpRate: number;
  /** Fraction of the buying inquiries this company wins (0..1). */
  marketShare: number;
  averageDeal: number;
  /** 12: 45% of inquiries buy within a year; 6: 26% buy within six months. Default 12. */
  horizonMonths?: 12 | 6;
}

export function ruleOf45BuyRate(horizonMonths: 12 | 6 = 12): number {
  return horizonMonths === 6 ? INQUIRIES_BUYING_6_MONTHS.value : INQUIRIES_BUYING_12_MONTHS.value;
}

/**
 * Obermayer's cross-check: projected sales = inquiries × 45% × follow-up × market share ×
 * average deal (26% instead of 45% over six months). Throws a RangeError on non-finite input.
 */
export function ruleOf45ProjectedSales(input: RuleOf45Input): number {
  const { inquiries, followUpRate, marketShare, averageDeal } = input;
  assertFinite({ inquiries, followUpRate, marketShare, averageDeal }, 'ruleOf45ProjectedSales');
  const projected =
    inquiries * ruleOf45BuyRate(input.horizonMonths) * followUpRate * marketShare * averageDeal;
  assertFinite({ projected }, 'ruleOf45ProjectedSales result');
  return projected;
}
