import type { CalculatorInputs } from '../../../../src/lib/calculator/types';

/**
 * The hand-worked case used across the tests:
 *   retained        = 1,500,000 × 80% = 1,200,000
 *   new needed      = 2,000,000 − 1,200,000 = 800,000
 *   followed up     = 2,000 × 60% = 1,200 leads
 *   inbound         = 1,200 × 25% = 300 SQLs × 20% = 60 deals × 5,000 = 300,000
 *   nurture         = 1,200 × 75% = 900 not SQL × 30% = 270 nurtured × 10% = 27 SQLs
 *                     × 20% = 5.4 deals × 5,000 = 27,000
 *   GAP             = 800,000 − 300,000 − 27,000 = 473,000
 *   SQLs needed     = 473,000 / (20% × 5,000 = 1,000) = 473
 *   leads needed    = 473 / (60% × 25% = 0.15) = 3,153.33…
 *   lost (no f-up)  = 2,000 × 40% = 800 untouched × 25% = 200 SQLs × 20% = 40 deals × 5,000 = 200,000
 */
export const CASE_A: CalculatorInputs = {
  revenueGoal: 2_000_000,
  priorRevenue: 1_500_000,
  retentionRate: 0.8,
  inboundLeads: 2_000,
  followUpRate: 0.6,
  leadToSqlRate: 0.25,
  sqlCloseRate: 0.2,
  averageDeal: 5_000,
  nurturedShare: 0.3,
  nurtureToSqlRate: 0.1,
};
