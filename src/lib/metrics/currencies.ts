/**
 * Deal money by currency (grain: `scoped_deals`, the deals the deal figures cover; lead counts over
 * the filtered leads). A deal's currency is the one its file states (lib/ingest/currency.ts: an ISO
 * code, or '$'); a deal whose file states none is in the user's chosen currency. Money is summed
 * within a currency, never across: when the won deals in scope are in more than one currency, the
 * figures that would sum across them are null (MIXED_CURRENCY_FIGURES, applied by the views and the
 * export as linked.ts's rule is) and given per currency instead:
 * - wonAmount_c = Σ won amounts in c; averageWonAmount_c = wonAmount_c / won deals in c;
 * - revenuePerLead_c = wonAmount_c / leads (the parts add up to revenue per lead);
 * - leakedRevenue_c = never × (wonLeads / followed) × wonAmount_c / won deals (all currencies): the
 *   parts add up to leaked revenue, whose average won amount is Σ_c wonAmount_c / won deals.
 * The average won amount (and the calculator's average deal) cannot be split: with several
 * currencies it is null and says why. The SQL builders are here; the rule on their results (pure) is
 * in currency-mix.ts.
 */
import type { MetricContext } from './context';
import { dimensionColumn, groupValue } from './filters';
import { knowledge } from './known';
import { leadFacts } from './lead-facts';
import { int, only, text, when, type Query } from './query';

/** One currency as stored: `currency` an ISO code, '$' (a bare dollar sign) or null (not stated). */
export interface StatedCurrency {
  currency: string | null;
  deals: number;
  wonDeals: number;
  wonAmount: number;
}

export interface CurrencyFigures {
  rows: StatedCurrency[];
  /** The stated currencies of the deals linked to no lead (with an amount), for their list's total. */
  unmatched: (string | null)[];
  leads: number | null;
  followed: number | null;
  never: number | null;
  wonLeads: number | null;
}

/** Per currency (over the deals with an amount): the deals, the won ones, their amount. */
export const CURRENCY_AGGREGATES = `count(*) AS deals,
      count(*) FILTER (WHERE outcome = 'won' AND amount IS NOT NULL) AS won_deals,
      sum(amount) FILTER (WHERE outcome = 'won') AS won_amount`;

/** The currency rows as one text, from `groups`: one row per currency with CURRENCY_AGGREGATES. */
export function currencyRowsOf(groups: string): string {
  return `(SELECT string_agg(concat_ws(chr(9), coalesce(currency, '?'), deals, won_deals,
      coalesce(CAST(won_amount AS VARCHAR), '')), chr(10) ORDER BY currency NULLS FIRST) AS currency_rows
  FROM (${groups}))`;
}

/**
 * The deals in scope by stated currency as one text, a line per currency: currency ('?' when not
 * stated), deals, won deals and won amount ('' when none), tab-separated. One row, so the Overview's
 * summary statement (overview-summary.ts) can carry it: it then scans no leads of its own. (Text, not
 * a list: nested values arrive as Arrow vectors, and DuckDB's to_json needs an extension.) A DOUBLE
 * as text is its shortest exact form, so Number() reads back the same amount.
 */
export const CURRENCY_ROWS_SQL = currencyRowsOf(
  `SELECT currency, ${CURRENCY_AGGREGATES} FROM scoped_deals WHERE amount IS NOT NULL GROUP BY currency`,
);

/** CURRENCY_ROWS_SQL's text as rows. Pure. */
export function currencyRows(encoded: string | null): StatedCurrency[] {
  if (!encoded) return [];
  return encoded.split('\n').map((line) => {
    const [currency = '?', deals = '0', wonDeals = '0', wonAmount = ''] = line.split('\t');
    return {
      currency: currency === '?' ? null : currency,
      deals: Number(deals),
      wonDeals: Number(wonDeals),
      wonAmount: wonAmount === '' ? 0 : Number(wonAmount),
    };
  });
}

/** The stated currencies of the deals linked to no lead, whatever the filters. */
export const UNMATCHED_CURRENCIES_SQL = `(SELECT string_agg(DISTINCT coalesce(currency, '?'), ',') AS unmatched
  FROM deals WHERE amount IS NOT NULL AND _key NOT IN (SELECT deal_key FROM deal_matches))`;

export function currenciesQuery(ctx: MetricContext): Query<CurrencyFigures | null> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT * FROM
      (SELECT count(*) AS leads, count_if(followed_up) AS followed,
        count_if(followed_up = false) AS never, count_if(won) AS won_leads FROM lead_facts) AS l,
      ${UNMATCHED_CURRENCIES_SQL} AS u, ${CURRENCY_ROWS_SQL} AS c`,
    parse: (rows) => {
      if (!k.amount || !k.won) return null;
      const first = only(rows);
      return {
        rows: currencyRows(text(first['currency_rows'])).filter((row) => row.deals > 0),
        unmatched: (text(first['unmatched']) ?? '')
          .split(',')
          .filter((code) => code !== '')
          .map((code) => (code === '?' ? null : code)),
        leads: k.hasLeads ? int(first['leads']) : null,
        followed: when(k.followUp, int(first['followed'])),
        never: when(k.followUp, int(first['never'])),
        wonLeads: when(k.hasLeads, int(first['won_leads'])),
      };
    },
  };
}

/** One segment's won amount in one currency (grain: matched won deals of the filtered leads). */
export interface SegmentCurrency {
  value: string;
  currency: string | null;
  wonAmount: number;
}

/** Won amounts per value of a lead dimension and currency; null without leads, outcomes or amounts. */
export function currenciesByQuery(ctx: MetricContext, dimension: string): Query<SegmentCurrency[] | null> {
  const k = knowledge(ctx.known);
  const column = groupValue(dimensionColumn(dimension, 'f'));
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT ${column} AS value, d.currency,
        sum(d.amount) AS won_amount
      FROM scoped_deals d JOIN deal_matches m ON m.deal_key = d._key JOIN lead_facts f ON f.lead_key = m.lead_key
      WHERE d.outcome = 'won' AND d.amount IS NOT NULL GROUP BY ALL ORDER BY value, d.currency NULLS FIRST`,
    parse: (rows) => {
      if (!k.hasLeads || !k.won || !k.amount || !k.dimension(dimension)) return null;
      return rows.map((row) => ({
        value: text(row['value']) ?? '(blank)',
        currency: text(row['currency']),
        wonAmount: int(row['won_amount']),
      }));
    },
  };
}
