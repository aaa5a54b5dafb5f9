/**
 * Numbers for the calculator in the browser's locale (UI.md), by the rule of common/format.ts: money
 * in the chosen currency in whole units (compact only on axis ticks and bar-end labels), rates as
 * percentages with one decimal, counts whole, a negative with the minus sign U+2212. Parsing reads
 * what a person types in that same locale.
 */
import { FIELD_KINDS, type CalculatorField, type CalculatorPeriod } from '../../lib/calculator';
import { withMinus } from '../common/format';

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(undefined, options);
    cache.set(key, format);
  }
  return format;
}

export const money = (amount: number, currency: string) =>
  withMinus(
    numberFormat(`money:${currency}`, { style: 'currency', currency, maximumFractionDigits: 0 }).format(
      amount,
    ),
  );

/** Axis ticks and bar-end labels only: titles, tiles and tables take `money`. */
export const moneyCompact = (amount: number, currency: string) =>
  withMinus(
    numberFormat(`compact:${currency}`, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    }).format(amount),
  );

/** "−$218,000" / "+$12,000": a change, with a real minus sign. */
export const signedMoney = (amount: number, currency: string, compact = false) => {
  const text = (compact ? moneyCompact : money)(Math.abs(amount), currency);
  if (Math.round(amount) === 0) return text;
  return `${amount < 0 ? '\u2212' : '+'}${text}`;
};

export const percent = (fraction: number) =>
  withMinus(
    numberFormat('percent', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(fraction * 100),
  ) + '%';

export const count = (n: number) => withMinus(numberFormat('count', { maximumFractionDigits: 0 }).format(n));

/** The figure as the input shows it when not being edited: "1,000,000", "42.5" (%, one decimal), "1,637". */
export function inputText(field: CalculatorField, value: number): string {
  if (FIELD_KINDS[field] === 'rate') {
    return numberFormat('rate-input', { maximumFractionDigits: 1 }).format(value * 100);
  }
  return numberFormat('amount-input', { maximumFractionDigits: 0 }).format(value);
}

/** The figure in a sentence or table: "$1,000,000", "42.5%", "1,637". */
export function fieldValue(field: CalculatorField, value: number, currency: string): string {
  const kind = FIELD_KINDS[field];
  if (kind === 'rate') return percent(value);
  if (kind === 'money') return money(value, currency);
  return count(value);
}

/** The currency's symbol in the locale ("$", "€", "CHF"), for the input's prefix. */
export function currencySymbol(currency: string): string {
  const parts = numberFormat(`money:${currency}`, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).formatToParts(0);
  return parts.find((p) => p.type === 'currency')?.value ?? currency;
}

export interface Separators {
  group: string;
  decimal: string;
}

export function localeSeparators(locale?: string): Separators {
  const parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
  return {
    group: parts.find((p) => p.type === 'group')?.value ?? ',',
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
  };
}

/**
 * A typed number in the locale: group separators (and spaces) dropped, the decimal separator read,
 * a currency symbol or "%" ignored. '' for an empty field (validateInputs says "is required"),
 * NaN for anything else that is not a number ("must be a number").
 */
export function parseTyped(text: string, separators: Separators = localeSeparators()): number | '' {
  let cleaned = text.trim().replace(/[%\s\u00a0\u202f]/g, '');
  cleaned = cleaned.replace(/^[^\d.,\-−]+|[^\d.,]+$/g, ''); // a symbol before or after: $, €, CHF, kr
  if (cleaned === '') return text.trim() === '' ? '' : Number.NaN;
  cleaned = cleaned.replace('−', '-');
  const group = separators.group.replace(/[\s\u00a0\u202f]/g, '');
  if (group !== '') cleaned = cleaned.split(group).join('');
  if (separators.decimal !== '.') cleaned = cleaned.replace(separators.decimal, '.');
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** The model's value for what was typed: a percentage becomes a fraction. */
export function typedToValue(field: CalculatorField, typed: number | ''): number | '' {
  if (typed === '' || FIELD_KINDS[field] !== 'rate') return typed;
  return typed / 100;
}

export const PERIOD_NAMES: Readonly<Record<CalculatorPeriod, string>> = {
  year: 'Year',
  quarter: 'Quarter',
  month: 'Month',
};

/** A slider's upper end: twice the value, rounded up to 1, 2, 2.5 or 5 × a power of ten. */
export function sliderSpan(value: number, fallback: number): number {
  const target = value > 0 ? value * 2 : fallback;
  const power = 10 ** Math.floor(Math.log10(target));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= target) return m * power;
  return 10 * power;
}
