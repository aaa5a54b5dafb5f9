/**
 * The rates, each defined once: every builder that reports one computes it here from its counts, so
 * the same rate means the same thing in every view, in the JSON and in the snapshot. null when a count
 * is unknown or the whole is 0 (a rate of nothing is not 0).
 */
import { slaIs } from './sla-state';
import { ratio } from './query';

type Count = number | null;

/** Follow-up rate: followed-up leads / leads. */
export function followUpRate(followed: Count, leads: Count): number | null {
  return ratio(followed, leads);
}

/** The same in SQL, over two count expressions (NULL when there are no leads). */
export function followUpRateSql(followed: string, leads: string): string {
  return `${followed} / nullif(${leads}, 0)`;
}

/** SLA compliance: within / (within + breached); pending leads (younger than the SLA) are in neither. */
export function slaCompliance(within: Count, breached: Count): number | null {
  return within === null || breached === null ? null : ratio(within, within + breached);
}

/** The counts SLA compliance is computed from, as SQL select items over lead_facts (`within`, `breached`). */
export const SLA_COUNTS_SQL = `count_if(${slaIs('within')}) AS within, count_if(${slaIs('breached')}) AS breached`;

/** Lead-to-win: leads with a won deal / leads. */
export function leadToWin(wonLeads: Count, leads: Count): number | null {
  return ratio(wonLeads, leads);
}

/** Win rate: won deals / (won + lost) deals; open deals are in neither. */
export function winRate(won: Count, lost: Count): number | null {
  return won === null || lost === null ? null : ratio(won, won + lost);
}
