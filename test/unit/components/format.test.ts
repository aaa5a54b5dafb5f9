import { describe, expect, it } from 'vitest';
import { formatHours, formatMoneyCompact } from '../../../src/components/common/format';

// The browser's locale decides separators: expectations are built with the same Intl settings.
const one = (n: number) =>
  new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
const whole = (n: number) => new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 }).format(n);

describe('formatHours', () => {
  it('shows hours below 72 h (one decimal below 10 h)', () => {
    expect(formatHours(0)).toBe(`${one(0)} h`);
    expect(formatHours(5.25)).toBe(`${one(5.3)} h`);
    expect(formatHours(42)).toBe(`${whole(42)} h`);
    expect(formatHours(71.9)).toBe(`${whole(72)} h`);
  });

  it('shows days from 72 h on', () => {
    expect(formatHours(72)).toBe(`${one(3)} d`);
    expect(formatHours(100)).toBe(`${one(100 / 24)} d`);
    expect(formatHours(24 * 45)).toBe(`${whole(45)} d`);
  });

  it('keeps the sign of a negative duration (a data error the user should see) and blanks non-numbers', () => {
    // The minus sign is U+2212 (money-format.test.ts), not Intl's hyphen.
    expect(formatHours(-5)).toBe(`\u2212${one(5)} h`);
    expect(formatHours(-96)).toBe(`\u2212${one(4)} d`);
    expect(formatHours(Number.NaN)).toBe('');
  });
});

describe('formatMoneyCompact', () => {
  it('abbreviates large amounts in the given currency', () => {
    const expected = new Intl.NumberFormat(undefined, {
      style: 'currency',
      currency: 'EUR',
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(1_234_567);
    expect(formatMoneyCompact(1_234_567, 'EUR')).toBe(expected);
    expect(formatMoneyCompact(1_234_567)).toMatch(/1[.,]2/);
  });
});
