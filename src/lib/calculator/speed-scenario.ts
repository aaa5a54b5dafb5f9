/**
 * "Answer within 1 h" as a calculator scenario (issue 19): the lead→SQL rate raised so that the
 * scenario's inbound revenue (leads × follow-up × lead→SQL × SQL close × deal) grows by exactly the
 * value of speed for the period. Capped at 100% (then it grows by less, and says so). Pure.
 */
import type { CalculatorInputs } from './types';

export interface FasterAnswer {
  leadToSqlRate: number;
  /** The rate the value needs passed 100%: the scenario is capped there. */
  capped: boolean;
}

export function fasterAnswer(inputs: CalculatorInputs, extraRevenuePerPeriod: number): FasterAnswer | null {
  const perLeadToSql = inputs.inboundLeads * inputs.followUpRate * inputs.sqlCloseRate * inputs.averageDeal;
  if (!(perLeadToSql > 0) || !(extraRevenuePerPeriod > 0)) return null;
  const raised = inputs.leadToSqlRate + extraRevenuePerPeriod / perLeadToSql;
  return raised > 1 ? { leadToSqlRate: 1, capped: true } : { leadToSqlRate: raised, capped: false };
}
