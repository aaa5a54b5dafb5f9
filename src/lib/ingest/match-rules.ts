import { fieldsOf } from './fields';
import { ident } from './sql';

/** The rules deals are linked to leads by, in the order tried (DESIGN.md "matching deals to leads"). */
export type MatchRule = 'chosen' | 'lead_id' | 'email' | 'company_id' | 'company';

/** A link the user chose: a column of the deals view against a column of the leads view. */
export interface LinkPair {
  deals: string;
  leads: string;
}

export interface Rule extends LinkPair {
  by: MatchRule;
  /** The side's values may list several ids ("101; 102"): any of them links. */
  splitDeals: boolean;
  splitLeads: boolean;
}

// Names keep their commas ("Acme, Inc."); id columns may list several ids, as HubSpot's
// "Associated Contact IDs" and "Associated Company IDs" do (a contact may sit in several companies).
const DEFAULT_RULES: readonly Rule[] = [
  { by: 'lead_id', deals: 'lead_id', leads: 'lead_id', splitDeals: true, splitLeads: false },
  { by: 'email', deals: 'email', leads: 'email', splitDeals: false, splitLeads: false },
  { by: 'company_id', deals: 'company_id', leads: 'company_id', splitDeals: true, splitLeads: true },
  { by: 'company', deals: 'company', leads: 'company', splitDeals: false, splitLeads: false },
];

export function matchRules(chosen: LinkPair | null): Rule[] {
  const first: Rule[] = chosen ? [{ by: 'chosen', ...chosen, splitDeals: true, splitLeads: false }] : [];
  return [...first, ...DEFAULT_RULES];
}

/** Whether both views always have the rule's columns: every field of the model is in its view. */
export function inModel(rule: LinkPair): boolean {
  const has = (kind: 'leads' | 'deals', name: string) => fieldsOf(kind).some((f) => f.name === name);
  return has('deals', rule.deals) && has('leads', rule.leads);
}

/**
 * A key as compared: the value as text, lower-cased (values are stored trimmed). An id rule's
 * 15-character id is compared in its 18-character form: Salesforce's reports write 15 characters
 * ("00Q5g00000AbCdE", where case tells ids apart), its API and Data Loader 18, the same id with a
 * checksum of the 15's capitals ("…AbCdEEAV"), which lower-casing keeps apart.
 */
export function normalised(column: string, rule?: Pick<Rule, 'by'>): string {
  const value = `CAST(${ident(column)} AS VARCHAR)`;
  if (!rule || rule.by === 'email' || rule.by === 'company') return `lower(${value})`;
  const fifteen = `length(${value}) = 15 AND regexp_full_match(${value}, '[0-9A-Za-z]{15}')`;
  return `lower(CASE WHEN ${fifteen} THEN ${value} || ${salesforceChecksum(value)} ELSE ${value} END)`;
}

/** The three characters Salesforce appends: per 5 characters, the capitals' positions as bits. */
function salesforceChecksum(value: string): string {
  const chunk = (c: number) => {
    const bits = [0, 1, 2, 3, 4].map(
      (i) => `(substr(${value}, ${c * 5 + i + 1}, 1) BETWEEN 'A' AND 'Z')::INTEGER * ${2 ** i}`,
    );
    return `substr('ABCDEFGHIJKLMNOPQRSTUVWXYZ012345', ${bits.join(' + ')} + 1, 1)`;
  };
  return `(${chunk(0)} || ${chunk(1)} || ${chunk(2)})`;
}

/**
 * Rows as (`_key`, `since`, `k`) with `k` the normalised value; a value holding `;` or `,` adds one row
 * per listed id (the whole value stays a key too). Only such values are split: most hold one id.
 */
export function keyed(rows: string, split: boolean): string {
  if (!split) return rows;
  const ids = `list_filter(list_transform(string_split_regex(k, '[;,]'), x -> trim(x)), x -> x <> '')`;
  return `WITH r AS (${rows}) SELECT * FROM r
    UNION ALL SELECT _key, since, unnest(${ids}) AS k FROM r WHERE contains(k, ';') OR contains(k, ',')`;
}

/** The deals' keys for a rule; `where` narrows the deals (SQL condition on the deals view). */
export function dealKeys(rule: Rule, where = 'true'): string {
  return keyed(
    `SELECT _key, coalesce(created_at, closed_at) AS since, ${normalised(rule.deals, rule)} AS k
     FROM deals WHERE ${ident(rule.deals)} IS NOT NULL AND (${where})`,
    rule.splitDeals,
  );
}

/**
 * The leads' keys for a rule. `blanks`: keep the leads without a value (their key, NULL, joins
 * nothing): the leads then look as many as they are, so the planner builds its hash table on the
 * deals' keys and streams the leads past it, where a filter's guessed selectivity (a fifth) made the
 * million leads look fewer than the deals and built on them.
 */
export function leadKeys(rule: Rule, blanks = false): string {
  const where = blanks ? '' : ` WHERE ${ident(rule.leads)} IS NOT NULL`;
  return keyed(
    `SELECT _key, created_at AS since, ${normalised(rule.leads, rule)} AS k FROM leads${where}`,
    rule.splitLeads,
  );
}
