// The snapshot schema of the periods (comparison, periodSeries): the median response and leaked revenue
// added for issue 18 are read when present, and as not known from a snapshot saved before them.
import { describe, expect, it } from 'vitest';
import { RESULT_SCHEMAS } from '../../../../src/lib/share/snapshot-catalog';
import { check } from '../../../../src/lib/share/schema';

const older = {
  from: '2026-10-01',
  to: '2026-10-31',
  toDate: false,
  leads: 10,
  followedUp: 6,
  followUpRate: 0.6,
  withinSla: 4,
  slaCompliance: 0.8,
  neverFollowedUp: 4,
  wonLeads: 2,
  wonAmount: 900,
  leadToWin: 0.2,
};
const newer = { ...older, medianResponseHours: 3.5, leakedRevenue: 600 };

describe('the periods in a snapshot', () => {
  it('keeps the median response and leaked revenue', () => {
    const stored = { granularity: 'month', current: newer, previous: { ...newer, leakedRevenue: null } };
    expect(check(RESULT_SCHEMAS.comparison, stored)).toEqual({ ok: true, value: stored, warnings: [] });
    expect(check(RESULT_SCHEMAS.periodSeries, [newer])).toMatchObject({ ok: true, value: [newer] });
  });

  it('reads them as not known from a snapshot saved before them', () => {
    const result = check(RESULT_SCHEMAS.periodSeries, [older]);
    expect(result).toMatchObject({
      ok: true,
      value: [{ ...older, medianResponseHours: null, leakedRevenue: null }],
    });
  });

  it('refuses text where a figure belongs', () => {
    const result = check(RESULT_SCHEMAS.periodSeries, [{ ...newer, leakedRevenue: '600' }]);
    expect(result).toMatchObject({ ok: false });
  });
});
