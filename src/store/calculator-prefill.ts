import { PERIOD_MONTHS, PERIOD_WORDS, type CalculatorPrefill } from '../lib/calculator';
import { calculatorPrefillQuery } from '../lib/metrics';
import { useAppStore } from './app-store';
import { useMetric } from './use-metric';

/**
 * The calculator's inputs as the loaded data gives them under the current filters and lead
 * definition, for the calculator's period: inbound leads are the yearly rate scaled to the period.
 */
export function useCalculatorPrefill(): { data: CalculatorPrefill | undefined; loading: boolean } {
  const period = useAppStore((s) => s.calculator.period);
  const hasData = useAppStore((s) => s.uploads.length > 0);
  const query = useMetric(calculatorPrefillQuery, [hasData]);
  if (!hasData || !query.data) return { data: undefined, loading: hasData && query.loading };
  const p = query.data;
  const share = PERIOD_MONTHS[period] / 12;
  return {
    loading: query.loading,
    data: {
      inboundLeads: p.inboundLeads === null ? null : p.inboundLeads * share,
      followUpRate: p.followUpRate,
      leadToSqlRate: p.leadToSqlRate,
      sqlCloseRate: p.sqlCloseRate,
      averageDeal: p.averageDeal,
      nurturedShare: p.nurturedShare,
      periodLabel: PERIOD_WORDS[period],
      basis:
        p.leadsInData === null || p.spanDays === null
          ? 'your data'
          : `${Math.round(p.leadsInData).toLocaleString()} leads over ${Math.round(p.spanDays).toLocaleString()} days, scaled to ${PERIOD_WORDS[period]}`,
    },
  };
}
