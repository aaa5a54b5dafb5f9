import { keyForms, keyed, leadKeys, linked, type Rule } from './match-rules';
import { ident } from './sql';

/**
 * All the rules in one statement, so a (re-)match is one query to compile and run. Rule i joins the
 * deals still open (`o<i>`: no earlier rule linked them) with the leads' keys, a hash join on the
 * normalised key built on the deals' side, and keeps one lead per deal (`m<i>`). Each open set is
 * the one before less the deals its rule linked, so a later rule normalises and anti-joins only the
 * few deals left. Among several leads the latest created before the deal wins (rank = minus its
 * time), else the earliest created after it (rank past every "before"), leads without a created date
 * last; ties (leads created at the same time) go to the first lead loaded, so a re-match is stable.
 * The lead's created_at is kept beside its key (`lead_created`): the stored deals read it there
 * instead of looking each deal's lead up among the leads (materialize.ts).
 */
export function matchStatement(rules: readonly Rule[], allRows: string | null = null): string | null {
  if (rules.length === 0) return null;
  const columns = [...new Set(rules.map((rule) => rule.deals))];
  const raw = columns.map((column, i) => `${ident(column)} AS c${i}`).join(', ');
  const col = (rule: Rule) => `c${columns.indexOf(rule.deals)}`;
  const ctes = [
    `o0 AS (${allRows ? everyRow(allRows, raw) : `SELECT _key, ${SINCE} AS since, ${raw} FROM deals`})`,
  ];
  rules.forEach((rule, i) => {
    if (i > 0) {
      ctes.push(
        `o${i} AS MATERIALIZED (SELECT * FROM o${i - 1} WHERE _key NOT IN (SELECT deal_key FROM m${i - 1}))`,
      );
    }
    const open = `SELECT _key, since, CAST(${col(rule)} AS VARCHAR) AS v FROM o${i} WHERE ${col(rule)} IS NOT NULL`;
    ctes.push(`m${i} AS MATERIALIZED (
      SELECT deal_key, arg_min(lead_key, row(rank, lead_key)) AS lead_key, '${rule.by}' AS matched_by,
        arg_min(lead_since, row(rank, lead_key)) AS lead_created FROM (
        SELECT o._key AS deal_key, l._key AS lead_key, l.since AS lead_since,
          CASE WHEN l.since <= o.since THEN -epoch(l.since) ELSE 1e12 + coalesce(epoch(l.since), 1e11) END AS rank
        FROM (${keyForms(keyed(open, rule.splitDeals), rule)}) o JOIN (${leadKeys(rule, true)}) l ON ${linked('o', 'l', rule)}
      ) GROUP BY deal_key)`);
  });
  return `INSERT INTO deal_matches WITH ${ctes.join(',\n')}
    ${rules.map((_, i) => `SELECT deal_key, lead_key, matched_by, lead_created FROM m${i}`).join(' UNION ALL ')}`;
}

const SINCE = 'coalesce(created_at, closed_at)';

/**
 * The links of every row of a deal, those set aside included (duplicates.ts: a report repeats an
 * opportunity on each contact role, each with its own e-mail), each row under the key and date of
 * the deal's kept row: the last of its id, which has the highest key. A row without an id is its own.
 */
function everyRow(rows: string, raw: string): string {
  const kept = (value: string, own: string) =>
    `CASE WHEN deal_id IS NULL THEN ${own} ELSE ${value} OVER (PARTITION BY deal_id) END`;
  return `SELECT ${kept('max(_key)', '_key')} AS _key, ${kept('arg_max(since, _key)', 'since')} AS since, * EXCLUDE (_key, since)
    FROM (SELECT _key, deal_id, ${SINCE} AS since, ${raw} FROM ${rows})`;
}
