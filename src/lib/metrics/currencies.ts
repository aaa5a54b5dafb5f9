/**
 * Deal money by currency (grain: `scoped_deals`, the deals the deal figures cover; lead counts over
 * the filtered leads). A deal's currency is the one its file states (lib/ingest/currency.ts: an ISO
 * code, or '$'); a deal whose file states none is in the user's chosen currency. Money is summed
 * within a currency, never across: when the won deals in scope are in more than one currency, the
 * figures that would sum across them are null (MIXED_CURRENCY_FIGURES, applied by the views and the
 * export as linked.ts's rule is) and given per currency instead:
 * - wonAmount_c = Σ won amounts in c; averageWonAmount_c = wonAmount_c / won deals in c;
 * - revenuePerLead_c = wonAmount_c / leads (the parts add up to revenue per lead);
 * - leakedRevenue_c = never × (wonLeads / followed) × wonAmount_c / won deals (all currencies): the
 *   parts add up to leaked revenue, whose average won amount is Σ_c wonAmount_c / won deals.
 * The average won amount (and the calculator's average deal) cannot be split: with several
 * currencies it is null and says why.
 */
import type { CalculatorPrefill } from '../calculator';
import type { MetricContext } from './context';
import { dimensionColumn, groupValue } from './filters';
import { knowledge } from './known';
import { withoutRevenue } from './linked';
import { leadFacts } from './lead-facts';
import { int, only, ratio, text, when, type Query } from './query';

/** One currency as stored: `currency` an ISO code, '$' (a bare dollar sign) or null (not stated). */
export interface StatedCurrency {
  currency: string | null;
  deals: number;
  wonDeals: number;
  wonAmount: number;
}

export interface CurrencyFigures {
  rows: StatedCurrency[];
  /** The stated currencies of the deals linked to no lead (with an amount), for their list's total. */
  unmatched: (string | null)[];
  leads: number | null;
  followed: number | null;
  never: number | null;
  wonLeads: number | null;
}

export function currenciesQuery(ctx: MetricContext): Query<CurrencyFigures | null> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)}, by_currency AS (
        SELECT currency, count(*) AS deals, count(*) FILTER (WHERE outcome = 'won' AND amount IS NOT NULL) AS won_deals,
          sum(amount) FILTER (WHERE outcome = 'won') AS won_amount
        FROM scoped_deals WHERE amount IS NOT NULL GROUP BY currency),
      l AS (SELECT count(*) AS leads, count_if(followed_up) AS followed,
          count_if(followed_up = false) AS never, count_if(won) AS won_leads FROM lead_facts),
      u AS (SELECT string_agg(DISTINCT coalesce(currency, '?'), ',') AS unmatched FROM deals
          WHERE amount IS NOT NULL AND _key NOT IN (SELECT deal_key FROM deal_matches))
      SELECT l.*, u.*, c.* FROM l CROSS JOIN u LEFT JOIN by_currency c ON true ORDER BY c.currency NULLS FIRST`,
    parse: (rows) => {
      if (!k.amount || !k.won) return null;
      const first = only(rows);
      return {
        rows: rows
          .filter((row) => int(row['deals']) > 0)
          .map((row) => ({
            currency: text(row['currency']),
            deals: int(row['deals']),
            wonDeals: int(row['won_deals']),
            wonAmount: int(row['won_amount']),
          })),
        unmatched: (text(first['unmatched']) ?? '')
          .split(',')
          .filter((code) => code !== '')
          .map((code) => (code === '?' ? null : code)),
        leads: k.hasLeads ? int(first['leads']) : null,
        followed: when(k.followUp, int(first['followed'])),
        never: when(k.followUp, int(first['never'])),
        wonLeads: when(k.hasLeads, int(first['won_leads'])),
      };
    },
  };
}

/** One segment's won amount in one currency (grain: matched won deals of the filtered leads). */
export interface SegmentCurrency {
  value: string;
  currency: string | null;
  wonAmount: number;
}

/** Won amounts per value of a lead dimension and currency; null without leads, outcomes or amounts. */
export function currenciesByQuery(ctx: MetricContext, dimension: string): Query<SegmentCurrency[] | null> {
  const k = knowledge(ctx.known);
  const column = groupValue(dimensionColumn(dimension, 'f'));
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT ${column} AS value, d.currency,
        sum(d.amount) AS won_amount
      FROM scoped_deals d JOIN deal_matches m ON m.deal_key = d._key JOIN lead_facts f ON f.lead_key = m.lead_key
      WHERE d.outcome = 'won' AND d.amount IS NOT NULL GROUP BY ALL ORDER BY value, d.currency NULLS FIRST`,
    parse: (rows) => {
      if (!k.hasLeads || !k.won || !k.amount || !k.dimension(dimension)) return null;
      return rows.map((row) => ({
        value: text(row['value']) ?? '(blank)',
        currency: text(row['currency']),
        wonAmount: int(row['won_amount']),
      }));
    },
  };
}

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
