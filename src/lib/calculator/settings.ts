/** The calculator's period and currency: settings shared by every scenario. */

/** The period every input and result is per. Default: a year. */
export const CALCULATOR_PERIODS = ['year', 'quarter', 'month'] as const;
export type CalculatorPeriod = (typeof CALCULATOR_PERIODS)[number];

export const PERIOD_MONTHS: Readonly<Record<CalculatorPeriod, number>> = { year: 12, quarter: 3, month: 1 };

/** "a year", for sentences such as "a gap of $1M a year". */
export const PERIOD_WORDS: Readonly<Record<CalculatorPeriod, string>> = {
  year: 'a year',
  quarter: 'a quarter',
  month: 'a month',
};

export const DEFAULT_CURRENCY = 'USD';
export const DEFAULT_PERIOD: CalculatorPeriod = 'year';

/** Currencies offered in the picker; any other ISO 4217 code is still accepted (from a link). */
export const COMMON_CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'AUD',
  'NZD',
  'CHF',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'JPY',
  'CNY',
  'INR',
  'SGD',
  'BRL',
  'MXN',
  'ZAR',
] as const;

export function isCalculatorPeriod(value: unknown): value is CalculatorPeriod {
  return typeof value === 'string' && (CALCULATOR_PERIODS as readonly string[]).includes(value);
}

/** A well-formed ISO 4217 code that Intl can format money in. */
export function isCurrencyCode(value: unknown): value is string {
  if (typeof value !== 'string' || !/^[A-Z]{3}$/.test(value)) return false;
  try {
    new Intl.NumberFormat('en-US', { style: 'currency', currency: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The inputs that are amounts per period (goal, prior revenue, lead volume): moving from one
 * period to another scales them; rates and the average deal stay as they are.
 */
export const PER_PERIOD_FIELDS = ['revenueGoal', 'priorRevenue', 'inboundLeads'] as const;
