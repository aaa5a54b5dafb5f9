/**
 * Inputs of "Revenue − Inbound − Nurturing = The GAP" for one period (default a year).
 * Rates and shares are fractions (0.2 = 20%); the UI shows them as percentages.
 * Money is in the scenario's currency; counts need not be integers (a yearly figure
 * may come from a monthly average). A type alias, not an interface, so it can be passed where a
 * Record<string, unknown> is expected (validateInputs, serialisers).
 */
export type CalculatorInputs = {
  revenueGoal: number;
  priorRevenue: number;
  retentionRate: number;
  inboundLeads: number;
  followUpRate: number;
  leadToSqlRate: number;
  sqlCloseRate: number;
  averageDeal: number;
  nurturedShare: number;
  nurtureToSqlRate: number;
};

export type CalculatorField = keyof CalculatorInputs;

export type CalculatorOutputs = {
  retained: number;
  newRevenueNeeded: number;
  inboundRevenue: number;
  nurtureRevenue: number;
  /** New revenue needed − inbound − nurture. Negative is a surplus. */
  gap: number;
  /**
   * SQLs that would close the GAP: gap / (SQL close × average deal).
   * 0 when the gap is ≤ 0 (nothing more is needed).
   * null when the gap is positive but an SQL is worth nothing (0% close rate or a 0 average
   * deal): no number of SQLs closes it.
   */
  sqlsNeeded: number | null;
  /**
   * Leads that would close the GAP: sqlsNeeded / (follow-up × lead→SQL).
   * 0 when the gap is ≤ 0; null when sqlsNeeded is null or no lead becomes an SQL
   * (0% follow-up or 0% lead→SQL).
   */
  leadsNeeded: number | null;
  /**
   * What the never-followed-up leads would have brought through the direct lead→SQL path.
   * Their nurture revenue is not included, so following up 100% lowers the GAP by
   * revenueLostToNoFollowUp × (1 + (1 − lead→SQL) × nurtured share × nurture→SQL / lead→SQL):
   * exactly this amount only when nurturing brings nothing.
   */
  revenueLostToNoFollowUp: number;
  /** Leads needed per unit of revenue: 1 / (follow-up × lead→SQL × SQL close × average deal); null when a lead brings nothing. */
  leadsPerRevenue: number | null;
};

/**
 * Where an input came from. `empty`: neither the data nor a sourced benchmark gives it and the user
 * has not entered it yet (its value is a 0 placeholder; the outputs that need it are null).
 */
export type Provenance =
  { kind: 'data' } | { kind: 'benchmark'; source: string } | { kind: 'assumption' } | { kind: 'empty' };

export type InputProvenance = Record<CalculatorField, Provenance>;

export interface Scenario {
  id: string;
  name: string;
  baseline: boolean;
  inputs: CalculatorInputs;
  provenance: InputProvenance;
}

/**
 * The outputs as shown and exported: those that need an input the user has not entered yet are
 * null (no GAP or surplus is claimed on placeholders). `leadsPerRevenue`: leads needed per unit of
 * revenue (1 / (follow-up × lead→SQL × SQL close × average deal)); null when a lead brings nothing.
 */
export type ShownOutputs = {
  retained: number | null;
  newRevenueNeeded: number | null;
  inboundRevenue: number | null;
  nurtureRevenue: number | null;
  gap: number | null;
  sqlsNeeded: number | null;
  leadsNeeded: number | null;
  revenueLostToNoFollowUp: number | null;
  leadsPerRevenue: number | null;
};
