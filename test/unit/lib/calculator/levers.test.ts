import { describe, expect, it } from 'vitest';
import { rankLevers } from '../../../../src/lib/calculator/levers';
import { CASE_A } from './fixtures';

describe('rankLevers', () => {
  // CASE_A: GAP 473,000 = 800,000 new − 327,000 from leads, where
  // 327,000 = 2,000 × 60% × 20% × 5,000 (= 1,200,000) × (25% + 75% × 30% × 10%) (= 0.2725).
  it('orders the levers of the hand-worked case by gap reduction', () => {
    const levers = rankLevers(CASE_A);
    const byField = Object.fromEntries(levers.map((l) => [l.field, l]));
    // prior revenue or retention × 1.1: retained 1,200,000 → 1,320,000
    expect(byField['priorRevenue']?.gapChange).toBeCloseTo(-120_000);
    expect(byField['retentionRate']?.gapChange).toBeCloseTo(-120_000);
    // a factor common to inbound and nurture × 1.1: 327,000 × 10% = 32,700
    for (const field of ['inboundLeads', 'followUpRate', 'sqlCloseRate', 'averageDeal']) {
      expect(byField[field]?.gapChange).toBeCloseTo(-32_700);
    }
    // lead→SQL 25% → 27.5%: 1,200,000 × (27.5% + 72.5% × 3%) = 1,200,000 × 0.29675 = 356,100
    expect(byField['leadToSqlRate']?.gapChange).toBeCloseTo(-(356_100 - 327_000));
    // nurture share or nurture→SQL × 1.1: nurture 27,000 → 29,700
    expect(byField['nurturedShare']?.gapChange).toBeCloseTo(-2_700);
    expect(byField['nurtureToSqlRate']?.gapChange).toBeCloseTo(-2_700);
    // a higher goal widens the gap by 200,000
    expect(byField['revenueGoal']?.gapChange).toBeCloseTo(200_000);
    expect(byField['revenueGoal']?.newGap).toBeCloseTo(673_000);

    expect(levers.map((l) => l.field)).toEqual([
      'priorRevenue',
      'retentionRate',
      'inboundLeads',
      'followUpRate',
      'sqlCloseRate',
      'averageDeal',
      'leadToSqlRate',
      'nurturedShare',
      'nurtureToSqlRate',
      'revenueGoal',
    ]);
    expect(levers[0]?.label).toBe('Prior-period revenue');
  });

  it('caps a rate at 100% and reports the capped change', () => {
    // inbound = 100 × 95% × 50% × 50% × 1,000 = 23,750; at 100%: 25,000
    const inputs = {
      revenueGoal: 100_000,
      priorRevenue: 0,
      retentionRate: 0,
      inboundLeads: 100,
      followUpRate: 0.95,
      leadToSqlRate: 0.5,
      sqlCloseRate: 0.5,
      averageDeal: 1_000,
      nurturedShare: 0,
      nurtureToSqlRate: 0,
    };
    const followUp = rankLevers(inputs).find((l) => l.field === 'followUpRate');
    expect(followUp?.newValue).toBe(1);
    expect(followUp?.gapChange).toBeCloseTo(-(25_000 - 23_750));

    const atFull = rankLevers({ ...inputs, followUpRate: 1 }).find((l) => l.field === 'followUpRate');
    expect(atFull?.newValue).toBe(1);
    expect(atFull?.gapChange).toBe(0);
  });

  it('cannot move an input that is 0', () => {
    const zero = rankLevers({ ...CASE_A, nurturedShare: 0 }).find((l) => l.field === 'nurturedShare');
    expect(zero?.gapChange).toBe(0);
  });
});
