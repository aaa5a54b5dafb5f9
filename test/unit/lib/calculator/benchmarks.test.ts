import { describe, expect, it } from 'vitest';
import {
  INQUIRIES_BUYING_12_MONTHS,
  INQUIRIES_BUYING_6_MONTHS,
  NURTURE_SHARE,
  SQL_CLOSE_AVERAGE,
  SQL_CLOSE_BEST_IN_CLASS,
  defaultInputs,
  defaultProvenance,
} from '../../../../src/lib/calculator/benchmarks';
import { computeGap } from '../../../../src/lib/calculator/formulas';
import { shownOutputs } from '../../../../src/lib/calculator/shown';
import { validateInputs } from '../../../../src/lib/calculator/validate';

describe('benchmarks', () => {
  it('carries the figures DESIGN.md names, as fractions, with sources', () => {
    expect(SQL_CLOSE_BEST_IN_CLASS).toMatchObject({ value: 0.3, source: 'McDade' });
    expect(SQL_CLOSE_AVERAGE).toMatchObject({ value: 0.2, source: 'McDade' });
    expect(INQUIRIES_BUYING_12_MONTHS.value).toBe(0.45);
    expect(INQUIRIES_BUYING_6_MONTHS.value).toBe(0.26);
    expect(INQUIRIES_BUYING_12_MONTHS.source).toContain('Obermayer');
    expect(NURTURE_SHARE).toMatchObject({ low: 0.22, high: 0.32, source: 'PointClear' });
  });
});

describe('defaultInputs', () => {
  it('is a valid input set', () => {
    expect(validateInputs(defaultInputs()).ok).toBe(true);
  });

  it('says where every default comes from', () => {
    const provenance = defaultProvenance();
    expect(Object.keys(provenance).sort()).toEqual(Object.keys(defaultInputs()).sort());
    expect(provenance.sqlCloseRate).toEqual({ kind: 'benchmark', source: 'McDade (average)' });
    expect(provenance.nurturedShare.kind).toBe('benchmark');
    // Issue 13: no source gives these, so they start empty and are asked for.
    for (const field of ['revenueGoal', 'priorRevenue', 'retentionRate', 'nurtureToSqlRate'] as const)
      expect(provenance[field]).toEqual({ kind: 'empty' });
    expect(provenance.inboundLeads).toEqual({ kind: 'assumption' });
    expect(Object.values(provenance).some((p) => p.kind === 'data')).toBe(false);
  });

  it('claims no GAP on the empty inputs, but shows inbound revenue (issue 13)', () => {
    // inbound 1,000 × 50% × 10% × 20% × 10,000 = 100,000; goal, prior, retention, nurture→SQL empty
    const shown = shownOutputs(computeGap(defaultInputs()), defaultProvenance());
    expect(shown.gap).toBeNull();
    expect(shown.newRevenueNeeded).toBeNull();
    expect(shown.nurtureRevenue).toBeNull();
    expect(shown.sqlsNeeded).toBeNull();
    expect(shown.inboundRevenue).toBeCloseTo(100_000);
    // lost: 1,000 × 50% × 10% × 20% × 10,000 = 100,000; leads per $: 1 / (50% × 10% × 20% × 10,000)
    expect(shown.revenueLostToNoFollowUp).toBeCloseTo(100_000);
    expect(shown.leadsPerRevenue).toBeCloseTo(0.01);
  });

  it('returns a fresh object each time', () => {
    const a = defaultInputs();
    a.revenueGoal = 1;
    expect(defaultInputs().revenueGoal).not.toBe(1);
  });
});
