/**
 * The last periods, for the Overview tiles' sparklines (grain: one row per calendar period, each a
 * lead cohort, the leads created in it that the other filters keep; a created-date filter is replaced
 * by the periods). The periods are the calendar weeks (ISO, Monday first), months or quarters ending
 * with the current period of comparison.ts (its windows: the period holding the latest created day on
 * or before the as-of day, "to date" when not over); at most 12, none before the period of the first
 * created day. Earlier periods are whole (unlike the comparison's previous window, which is cut to the
 * current one's length). Each period's figures are exactly what a created-date filter on it gives.
 * Null without leads with created dates.
 */
import type { MetricContext } from './context';
import { withoutCreatedRange } from './filters';
import { knowledge } from './known';
import { leadFacts } from './lead-facts';
import { withoutRevenue } from './linked';
import { text, type Query } from './query';
import {
  GRANULARITIES,
  WON_DEALS_BY_COHORT,
  periodFigures,
  periodRevenueUnknown,
  periodRow,
  windowsSql,
  type PeriodFigures,
} from './comparison';

export type SeriesGranularity = (typeof GRANULARITIES)[number];

/** How many periods a series holds at most. */
export const SERIES_PERIODS = 12;

// i periods back from the current one's first day, and one period's length.
const BACK: Record<SeriesGranularity, (i: string) => string> = {
  week: (i) => `to_days(CAST(7 * ${i} AS INTEGER))`,
  month: (i) => `to_months(CAST(${i} AS INTEGER))`,
  quarter: (i) => `to_months(CAST(3 * ${i} AS INTEGER))`,
};
const LENGTH: Record<SeriesGranularity, string> = {
  week: 'INTERVAL 7 DAY',
  month: 'INTERVAL 1 MONTH',
  quarter: 'INTERVAL 3 MONTH',
};

export function periodSeriesQuery(
  ctx: MetricContext,
  granularity: SeriesGranularity = 'month',
): Query<PeriodFigures[] | null> {
  if (!GRANULARITIES.includes(granularity)) throw new Error(`Not a series granularity: ${granularity}`);
  const k = knowledge(ctx.known);
  const others = withoutCreatedRange(ctx.filters);
  const cohorts = leadFacts({ ...ctx, filters: others });
  return {
    sql: `WITH ${cohorts}, ${windowsSql({ granularity }, ctx.asOf)},
      first AS (SELECT date_trunc('${granularity}', min(created_at))::DATE AS first_from FROM lead_facts),
      periods AS (SELECT i, (cur_from - ${BACK[granularity]('i')})::DATE AS p_from,
          CASE WHEN i = 0 THEN cur_to
            ELSE ((cur_from - ${BACK[granularity]('i')})::DATE + ${LENGTH[granularity]} - INTERVAL 1 DAY)::DATE
          END AS p_to,
          i = 0 AND to_date AS p_to_date
        FROM win, range(${SERIES_PERIODS}) r(i)),
      buckets AS (SELECT date_trunc('${granularity}', created_at)::DATE AS p_from, count(*) AS leads,
          count_if(followed_up) AS followed, count_if(followed_up = false) AS never,
          count_if(sla_state = 'within') AS within, count_if(sla_state = 'breached') AS breached,
          count_if(won) AS won, sum(won_amount) AS amount,
          quantile_cont(response_hours, 0.5) FILTER (WHERE response_hours >= 0) AS median
        FROM lead_facts, win WHERE created_at < cur_to + INTERVAL 1 DAY GROUP BY 1),
      ${WON_DEALS_BY_COHORT},
      deal_buckets AS (SELECT date_trunc('${granularity}', lead_created)::DATE AS p_from, avg(amount) AS average
        FROM won_by_cohort, win WHERE lead_created < cur_to + INTERVAL 1 DAY GROUP BY 1)
      SELECT strftime(periods.p_from, '%Y-%m-%d') AS p_from, strftime(p_to, '%Y-%m-%d') AS p_to, p_to_date,
        leads, followed, never, within, breached, won, amount, median, average
      FROM periods CROSS JOIN first LEFT JOIN buckets ON buckets.p_from = periods.p_from
        LEFT JOIN deal_buckets ON deal_buckets.p_from = periods.p_from
      WHERE periods.p_from >= first_from
      ORDER BY periods.p_from`,
    parse: (rows) => {
      if (!k.hasLeads || !k.created || rows.length === 0) return null;
      return rows.map((row) =>
        periodFigures(
          k,
          { from: text(row['p_from']) ?? '', to: text(row['p_to']) ?? '', toDate: row['p_to_date'] === true },
          periodRow((name) => row[name]),
        ),
      );
    },
  };
}

/** The revenue rules of comparisonAsKnown, period by period. */
export function periodSeriesAsKnown(
  series: PeriodFigures[] | null,
  rules: { unlinked: boolean; mixed: boolean },
): PeriodFigures[] | null {
  const keys = periodRevenueUnknown(rules);
  if (series === null || keys.length === 0) return series;
  return series.map((period) => withoutRevenue(period, true, keys));
}
