import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, MAX_AMOUNT, validateInputs } from '../../../../src/lib/calculator/validate';
import { CASE_A } from './fixtures';

function errorsOf(raw: Record<string, unknown>): { field: string; message: string }[] {
  const result = validateInputs(raw);
  return result.ok ? [] : result.errors;
}

describe('validateInputs', () => {
  it('accepts a complete, in-range set and returns only the known fields', () => {
    const result = validateInputs({ ...CASE_A, somethingElse: 'ignored' });
    expect(result).toEqual({ ok: true, inputs: CASE_A });
  });

  it('accepts rates at 0% and 100%, zero money and fractional leads', () => {
    const result = validateInputs({
      ...CASE_A,
      followUpRate: 0,
      sqlCloseRate: 1,
      priorRevenue: 0,
      inboundLeads: 83.5,
    });
    expect(result.ok).toBe(true);
  });

  it('explains an out-of-range rate in percentages', () => {
    expect(errorsOf({ ...CASE_A, followUpRate: 1.4 })).toEqual([
      { field: 'followUpRate', message: 'Follow-up rate must be between 0% and 100% (got 140%)' },
    ]);
    expect(errorsOf({ ...CASE_A, retentionRate: -0.05 })).toEqual([
      { field: 'retentionRate', message: 'Retention rate must be between 0% and 100% (got -5%)' },
    ]);
  });

  it('rejects negative money and counts', () => {
    expect(errorsOf({ ...CASE_A, averageDeal: -2500, inboundLeads: -3 })).toEqual([
      { field: 'inboundLeads', message: 'Inbound leads must be 0 or more (got -3)' },
      { field: 'averageDeal', message: 'Average deal size must be 0 or more (got -2,500)' },
    ]);
  });

  it('rejects missing, non-numeric and non-finite values', () => {
    const withoutGoal: Record<string, unknown> = { ...CASE_A };
    delete withoutGoal['revenueGoal'];
    expect(errorsOf(withoutGoal)).toEqual([{ field: 'revenueGoal', message: 'Revenue goal is required' }]);
    expect(errorsOf({ ...CASE_A, averageDeal: '5000' })).toEqual([
      { field: 'averageDeal', message: 'Average deal size must be a number' },
    ]);
    expect(errorsOf({ ...CASE_A, sqlCloseRate: Number.NaN, priorRevenue: Infinity })).toEqual([
      { field: 'priorRevenue', message: 'Prior-period revenue must be a number' },
      { field: 'sqlCloseRate', message: 'SQL close rate must be a number' },
    ]);
  });

  it('rejects amounts too large to compute with', () => {
    expect(errorsOf({ ...CASE_A, revenueGoal: MAX_AMOUNT })).toEqual([]);
    expect(errorsOf({ ...CASE_A, revenueGoal: 2e15 })).toEqual([
      {
        field: 'revenueGoal',
        message: 'Revenue goal must be at most 1,000,000,000,000,000 (got 2,000,000,000,000,000)',
      },
    ]);
  });

  it('reports every bad field of an empty object, in the calculator order', () => {
    const errors = errorsOf({});
    expect(errors.map((e) => e.field)).toEqual(Object.keys(FIELD_LABELS));
  });

  it('labels every input', () => {
    expect(Object.keys(FIELD_LABELS).sort()).toEqual(Object.keys(CASE_A).sort());
  });
});
