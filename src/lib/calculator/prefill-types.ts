import type { Provenance } from './types';

/**
 * What the loaded data says about the calculator's inputs, for the chosen period. Produced by the
 * store (useCalculatorPrefill) from the metrics; consumed by the calculator, which applies the
 * non-null figures to the baseline scenario with provenance "your data".
 *
 * Rates are fractions (0.42, not 42). A figure the data cannot give is `null` (never 0): the
 * calculator then keeps its benchmark or assumption for that input.
 */
export interface CalculatorPrefill {
  /** Leads per chosen period (scaled from the data's span when it is not exactly one period). */
  inboundLeads: number | null;
  /** Followed-up leads / leads. */
  followUpRate: number | null;
  /** Qualified (SQL) leads / followed-up leads: the calculator multiplies it after follow-up. */
  leadToSqlRate: number | null;
  /** Won leads / qualified leads. */
  sqlCloseRate: number | null;
  /** Average won deal amount. */
  averageDeal: number | null;
  /** Share of the followed-up, not-qualified leads that went to nurturing. */
  nurturedShare: number | null;
  /** The period the figures are for, in words ("a year"). */
  periodLabel: string;
  /** Where the figures came from, e.g. "3,000 leads, Jan 2025–Oct 2026, scaled to a year". */
  basis: string;
  /** Inputs that are not plainly the data's (a benchmark used to split or stand in): their source. */
  sources?: Partial<Record<PrefillField, Provenance>>;
  /** What was assumed so the rates multiply back to the data's lead-to-win (shown on the page). */
  notes?: string[];
  /**
   * Inputs the data should give but cannot (deals loaded, none linked to a lead: what a won lead is
   * worth is unknown). They start empty and are asked for, never assumed.
   */
  unknown?: PrefillField[];
  /** Calendar days from the first to the last lead created in view (inclusive); null without dates. */
  spanDays?: number | null;
  /** Days in the calculator's period (365 × months / 12) and periodDays / spanDays. */
  periodDays?: number;
  periodScale?: number | null;
}

/** The inputs a prefill can set, in the calculator's order. */
export const PREFILL_FIELDS = [
  'inboundLeads',
  'followUpRate',
  'leadToSqlRate',
  'sqlCloseRate',
  'averageDeal',
  'nurturedShare',
] as const satisfies readonly (keyof CalculatorPrefill)[];

export type PrefillField = (typeof PREFILL_FIELDS)[number];
