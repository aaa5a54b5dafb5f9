import { useEffect, useMemo } from 'react';
import { currencyMix, type CurrencyMix } from '../lib/metrics';
import { useAppStore } from './app-store';
import { useMetric } from './use-metric';

/**
 * The deals' currencies in view (lib/metrics/currencies.ts), the calculator's currency standing for
 * what the files do not state. null while unknown (loading, no amounts, a snapshot made before it).
 */
export function useCurrencyMix(): CurrencyMix | null {
  return useMix().mix;
}

function useMix(): { mix: CurrencyMix | null; loading: boolean } {
  const chosen = useAppStore((s) => s.calculator.currency);
  const figures = useMetric('currencies');
  const mix = useMemo(
    () => (figures.data ? currencyMix(figures.data, chosen) : null),
    [figures.data, chosen],
  );
  return { mix, loading: figures.loading };
}

/**
 * The one currency of a list of deals, for its amounts and total: the deals in scope (won, lost or
 * open) or those linked to no lead; null when they are in several (no total across them is shown).
 */
export function useDealsCurrency(deals: 'inScope' | 'unmatched'): string | null {
  const chosen = useAppStore((s) => s.calculator.currency);
  const mix = useCurrencyMix();
  const codes = (deals === 'inScope' ? mix?.allCurrencies : mix?.unmatchedCurrencies) ?? [];
  return codes.length > 1 ? null : (codes[0] ?? chosen);
}

// The data version whose deals' currency was last adopted: adopted once, so a currency the user
// picks afterwards stays picked.
let adopted: number | null = null;

/**
 * The currency money is shown in: the deals' own when their files state one, else the one the user
 * chose. A stated currency becomes the calculator's too (its average deal is in it), once per data.
 */
export function useMoneyCurrency(): string {
  const chosen = useAppStore((s) => s.calculator.currency);
  const dataVersion = useAppStore((s) => s.dataVersion);
  const setCurrency = useAppStore((s) => s.setCalculatorCurrency);
  const { mix, loading } = useMix();
  const stated = mix?.currency ?? null;
  useEffect(() => {
    if (loading || stated === null || adopted === dataVersion) return;
    adopted = dataVersion;
    if (stated !== chosen) setCurrency(stated);
  }, [loading, stated, chosen, dataVersion, setCurrency]);
  return stated ?? chosen;
}
