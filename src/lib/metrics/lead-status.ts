/**
 * What a lead's status says, as SQL over its text: one of a list (the lead definition's untouched and
 * qualified statuses), or nurturing. lead-facts.ts matches them once per distinct status.
 */
import { literal } from '../ingest/sql';

const STATUS = `lower(trim(coalesce(l.status, '')))`;

/** "The lead's status is one of these": trimmed, case-insensitive, '' is blank; never NULL. */
export function statusIn(statuses: readonly string[], expr = STATUS): string {
  const values = [...new Set(statuses.map((s) => s.trim().toLowerCase()))];
  return values.length > 0 ? `${expr} IN (${values.map(literal).join(', ')})` : 'false';
}

/**
 * "The lead's status names nurturing" ("nurtur…", any case; NULL without a status): for the
 * calculator's nurtured share. Stored per lead from its status class, so the Overview's summary does
 * not match the text of every lead's status (~20 ms at 1M leads).
 */
export function nurtureStatus(status = 'status'): string {
  return `lower(${status}) LIKE '%nurtur%'`;
}
