/**
 * What a lead's status says, as SQL over its text: one of a list (the lead definition's untouched and
 * qualified statuses), or nurturing. lead-facts.ts matches them once per distinct status.
 */
import { literal } from '../ingest/sql';
import type { MaterializedFacts } from './context';

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

/**
 * "Some lead's status names nurturing" (`any_nurture`), whatever the filters: read off the stored
 * facts' flag when there are some. Matching the text of every lead's status found no match in ~65 ms
 * at 1M leads (a file without such a status reads to its end), the flag in ~2 ms.
 */
export function anyNurtureSql(stored: MaterializedFacts | undefined): string {
  return stored
    ? `(SELECT coalesce(bool_or(nurture_status), false) AS any_nurture FROM ${stored.facts})`
    : `(SELECT count(*) > 0 AS any_nurture FROM (SELECT 1 FROM leads WHERE ${nurtureStatus()} LIMIT 1))`;
}
