import { fieldsOf } from './fields';
import { salesforceForms } from './salesforce-ids';
import { ident } from './sql';

/** The rules deals are linked to leads by, in the order tried (DESIGN.md "matching deals to leads"). */
export type MatchRule = 'chosen' | 'lead_id' | 'deal_id' | 'email' | 'company_id' | 'company';

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
  /**
   * Some leads hold a 15-character id and some deals an 18-character one: the deals' are tried in 15
   * characters too, matched case and all (salesforce-ids.ts). Asked of the data first (match.ts).
   */
  fifteen?: boolean;
}

// Names keep their commas ("Acme, Inc."); id columns may list several ids, as HubSpot's
// "Associated Contact IDs" and "Associated Company IDs" do (a contact may sit in several companies).
const DEFAULT_RULES: readonly Rule[] = [
  { by: 'lead_id', deals: 'lead_id', leads: 'lead_id', splitDeals: true, splitLeads: false },
  // The other way round: the lead names the deal it was converted to (a list, as id columns may be).
  { by: 'deal_id', deals: 'deal_id', leads: 'converted_deal_id', splitDeals: false, splitLeads: true },
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

/** A value as compared: as text (values are stored trimmed); keys are lower-cased (`keyForms`). */
const asText = (column: string) => `CAST(${ident(column)} AS VARCHAR)`;

/**
 * Rows as (`_key`, `since`, `v`) with `v` the value as text; a value holding `;` or `,` adds one row
 * per listed id (the whole value stays one too). Only such values are split: most hold one id.
 */
export function keyed(rows: string, split: boolean): string {
  if (!split) return rows;
  const ids = `list_filter(list_transform(string_split_regex(v, '[;,]'), x -> trim(x)), x -> x <> '')`;
  return `WITH r AS (${rows}) SELECT * FROM r
    UNION ALL SELECT _key, since, unnest(${ids}) AS v FROM r WHERE contains(v, ';') OR contains(v, ',')`;
}

/**
 * The deals' side of a join, as (`_key`, `since`, `k`, and for an id rule `exact`): `k` the
 * lower-cased value, and for an id rule a Salesforce id's other forms too (salesforce-ids.ts),
 * where `exact` is the 15-character id the lead's must equal, case and all. The deals are few: the
 * leads' side stays a plain lower-casing (`leadKeys`), `exact` checked on the joined pairs (`linked`).
 */
export function keyForms(rows: string, rule: Pick<Rule, 'by' | 'fifteen'>): string {
  if (rule.by === 'email' || rule.by === 'company') return `SELECT _key, since, lower(v) AS k FROM (${rows})`;
  const plain = `SELECT _key, since, lower(v) AS k, CAST(NULL AS VARCHAR) AS exact FROM r`;
  return `WITH r AS (${rows}) ${plain} UNION ALL ${salesforceForms('r', rule.fifteen === true)}`;
}

/**
 * The join condition of a deal's key (`o`) and a lead's (`l`). Carrying each lead's value to the
 * join for `exact` cost ~60 % more at 1M leads: only a rule marked `fifteen` does.
 */
export const linked = (o: string, l: string, rule: Pick<Rule, 'fifteen'>) =>
  rule.fifteen ? `${o}.k = ${l}.k AND (${o}.exact IS NULL OR ${o}.exact = ${l}.raw)` : `${o}.k = ${l}.k`;

/** The deals' keys for a rule; `where` narrows the deals (SQL condition on the deals view). */
export function dealKeys(rule: Rule, where = 'true'): string {
  const rows = `SELECT _key, coalesce(created_at, closed_at) AS since, ${asText(rule.deals)} AS v
     FROM deals WHERE ${ident(rule.deals)} IS NOT NULL AND (${where})`;
  return keyForms(keyed(rows, rule.splitDeals), rule);
}

/**
 * The leads' keys for a rule, as (`_key`, `since`, `k`, and `raw` for `linked`). `blanks`: keep the
 * leads without a value (their key, NULL, joins nothing): the leads then look as many as they are,
 * so the planner builds its hash table on the deals' keys and streams the leads past it, where a
 * filter's guessed selectivity (a fifth) made the million leads look fewer than the deals and built
 * on them.
 */
export function leadKeys(rule: Rule, blanks = false): string {
  const where = blanks ? '' : ` WHERE ${ident(rule.leads)} IS NOT NULL`;
  const rows = keyed(
    `SELECT _key, created_at AS since, ${asText(rule.leads)} AS v FROM leads${where}`,
    rule.splitLeads,
  );
  return `SELECT _key, since, lower(v) AS k${rule.fifteen ? ', v AS raw' : ''} FROM (${rows})`;
}
