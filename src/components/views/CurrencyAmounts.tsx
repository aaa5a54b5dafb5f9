import { useMemo } from 'react';
import { mixedCurrencySentence, segmentAmounts, type CurrencyMix } from '../../lib/metrics';
import { useAppStore, useCurrencyMix, useMetric } from '../../store';
import { formatCount, formatMoney, formatMoneyParts } from '../common/format';
import { DataTable } from '../table';

/**
 * Money when the deals in view are in several currencies (lib/metrics/currencies.ts): each currency
 * on its own, never added together. The views null the sums across currencies
 * (MIXED_CURRENCY_FIGURES) and show these instead.
 */

/** The deals' currencies when there are several, else null (money then has one currency). */
export function useMixedCurrencies(): CurrencyMix | null {
  const mix = useCurrencyMix();
  return mix?.mixed ? mix : null;
}

type Split = 'wonAmount' | 'revenuePerLead' | 'leakedRevenue';

/** A figure that splits by currency, as "€2,334 + $1,333"; null when a part is unknown. */
export function currencyParts(mix: CurrencyMix, key: Split): string | null {
  const parts = mix.byCurrency.map((row) => ({ currency: row.currency, amount: row[key] }));
  if (parts.length === 0 || parts.some((part) => part.amount === null)) return null;
  return formatMoneyParts(parts as { currency: string; amount: number }[]);
}

/** Why a figure that cannot be split (an average) is not shown. */
export const mixedReason = (mix: CurrencyMix) => mixedCurrencySentence(mix);

/** Why a sum across currencies is not shown (a tile's or the answer's clause). */
export const mixedTileReason = (mix: CurrencyMix) =>
  `deals are in ${mix.currencies.length} currencies (${mix.currencies.join(', ')}), never added together: see each below`;

/** The Overview's money tiles when the deals mix currencies: each figure per currency, and why. */
export function overviewSplit(mix: CurrencyMix | null, unlinked: boolean) {
  if (!mix || unlinked) return null;
  return {
    leaked: currencyParts(mix, 'leakedRevenue'),
    revenuePerLead: currencyParts(mix, 'revenuePerLead'),
    reason: `Per currency (${mix.currencies.join(', ')}), never added together; the average won deal is per currency in the table below.`,
  };
}

/** Revenue per currency, for the Overview: what the tiles would sum, one row per currency. */
export function CurrencyTable({ mix, unlinked }: { mix: CurrencyMix; unlinked: boolean }) {
  const rows = mix.byCurrency.map((row) =>
    unlinked ? { ...row, revenuePerLead: null, leakedRevenue: null } : row,
  );
  const money = (key: 'wonAmount' | 'averageWonAmount' | 'revenuePerLead' | 'leakedRevenue') => ({
    numeric: true,
    format: (v: number, row: (typeof rows)[number]) => formatMoney(v, row.currency),
    key,
  });
  return (
    <section className="card" aria-labelledby="currencies-title" data-testid="currency-table">
      <h2 id="currencies-title">Won revenue in {mix.currencies.length} currencies</h2>
      <p className="muted small">
        Deals are in {mix.currencies.join(' and ')}: each currency is counted on its own, never added to
        another. Leaked revenue and revenue per lead add up across the rows only once converted.
      </p>
      <DataTable
        caption="Won revenue by currency"
        fileName="leadgap-revenue-by-currency"
        rows={rows}
        columns={[
          { key: 'currency', label: 'Currency' },
          { key: 'wonDeals', label: 'Won deals', numeric: true, format: formatCount },
          { ...money('wonAmount'), label: 'Won amount' },
          { ...money('averageWonAmount'), label: 'Average won deal' },
          { ...money('revenuePerLead'), label: 'Revenue per lead' },
          { ...money('leakedRevenue'), label: 'Leaked revenue' },
        ]}
      />
    </section>
  );
}

/** Won amount per value of a lead dimension, by currency (the Sources view's table when mixed). */
export function SegmentCurrencies({ dimension, label }: { dimension: string; label: string }) {
  const chosen = useAppStore((s) => s.calculator.currency);
  const query = useMetric('currenciesBy', dimension);
  const rows = useMemo(
    () =>
      [...segmentAmounts(query.data, chosen)].map(([value, parts]) => ({
        value,
        won: formatMoneyParts(parts.map((p) => ({ currency: p.currency, amount: p.amount }))),
      })),
    [query.data, chosen],
  );
  if (rows.length === 0) return null;
  return (
    <section className="card" aria-labelledby="segment-currencies-title" data-testid="segment-currencies">
      <h2 id="segment-currencies-title">Won amount by {label.toLowerCase()}, per currency</h2>
      <DataTable
        caption={`Won amount by ${label.toLowerCase()} and currency`}
        fileName="leadgap-won-by-currency"
        rows={rows}
        columns={[
          { key: 'value', label },
          { key: 'won', label: 'Won amount', numeric: true },
        ]}
      />
    </section>
  );
}
