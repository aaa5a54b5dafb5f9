import type { CalculatorPrefill } from '../lib/calculator';
import { calculatorPrefill, prefillInOneCurrency } from '../lib/metrics';
import { useAppStore } from './app-store';
import { useCurrencyMix, useMoneyCurrency } from './use-currencies';
import { useMetric } from './use-metric';

/**
 * The calculator's inputs as the loaded data gives them under the current filters and lead
 * definition, for the calculator's period (lib/metrics/calculator-prefill.ts; the export applies the
 * same figures, see metrics-export.ts).
 */
export function useCalculatorPrefill(): { data: CalculatorPrefill | undefined; loading: boolean } {
  const period = useAppStore((s) => s.calculator.period);
  const hasData = useAppStore((s) => s.uploads.length > 0);
  const query = useMetric('calculatorPrefill');
  const mix = useCurrencyMix();
  // The calculator takes the deals' own currency when their files state one (its average deal is in it).
  useMoneyCurrency();
  if (!hasData || !query.data) return { data: undefined, loading: hasData && query.loading };
  // Deals in several currencies: no average deal from the data (lib/metrics/currencies.ts).
  return { loading: query.loading, data: prefillInOneCurrency(calculatorPrefill(query.data, period), mix) };
}
