/**
 * One rule for numbers (common/format.ts): the minus sign U+2212 everywhere, whole units except on
 * axes and bar labels, amounts in several currencies listed and never added; axis ticks on round
 * steps; months with their year. Literal expectations are worked by hand for en-US (the test
 * runner's locale); the structural ones hold in any locale.
 */
import { describe, expect, it } from 'vitest';
import {
  count,
  money,
  moneyCompact,
  percent,
  signedMoney,
} from '../../../src/components/calculator/calc-format';
import { formatPeriod, niceAxis, niceStep } from '../../../src/components/charts/scales';
import {
  formatCount,
  formatCountCompact,
  formatHours,
  formatMoney,
  formatMoneyCompact,
  formatMoneyParts,
  formatPercent,
} from '../../../src/components/common/format';

const EN_US = new Intl.NumberFormat().resolvedOptions().locale === 'en-US';
const MINUS = '\u2212';

describe('one minus sign', () => {
  it('writes every negative figure with U+2212, never a hyphen', () => {
    const negatives = [
      formatCount(-1200),
      formatPercent(-0.125),
      formatMoney(-843445, 'EUR'),
      formatMoneyCompact(-843445),
      formatCountCompact(-12300),
      formatHours(-5),
      money(-218000, 'USD'),
      moneyCompact(-218000, 'USD'),
      percent(-0.5),
      count(-3),
      signedMoney(-218000, 'USD'),
    ];
    for (const text of negatives) {
      expect(text).toContain(MINUS);
      expect(text).not.toContain('-');
    }
  });

  it.runIf(EN_US)('reads as hand-written in en-US', () => {
    expect(formatMoney(-843445)).toBe('−$843,445');
    expect(formatCount(-1200)).toBe('−1,200');
    expect(formatPercent(-0.125)).toBe('−12.5%');
    expect(formatHours(-96)).toBe('−4.0 d');
    expect(signedMoney(-218000, 'USD')).toBe('−$218,000');
    expect(signedMoney(12000, 'USD')).toBe('+$12,000');
  });
});

describe('one compact rule', () => {
  it.runIf(EN_US)('whole units for titles, tiles and tables; compact only where space is short', () => {
    // The same figure: whole in a title or tile, compact on an axis tick or a bar label.
    expect(formatMoney(843445)).toBe('$843,445');
    expect(money(843445, 'USD')).toBe('$843,445');
    expect(formatMoneyCompact(843445)).toBe('$843.4K');
    expect(moneyCompact(843445, 'USD')).toBe('$843.4K');
    expect(formatMoney(843445, 'EUR')).toBe('€843,445');
  });
});

describe('amounts in several currencies', () => {
  it.runIf(EN_US)('lists each currency and adds none', () => {
    expect(
      formatMoneyParts([
        { currency: 'EUR', amount: 120400 },
        { currency: 'USD', amount: 31200 },
      ]),
    ).toBe('€120,400 + $31,200');
    expect(formatMoneyParts([{ currency: 'GBP', amount: 900 }])).toBe('£900');
  });
});

describe('nice axis steps: 1, 2, 2.5 or 5 × 10^n', () => {
  it('picks the smallest round step that covers the span in at most 5 steps', () => {
    expect(niceStep(340)).toBe(100); // 68 a step → 100
    expect(niceStep(85)).toBe(20); // 17 → 20
    expect(niceStep(100)).toBe(20);
    expect(niceStep(110)).toBe(25); // 22 → 25
    expect(niceStep(12)).toBe(2.5); // 2.4 → 2.5
    expect(niceStep(4)).toBe(1); // 0.8 → 1
    expect(niceStep(1_300_000)).toBe(500_000); // 260,000 → 500,000
  });

  it('ticks from 0 (or a round value below) to the first round value at or above the data', () => {
    expect(niceAxis([85, 170, 255, 340]).ticks).toEqual([0, 100, 200, 300, 400]);
    expect(niceAxis([0, 7, 13]).ticks).toEqual([0, 5, 10, 15]);
    expect(niceAxis([-120_000, 900_000])).toEqual({
      min: -250_000,
      max: 1_000_000,
      ticks: [-250_000, 0, 250_000, 500_000, 750_000, 1_000_000],
    });
    // Counts never step below 1; an empty or all-zero axis still has a step.
    expect(niceAxis([0, 2], { integer: true }).ticks).toEqual([0, 1, 2]);
    expect(niceAxis([]).ticks).toEqual([0, 0.2]);
    expect(niceAxis([null, 0]).max).toBeGreaterThan(0);
  });
});

describe('month labels say their year', () => {
  it('short labels carry the year after an apostrophe, never a bare "May 25"', () => {
    const short = formatPeriod('2025-05', true);
    expect(short).toMatch(/\u201925$/);
    expect(short).not.toMatch(/ 25$/);
    expect(formatPeriod('2025-05')).toMatch(/2025/);
  });

  it.runIf(EN_US)('reads "May ’25" and "May 2025" in en-US', () => {
    expect(formatPeriod('2025-05', true)).toBe('May ’25');
    expect(formatPeriod('2025-05')).toBe('May 2025');
    expect(formatPeriod('2024-12', true)).toBe('Dec ’24');
  });
});
