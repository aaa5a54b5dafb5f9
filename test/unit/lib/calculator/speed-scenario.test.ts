import { describe, expect, it } from 'vitest';
import { computeGap } from '../../../../src/lib/calculator';
import { fasterAnswer } from '../../../../src/lib/calculator/speed-scenario';

const INPUTS = {
  revenueGoal: 0,
  priorRevenue: 0,
  retentionRate: 0,
  inboundLeads: 1000,
  followUpRate: 0.5,
  leadToSqlRate: 0.2,
  sqlCloseRate: 0.25,
  averageDeal: 4000,
  nurturedShare: 0,
  nurtureToSqlRate: 0,
};

describe('the "answer within X" scenario', () => {
  it('raises lead→SQL so inbound revenue grows by exactly the value', () => {
    // Inbound: 1000 × 0.5 × 0.2 × 0.25 × 4000 = $100,000; one point of lead→SQL is worth
    // 1000 × 0.5 × 0.25 × 4000 = $500,000, so $50,000 more needs +0.1.
    const faster = fasterAnswer(INPUTS, 50_000);
    expect(faster).toEqual({ leadToSqlRate: expect.closeTo(0.3, 12), capped: false });
    const before = computeGap(INPUTS).inboundRevenue;
    const after = computeGap({ ...INPUTS, leadToSqlRate: faster?.leadToSqlRate ?? 0 }).inboundRevenue;
    expect(before).toBeCloseTo(100_000, 6);
    expect(after - before).toBeCloseTo(50_000, 6);
  });

  it('caps at 100%, and offers nothing for no gain or a lead worth nothing', () => {
    expect(fasterAnswer(INPUTS, 1_000_000)).toEqual({ leadToSqlRate: 1, capped: true });
    expect(fasterAnswer(INPUTS, 0)).toBeNull();
    expect(fasterAnswer(INPUTS, -10)).toBeNull();
    expect(fasterAnswer({ ...INPUTS, averageDeal: 0 }, 100)).toBeNull();
  });
});
