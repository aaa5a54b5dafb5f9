import { describe, expect, it } from 'vitest';
import type { ComparisonChoice } from '../../../src/lib/metrics';
import { overviewMetrics } from '../../../src/store/view-metrics';

/** The Overview's series call, as the figures computed ahead ask it. */
const seriesOf = (comparison: ComparisonChoice) =>
  overviewMetrics({ comparison }).filter(([name]) => name === 'periodSeries');

describe('overviewMetrics (what the prefetch and the warm-up compute for the Overview)', () => {
  it('asks the series at the comparison’s own granularity', () => {
    expect(seriesOf({ granularity: 'week' })).toEqual([['periodSeries', 'week']]);
    expect(seriesOf({ granularity: 'quarter' })).toEqual([['periodSeries', 'quarter']]);
  });

  it('asks months beside a custom pair of windows, as the tiles do (no calendar periods)', () => {
    const comparison: ComparisonChoice = {
      granularity: 'custom',
      current: { from: '2025-03-01', to: '2025-03-31' },
      previous: { from: '2025-02-01', to: '2025-02-28' },
    };
    expect(seriesOf(comparison)).toEqual([['periodSeries', 'month']]);
    expect(overviewMetrics({ comparison })).toContainEqual([
      'comparison',
      'custom',
      '2025-03-01',
      '2025-03-31',
      '2025-02-01',
      '2025-02-28',
    ]);
  });
});
