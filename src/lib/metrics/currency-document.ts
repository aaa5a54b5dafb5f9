/**
 * The export document's money by currency (currencies.ts's rule, as the views apply it). Keys are
 * added, none renamed: `currencies` = { codes: the won deals' currencies, currency: the one currency
 * of every money figure (null when mixed), byCurrency: the revenue figures per currency }; with
 * several currencies the sums across them (MIXED_CURRENCY_FIGURES) are null and each bySource/byOwner
 * row carries `byCurrency`.
 */
import type { OwnerRow } from './by-owner';
import type { SourceRow } from './by-source';
import {
  MIXED_CURRENCY_FIGURES,
  segmentAmounts,
  type CurrencyMix,
  type CurrencyRevenue,
} from './currency-mix';
import { withoutRevenue } from './linked';
import type { RevenueSummary } from './revenue';

export interface CurrencyParts {
  revenue: RevenueSummary;
  bySource: SourceRow[] | null;
  byOwner: OwnerRow[] | null;
}

type Amounts = ReturnType<typeof segmentAmounts>;

export interface CurrencyInputs {
  mix: CurrencyMix;
  /** Won amounts per source and per owner by currency (`segmentAmounts`). */
  bySource: Amounts;
  byOwner: Amounts;
  /** No deal links to the leads in view (linked.ts): the per-lead parts are unknown too. */
  unlinked: boolean;
}

export interface CurrenciesKey {
  codes: string[];
  currency: string | null;
  byCurrency: CurrencyRevenue[];
}

export function withCurrencies<T extends CurrencyParts>(
  document: T,
  { mix, bySource, byOwner, unlinked }: CurrencyInputs,
): T & { currencies: CurrenciesKey } {
  const byCurrency: CurrencyRevenue[] = mix.byCurrency.map((row) =>
    unlinked ? { ...row, revenuePerLead: null, leakedRevenue: null } : row,
  );
  const currencies = { codes: mix.currencies, currency: mix.currency, byCurrency };
  if (!mix.mixed) return { ...document, currencies };
  const amounts = (map: Amounts, value: string) =>
    unlinked ? null : (map.get(value) ?? []).map(({ currency, amount }) => ({ currency, wonAmount: amount }));
  return {
    ...document,
    currencies,
    revenue: withoutRevenue(document.revenue, true, MIXED_CURRENCY_FIGURES.revenue),
    bySource:
      document.bySource?.map((row) => ({
        ...withoutRevenue(row, true, MIXED_CURRENCY_FIGURES.bySegment),
        byCurrency: amounts(bySource, row.source),
      })) ?? null,
    byOwner:
      document.byOwner?.map((row) => ({
        ...withoutRevenue(row, true, MIXED_CURRENCY_FIGURES.byOwner),
        byCurrency: amounts(byOwner, row.owner),
      })) ?? null,
  };
}
