import { describe, expect, it } from 'vitest';
import {
  METRIC_NAMES,
  metricKey,
  missingFor,
  missingSentence,
  snapshotMetrics,
  type KnownFields,
} from '../../../../src/lib/metrics';

const known = (leads: string[], deals: string[] = []): KnownFields => ({
  leads: new Set(leads),
  deals: new Set(deals),
  closedWonOnly: false,
});

describe('the metrics registry', () => {
  it('keys a stored figure by metric name and parameters, as snapshots made before it did', () => {
    const keys = snapshotMetrics(['campaign', 'x_country']).map((m) => metricKey(m.name, m.params));
    expect(keys).toEqual([
      'viewCounts',
      'funnel',
      'followUp',
      'revenue',
      'segmentedFunnel:source',
      'segmentedFunnel:owner',
      'responseDistribution',
      'speedToLead:5',
      'speedToLead:30',
      'speedToLead:60',
      'speedToLead:240',
      'speedToLead:1440',
      'speedToLead:2880',
      'speedToLead:10080',
      'comparison:week',
      'comparison:month',
      'comparison:quarter',
      'periodSeries:week',
      'periodSeries:month',
      'periodSeries:quarter',
      'comparisonBy:owner:week',
      'comparisonBy:owner:month',
      'comparisonBy:owner:quarter',
      'comparisonBy:source:week',
      'comparisonBy:source:month',
      'comparisonBy:source:quarter',
      'cohortTrend',
      'byOwner',
      'capacity',
      'calculatorPrefill',
      'lostReasons',
      'byDimension:source',
      'byDimension:campaign',
      'byDimension:x_country',
      'currencies',
      'currenciesBy:source',
    ]);
    // Row-level lists are never stored.
    expect(keys.some((key) => key.startsWith('redirect') || key.startsWith('unmatched'))).toBe(false);
  });

  it('says what a metric needs when the files do not have it (known.ts’s rule)', () => {
    const leadsOnly = known(['lead_id', 'created_at', 'status']);
    expect(missingFor('followUp', leadsOnly)).toBeNull();
    expect(missingFor('revenue', leadsOnly)).toMatch(/deals file/);
    expect(missingFor('responseDistribution', leadsOnly)).toMatch(/first-touch/);
    expect(missingFor('revenue', known([], ['deal_id', 'outcome']))).toBeNull();
    for (const name of METRIC_NAMES) expect(missingFor(name, known([]))).toEqual(expect.any(String));
  });

  it('says what a figure needs when it needs other fields than its metric', () => {
    const leadsOnly = known(['lead_id', 'created_at', 'status']);
    expect(missingFor('followUp', leadsOnly, 'slaCompliance')).toMatch(/^Needs a first-touch time/);
    expect(
      missingFor('followUp', known(['lead_id', 'created_at', 'first_touch_at']), 'medianResponseHours'),
    ).toBeNull();
    const wonWithoutAmounts = known(['lead_id', 'status'], ['deal_id', 'outcome']);
    expect(missingFor('revenue', wonWithoutAmounts, 'leadToWin')).toBeNull();
    expect(missingFor('revenue', wonWithoutAmounts, 'revenuePerLead')).toMatch(/deal amounts/);
    expect(missingFor('revenue', wonWithoutAmounts, 'leakedRevenue')).toMatch(/follow-up column/);
    expect(missingFor('funnel', leadsOnly, 'qualified')).toBeNull();
    expect(missingFor('funnel', leadsOnly, 'opportunity')).toMatch(/converted/);
    // A figure not listed needs what its metric needs.
    expect(missingSentence('followUp')).toBe(missingFor('followUp', known([])));
  });
});
