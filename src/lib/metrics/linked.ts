/**
 * Revenue that the data cannot say (grain: the filtered leads and their deals in scope, counts.ts
 * `viewCountsQuery`). With leads and a deals file loaded, revenue figures of leads (per source, per
 * owner, lead-to-win, revenue per lead, leaked revenue) rest on deals linked to those leads. When no
 * deal links to the leads in view, those figures are not 0: they are unknown, and every view says so
 * with NO_DEALS_LINKED, as it says "not in your data" for a missing column.
 */
export const NO_DEALS_LINKED =
  'No deals linked to these leads: link deals to leads by ID, email or company on the Data view.';

/**
 * True when revenue of these leads cannot be told: leads in view, a deals file with outcomes loaded
 * (`wonKnown`), and not one deal linked to the leads in view.
 */
export function dealsUnlinked(
  counts: { leads: number; deals: number } | null | undefined,
  wonKnown: boolean,
): boolean {
  return wonKnown && counts != null && counts.leads > 0 && counts.deals === 0;
}

/** The figures of each result that rest on linked deals: null when `dealsUnlinked` (views and JSON). */
export const UNLINKED_FIGURES = {
  revenue: ['leadToWin', 'revenuePerLead', 'leakedRevenue'],
  bySegment: ['wonLeads', 'leadToWin', 'wonAmount', 'revenuePerLead'],
  byOwner: ['wonLeads', 'wonAmount'],
  speedBand: ['wonLeads', 'leadToWin', 'leadToWinLow', 'leadToWinHigh', 'revenuePerLead'],
} as const;

/** A row with the given figures unknown (null) when no deal links to the leads in view. */
export function withoutRevenue<T extends object>(row: T, unlinked: boolean, keys: readonly string[]): T {
  if (!unlinked) return row;
  return { ...row, ...Object.fromEntries(keys.map((key) => [key, null])) };
}
