/**
 * The Overview's headline figures, from the engine's results for one state: what its answer sentence
 * and tiles show, what a link carries (figures-section.ts), and what the JSON export says for the same
 * state (followUp, revenue with the unlinked rule of lib/metrics/linked.ts, counts.leads, and the span
 * of the `calculatorPrefill` metric). Pure: the view and the store build it the same way.
 */
import { UNLINKED_FIGURES, dealsUnlinked, withoutRevenue, type MetricResult } from '../metrics';

export interface OverviewFigures {
  leads: number;
  neverFollowedUp: number | null;
  followUpRate: number | null;
  slaCompliance: number | null;
  medianResponseHours: number | null;
  leakedRevenue: number | null;
  leadToWin: number | null;
  revenuePerLead: number | null;
  averageWonAmount: number | null;
  /** The days the leads were counted over (calculatorPrefill: the data's span, narrowed by the dates filter). */
  firstDay: string | null;
  lastDay: string | null;
  spanDays: number | null;
  /** Deals are loaded, yet none links to these leads: the revenue figures are unknown for that reason. */
  unlinked: boolean;
}

export interface OverviewResults {
  counts: MetricResult<'viewCounts'> | null | undefined;
  followUp: MetricResult<'followUp'> | null | undefined;
  revenue: MetricResult<'revenue'> | null | undefined;
  prefill: MetricResult<'calculatorPrefill'> | null | undefined;
}

/** The figures; null while a result the sentence rests on (counts, follow-up, revenue) is not in. */
export function overviewFigures({
  counts,
  followUp,
  revenue,
  prefill,
}: OverviewResults): OverviewFigures | null {
  if (!counts || !followUp || !revenue) return null;
  const unlinked = dealsUnlinked(counts, revenue.wonLeads != null);
  const r = withoutRevenue(revenue, unlinked, UNLINKED_FIGURES.revenue);
  return {
    leads: counts.leads,
    neverFollowedUp: followUp.neverFollowedUp,
    followUpRate: followUp.rate,
    slaCompliance: followUp.slaCompliance,
    medianResponseHours: followUp.medianResponseHours,
    leakedRevenue: r.leakedRevenue,
    leadToWin: r.leadToWin,
    revenuePerLead: r.revenuePerLead,
    averageWonAmount: r.averageWonAmount,
    firstDay: prefill?.firstDay ?? null,
    lastDay: prefill?.lastDay ?? null,
    spanDays: prefill?.spanDays ?? null,
    unlinked,
  };
}
