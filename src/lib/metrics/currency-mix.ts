/**
 * The currency rule on the results of currencies.ts (pure): what a stated currency stands for, the
 * figures per currency, and the figures nulled when the deals mix currencies.
 */
import type { CalculatorPrefill } from '../calculator';
import type { CurrencyFigures, SegmentCurrency } from './currencies';
import { withoutRevenue } from './linked';
import { ratio } from './query';

/** Currencies written with "$": a bare "$" is the chosen one of these, else USD. */
const DOLLARS = new Set(['USD', 'CAD', 'AUD', 'NZD', 'SGD', 'HKD', 'MXN', 'TWD']);

/** The ISO code a stated currency stands for, with the user's `chosen` currency for what is unstated. */
export function resolveCurrency(stated: string | null, chosen: string): string {
  if (stated === null) return chosen;
  if (stated === '$') return DOLLARS.has(chosen) ? chosen : 'USD';
  return stated;
}

export interface CurrencyRevenue {
  currency: string;
  wonDeals: number;
  wonAmount: number;
  averageWonAmount: number | null;
  revenuePerLead: number | null;
  leakedRevenue: number | null;
}

export interface CurrencyMix {
  /** The currencies of the won deals in scope (of every deal in scope when none is won), A–Z. */
  currencies: string[];
  /** More than one: money is shown per currency and never summed. */
  mixed: boolean;
  /** The one currency money is shown in: the deals' own, else `chosen`; null when mixed. */
  currency: string | null;
  /** The currencies of every deal in scope with an amount (won or not), A–Z: lists of deals use it. */
  allCurrencies: string[];
  /** The currencies of the deals linked to no lead, A–Z. */
  unmatchedCurrencies: string[];
  byCurrency: CurrencyRevenue[];
}

/** The figures per currency, the chosen currency standing for what the deals do not state. Pure. */
export function currencyMix(figures: CurrencyFigures | null | undefined, chosen: string): CurrencyMix {
  const merged = new Map<string, { deals: number; wonDeals: number; wonAmount: number }>();
  for (const row of figures?.rows ?? []) {
    const code = resolveCurrency(row.currency, chosen);
    const sum = merged.get(code) ?? { deals: 0, wonDeals: 0, wonAmount: 0 };
    merged.set(code, {
      deals: sum.deals + row.deals,
      wonDeals: sum.wonDeals + row.wonDeals,
      wonAmount: sum.wonAmount + row.wonAmount,
    });
  }
  const codes = [...merged.keys()].sort();
  const won = codes.filter((code) => (merged.get(code)?.wonDeals ?? 0) > 0);
  const currencies = won.length > 0 ? won : codes;
  const wonDeals = won.reduce((total, code) => total + (merged.get(code)?.wonDeals ?? 0), 0);
  const rate = ratio(figures?.wonLeads ?? null, figures?.followed ?? null);
  const never = figures?.never ?? null;
  const byCurrency = won.map((currency) => {
    const sum = merged.get(currency) ?? { deals: 0, wonDeals: 0, wonAmount: 0 };
    return {
      currency,
      wonDeals: sum.wonDeals,
      wonAmount: sum.wonAmount,
      averageWonAmount: ratio(sum.wonAmount, sum.wonDeals),
      revenuePerLead: ratio(sum.wonAmount, figures?.leads ?? null),
      leakedRevenue:
        never === null || rate === null || wonDeals === 0 ? null : (never * rate * sum.wonAmount) / wonDeals,
    };
  });
  const mixed = currencies.length > 1;
  return {
    currencies,
    mixed,
    currency: mixed ? null : (currencies[0] ?? chosen),
    allCurrencies: codes,
    unmatchedCurrencies: [
      ...new Set((figures?.unmatched ?? []).map((c) => resolveCurrency(c, chosen))),
    ].sort(),
    byCurrency,
  };
}

/** Per segment value, its won amount in each currency (resolved as `currencyMix` does). Pure. */
export function segmentAmounts(
  rows: readonly SegmentCurrency[] | null | undefined,
  chosen: string,
): Map<string, { currency: string; amount: number }[]> {
  const bySegment = new Map<string, Map<string, number>>();
  for (const row of rows ?? []) {
    const amounts = bySegment.get(row.value) ?? new Map<string, number>();
    const code = resolveCurrency(row.currency, chosen);
    amounts.set(code, (amounts.get(code) ?? 0) + row.wonAmount);
    bySegment.set(row.value, amounts);
  }
  return new Map(
    [...bySegment].map(([value, amounts]) => [
      value,
      [...amounts].sort(([a], [b]) => a.localeCompare(b)).map(([currency, amount]) => ({ currency, amount })),
    ]),
  );
}

/** The figures of each result that sum money across deals: null when the deals' currencies are mixed. */
export const MIXED_CURRENCY_FIGURES = {
  revenue: ['wonAmount', 'averageWonAmount', 'revenuePerLead', 'leakedRevenue'],
  bySegment: ['wonAmount', 'revenuePerLead'],
  byOwner: ['wonAmount'],
} as const;

/** The revenue figures with the sums across currencies null when the deals mix currencies. Pure. */
export function revenueInOneCurrency<T extends object>(revenue: T, mix: CurrencyMix | null | undefined): T {
  return mix?.mixed ? withoutRevenue(revenue, true, MIXED_CURRENCY_FIGURES.revenue) : revenue;
}

/** "EUR and USD", "EUR, GBP and USD". */
function listed(codes: readonly string[]): string {
  return codes.length < 2 ? (codes[0] ?? '') : `${codes.slice(0, -1).join(', ')} and ${codes.at(-1)}`;
}

/** Why a figure that cannot be split by currency is not shown. */
export function mixedCurrencySentence(mix: Pick<CurrencyMix, 'currencies'>): string {
  return `Deals are in ${mix.currencies.length} currencies (${listed(mix.currencies)}): an average across them needs exchange rates, so it is shown per currency.`;
}

/**
 * The calculator's prefill when the deals mix currencies: the average deal is not the data's (it
 * would average euros with dollars); it is asked for, with the reason among the notes. Pure.
 */
export function prefillInOneCurrency(
  prefill: CalculatorPrefill,
  mix: CurrencyMix | null | undefined,
): CalculatorPrefill {
  if (!mix?.mixed) return prefill;
  return {
    ...prefill,
    averageDeal: null,
    notes: [
      ...(prefill.notes ?? []),
      `Deals are in ${mix.currencies.length} currencies (${listed(mix.currencies)}): the average deal is not taken from the data. Enter yours in one currency.`,
    ],
    unknown: [...new Set([...(prefill.unknown ?? []), 'averageDeal' as const])],
  };
}
