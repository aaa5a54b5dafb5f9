import { describe, expect, it } from 'vitest';
import {
  localeSeparators,
  parseTyped,
  sliderSpan,
  typedToValue,
} from '../../../../src/components/calculator/calc-format';

describe('parseTyped', () => {
  const en = localeSeparators('en-US');
  const de = localeSeparators('de-DE');
  const fr = localeSeparators('fr-FR');

  it('reads numbers as people type them in their locale', () => {
    expect(parseTyped('1,000,000', en)).toBe(1_000_000);
    expect(parseTyped('1234.5', en)).toBe(1234.5);
    expect(parseTyped('$ 12,500', en)).toBe(12_500);
    expect(parseTyped('42.5%', en)).toBe(42.5);
    expect(parseTyped('1.000.000', de)).toBe(1_000_000);
    expect(parseTyped('1.234,5 €', de)).toBe(1234.5);
    expect(parseTyped('1\u202f234,5', fr)).toBe(1234.5);
    expect(parseTyped('.5', en)).toBe(0.5);
    expect(parseTyped('-5', en)).toBe(-5);
  });

  it('says "empty" or NaN for what is not a number, so validateInputs words the message', () => {
    expect(parseTyped('', en)).toBe('');
    expect(parseTyped('   ', en)).toBe('');
    expect(parseTyped('abc', en)).toBeNaN();
    expect(parseTyped('12abc34', en)).toBeNaN();
    expect(parseTyped('1.2.3', en)).toBeNaN();
  });

  it('turns typed percentages into fractions for rates only', () => {
    expect(typedToValue('followUpRate', 42.5)).toBeCloseTo(0.425, 12);
    expect(typedToValue('averageDeal', 42.5)).toBe(42.5);
    expect(typedToValue('followUpRate', '')).toBe('');
  });
});

describe('sliderSpan', () => {
  it('is twice the value rounded up to 1, 2, 2.5 or 5 × 10^n', () => {
    expect(sliderSpan(1_000_000, 1)).toBe(2_000_000);
    expect(sliderSpan(1_637, 1)).toBe(5_000);
    expect(sliderSpan(1_200, 1)).toBe(2_500);
    expect(sliderSpan(0, 1_000)).toBe(1_000);
  });
});
