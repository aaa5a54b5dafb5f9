import type { Mapping } from './automap';
import { normaliseHeader } from './automap';
import { booleanExpr } from './values';

/**
 * Salesforce's "Won" and "Closed" (IsWon, IsClosed) and HubSpot's "Is Closed Won" and "Is Deal
 * Closed?" say what a deal came to whatever its stage is named: orgs and pipelines rename their
 * stages ("Signed - Booked", "Went dark"), which then read as open, so the win rate counted none
 * of them. Where such a column is in the file, it decides: won when the won flag is set; open when
 * the closed flag is not; lost when closed and not won; else the stage's reading.
 */
const WON = ['won', 'iswon', 'isclosedwon'];
const CLOSED = ['closed', 'isclosed', 'isdealclosed'];

/** The won and closed flags' columns of a deals file (-1: none), as the mapping leaves them. */
export function flagColumns(headers: readonly string[], mapping: Mapping): { won: number; closed: number } {
  // A column mapped to another field is not a flag; the outcome's own column may be the won flag.
  const other = new Set(Object.entries(mapping).flatMap(([field, c]) => (field === 'outcome' ? [] : [c])));
  const find = (keys: readonly string[]) =>
    headers.findIndex((header, column) => keys.includes(normaliseHeader(header)) && !other.has(column));
  return { won: find(WON), closed: find(CLOSED) };
}

export function outcomeWithFlags(
  outcome: string,
  headers: readonly string[],
  mapping: Mapping,
  /** A column's trimmed text in the typing query; null for a column it does not read. */
  text: (column: number) => string | null,
): string {
  const { won, closed } = flagColumns(headers, mapping);
  if (won < 0 && closed < 0) return outcome;
  const flag = (column: number) => {
    const value = column < 0 ? null : text(column);
    return value === null ? 'CAST(NULL AS BOOLEAN)' : booleanExpr(value);
  };
  return `CASE WHEN ${flag(won)} THEN 'won' WHEN NOT ${flag(closed)} THEN 'open'
    WHEN ${flag(closed)} AND NOT ${flag(won)} THEN 'lost' ELSE ${outcome} END`;
}
