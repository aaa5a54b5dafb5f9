/**
 * The last periods, for the Overview tiles' sparklines (grain: one row per calendar period, each a
 * lead cohort, the leads created in it that the other filters keep; a created-date filter is replaced
 * by the periods). The periods are the calendar weeks (ISO, Monday first), months or quarters ending
 * with the current period of windows.ts (the period holding the latest created day on
 * or before the as-of day, "to date" when not over); at most 12, none before the period of the first
 * created day. Earlier periods are whole (unlike the comparison's previous window when the current
 * period is to date: then it is cut to the current one's length). Each period's figures are exactly
 * what a created-date filter on it gives.
 * Two statements (query.ts `staged`): the windows, shared with the comparison, then the periods over
 * them as constants, reading only the leads of the shown periods (or, when the filters select values
 * of one dimension whose cube is made, that cube's days: period-cube.ts). Null without leads with
 * created dates.
 */
import type { MetricContext } from './context';
import { withoutCreatedRange } from './filters';
import { knowledge } from './known';
import { leadFacts } from './lead-facts';
import { withoutRevenue } from './linked';
import { cubeBucketsSql, type PeriodBounds } from './period-cube';
import {
  WON_DEALS_BY_COHORT,
  dealPeriodAggregatesSql,
  periodAggregatesSql,
  periodFigures,
  periodRevenueUnknown,
  periodRow,
  type PeriodFigures,
} from './period-figures';
import { constantQuery, staged, text, type MetricQuery, type Query } from './query';
import { GRANULARITIES, day, inWindow, windowsQuery, type Windows } from './windows';

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
): MetricQuery<PeriodFigures[] | null> {
  if (!GRANULARITIES.includes(granularity)) throw new Error(`Not a series granularity: ${granularity}`);
  return staged(windowsQuery(ctx, granularity), (found) =>
    found === null ? constantQuery(null) : seriesOver(ctx, granularity, found),
  );
}

/**
 * The statement of the periods (shared with comparison.ts: the same text, so one run serves both),
 * the windows as constants: one row per period from the first created day's, with its aggregates
 * (period-figures.ts's names) and, when the current period is to date, as `cut_` columns, those of
 * the comparison's previous window (which lies in the period before the current one; zero elsewhere;
 * otherwise that window is the whole period before, its row). It reads only the leads of the shown
 * periods.
 */
export function periodsStatement(
  ctx: MetricContext,
  granularity: SeriesGranularity,
  windows: Windows,
): string {
  const [current, currentTo, first] = [
    day(windows.current.from),
    day(windows.current.to),
    day(windows.first),
  ];
  // A complete current period is compared with the whole period before, whose row is the window.
  const cut = windows.toDate ? { from: day(windows.previous.from), to: day(windows.previous.to) } : null;
  const back = (i: string) => `(${current} - ${BACK[granularity](i)})::DATE`;
  // The leads of the shown periods only: from the later of the first period and the 12th back.
  const bounds = { since: `greatest(${back(`${SERIES_PERIODS - 1}`)}, ${first})`, to: currentTo, cut };
  const columns = ['leads', 'followed', 'never', 'within', 'breached', 'won', 'amount', 'median', 'average'];
  return `WITH ${cubeBucketsSql(ctx, granularity, bounds) ?? scannedBuckets(ctx, granularity, bounds)},
      periods AS (SELECT i, ${back('i')} AS p_from,
          CASE WHEN i = 0 THEN ${currentTo}
            ELSE (${back('i')} + ${LENGTH[granularity]} - INTERVAL 1 DAY)::DATE
          END AS p_to,
          i = 0 AND ${windows.toDate} AS p_to_date
        FROM range(${SERIES_PERIODS}) r(i))
      SELECT strftime(periods.p_from, '%Y-%m-%d') AS p_from, strftime(p_to, '%Y-%m-%d') AS p_to, p_to_date,
        ${[...columns, ...(cut ? columns.map((name) => `cut_${name}`) : [])].join(', ')}
      FROM periods LEFT JOIN buckets ON buckets.p_from = periods.p_from
        LEFT JOIN deal_buckets ON deal_buckets.p_from = periods.p_from
      WHERE periods.p_from >= ${first}
      ORDER BY periods.p_from`;
}

/** The `buckets` and `deal_buckets` CTEs over the lead facts and the deals in scope. */
function scannedBuckets(ctx: MetricContext, granularity: SeriesGranularity, bounds: PeriodBounds): string {
  const { since, to, cut } = bounds;
  const cohorts = leadFacts({ ...ctx, filters: withoutCreatedRange(ctx.filters) });
  return `${cohorts},
      buckets AS (SELECT date_trunc('${granularity}', created_at)::DATE AS p_from, ${periodAggregatesSql()}${
        cut ? `, ${periodAggregatesSql('cut_', inWindow(cut.from, cut.to))}` : ''
      }
        FROM lead_facts WHERE ${inWindow(since, to)} GROUP BY 1),
      ${WON_DEALS_BY_COHORT},
      deal_buckets AS (SELECT date_trunc('${granularity}', lead_created)::DATE AS p_from, ${dealPeriodAggregatesSql()}${
        cut ? `, ${dealPeriodAggregatesSql('cut_', inWindow(cut.from, cut.to, 'lead_created'))}` : ''
      }
        FROM won_by_cohort WHERE ${inWindow(since, to, 'lead_created')} GROUP BY 1)`;
}

/** The periods' figures. */
function seriesOver(
  ctx: MetricContext,
  granularity: SeriesGranularity,
  windows: Windows,
): Query<PeriodFigures[] | null> {
  const k = knowledge(ctx.known);
  return {
    sql: periodsStatement(ctx, granularity, windows),
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
