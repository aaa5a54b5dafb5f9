/**
 * Deal lists. Lost reasons (grain: one row per loss reason of the lost deals in scope — see
 * lead-facts.ts `scoped_deals`; blank as "(blank)"), most deals first, then by name; null without a
 * real outcome column or a loss-reason column; amount null without an amount column.
 * Unmatched deals (grain: every loaded deal linked to no lead, whatever the filters: such a deal has no
 * lead to filter by): their count and total amount, and the first `limit` of them, largest first.
 */
import type { MetricContext } from './context';
import { groupValue } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, num, only, text, type Query } from './query';

export interface LostReason {
  reason: string;
  deals: number;
  amount: number | null;
}

export function lostReasonsQuery(ctx: MetricContext): Query<LostReason[] | null> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT ${groupValue('loss_reason')} AS reason, count(*) AS deals, sum(amount) AS amount
      FROM scoped_deals WHERE outcome = 'lost' GROUP BY 1 ORDER BY deals DESC, reason`,
    parse: (rows) =>
      k.outcomeColumn && k.lossReason
        ? rows.map((row) => ({
            reason: text(row['reason']) ?? '',
            deals: int(row['deals']),
            amount: k.amount ? int(row['amount']) : null,
          }))
        : null,
  };
}

export interface UnmatchedDeal {
  dealId: string | null;
  company: string | null;
  email: string | null;
  owner: string | null;
  outcome: string | null;
  amount: number | null;
  /** Wall-clock 'YYYY-MM-DD HH:MM:SS' (timestamps carry no zone). */
  createdAt: string | null;
  closedAt: string | null;
}

export interface UnmatchedDeals {
  count: number;
  totalAmount: number | null;
  deals: UnmatchedDeal[];
}

const UNMATCHED = `FROM deals WHERE _key NOT IN (SELECT deal_key FROM deal_matches)`;

export function unmatchedDealsQuery(ctx: MetricContext, limit = 500): Query<UnmatchedDeals> {
  const k = knowledge(ctx.known);
  const rows = `SELECT deal_id, company, email, owner, outcome, amount,
      strftime(created_at, '%Y-%m-%d %H:%M:%S') AS created, strftime(closed_at, '%Y-%m-%d %H:%M:%S') AS closed,
      count(*) OVER () AS total_count, sum(amount) OVER () AS total_amount
    ${UNMATCHED}`;
  return {
    // One statement: the totals ride on every row; a zero-row result means no unmatched deal.
    sql: `SELECT * FROM (${rows}) ORDER BY amount DESC NULLS LAST, deal_id LIMIT ${Math.max(1, Math.floor(limit))}`,
    parse: (result) => {
      const first = only(result);
      return {
        count: int(first['total_count']),
        totalAmount: k.amount ? int(first['total_amount']) : null,
        deals: result.map((row) => ({
          dealId: text(row['deal_id']),
          company: text(row['company']),
          email: text(row['email']),
          owner: text(row['owner']),
          outcome: text(row['outcome']),
          amount: num(row['amount']),
          createdAt: text(row['created']),
          closedAt: text(row['closed']),
        })),
      };
    },
  };
}
