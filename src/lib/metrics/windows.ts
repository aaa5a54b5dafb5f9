/**
 * The period windows of comparison.ts, period-series.ts and comparison-by.ts (grain: one row, or none
 * without a created day on or before the as-of day). The current period is the calendar week (ISO,
 * Monday first), month or quarter holding the latest created day on or before the as-of day among
 * the leads the other filters keep (a created-date filter is replaced by the windows); the previous
 * one is the whole period before it. A period is complete when its last day is on or before the as-of day;
 * when the current one is not, it runs to the as-of day ("to date") and the previous one runs the same
 * number of days from its own first day, never past its end. `custom` takes the two windows as given.
 */
import type { MetricContext } from './context';
import { codeDays } from './dimension-codes';
import { filterWhere, withoutCreatedRange } from './filters';
import { filteredLeads } from './lead-facts';
import { isIsoDate } from '../iso-date';
import { constantQuery, staged, text, type MetricQuery, type Query } from './query';

export const GRANULARITIES = ['week', 'month', 'quarter'] as const;
export type Granularity = (typeof GRANULARITIES)[number] | 'custom';

export interface Window {
  from: string;
  to: string;
}
export interface ComparisonChoice {
  granularity: Granularity;
  /** For `custom`: the two windows, YYYY-MM-DD, inclusive. */
  current?: Window;
  previous?: Window;
}

/** Both windows, YYYY-MM-DD, and where a series may start. */
export interface Windows {
  current: Window;
  previous: Window;
  toDate: boolean;
  /** The first day of the period holding the first created day (for `custom`: the current window's). */
  first: string;
}

const STEP: Record<Exclude<Granularity, 'custom'>, [string, string]> = {
  week: ['week', 'INTERVAL 7 DAY'],
  month: ['month', 'INTERVAL 1 MONTH'],
  quarter: ['quarter', 'INTERVAL 3 MONTH'],
};

/** A day as a SQL DATE constant (checked: windows come from URLs). */
export const day = (value: string) => {
  if (!isIsoDate(value)) throw new Error(`Not a day: ${value}`);
  return `DATE '${value}'`;
};

type Period = Exclude<Granularity, 'custom'>;

/**
 * The two windows as SQL columns cur_from, cur_to, to_date, prev_from, prev_to and first_created (the
 * first created day), DATEs, of a CTE `win`, from the created days of a CTE `days` (latestSource).
 */
function windowsSql(granularity: Period, asOf: string): string {
  const [unit, step] = STEP[granularity];
  const end = day(asOf);
  // One scan: each CTE is read once, so DuckDB inlines them (one read twice was materialised with
  // every leads column, ~340 ms at 1M leads).
  return `latest AS (SELECT max(day) FILTER (WHERE day <= ${end}) AS latest, min(day) AS first_created FROM days),
    period AS (SELECT date_trunc('${unit}', latest)::DATE AS cur_from,
        (date_trunc('${unit}', latest) + ${step} - INTERVAL 1 DAY)::DATE AS cur_end, first_created
      FROM latest WHERE latest IS NOT NULL),
    bounds AS (SELECT cur_from, least(cur_end, ${end}) AS cur_to, cur_end > ${end} AS to_date,
        (cur_from - ${step})::DATE AS prev_from, (cur_from - INTERVAL 1 DAY)::DATE AS prev_end, first_created
      FROM period),
    win AS (SELECT cur_from, cur_to, to_date, prev_from,
        CASE WHEN to_date THEN least((prev_from + to_days(CAST(cur_to - cur_from AS INTEGER)))::DATE, prev_end)
          ELSE prev_end END AS prev_to, first_created
      FROM bounds)`;
}

/**
 * The created days the windows are found in (`days`, one DATE column `day`): the filtered leads'
 * (the created range aside); for a filter on one coded dimension, its codes' days (dimension-codes.ts
 * `codeDays`), the same days without reading every lead.
 */
function latestSource(ctx: MetricContext): string {
  const filters = withoutCreatedRange(ctx.filters);
  const named = Object.keys(filters.dimensions ?? {}).filter((name) => filters.dimensions?.[name]?.length);
  const [only] = named.length === 1 ? named : [];
  const codes = only === undefined ? undefined : ctx.materialized?.codes?.[only];
  if (only !== undefined && codes) {
    const where = filterWhere(filters, 'p', undefined, { [only]: 'p.code' });
    return `days AS (SELECT day FROM ${codeDays(codes)} p WHERE ${where})`;
  }
  return `${filteredLeads({ ...ctx, filters })}, days AS (SELECT CAST(created_at AS DATE) AS day FROM filtered_leads)`;
}

/** A custom choice's two windows, as given (checked: they come from URLs). */
function customWindows(current: Window, previous: Window): Windows {
  for (const value of [current.from, current.to, previous.from, previous.to]) day(value);
  return { current, previous, toDate: false, first: current.from };
}

/**
 * The windows of a week, month or quarter under the context's other filters, as constants for the
 * statements of the metrics that use them (query.ts `staged`): one scan of the leads alone, the filter
 * pushed into it, shared by those metrics through the result cache.
 */
export function windowsQuery(ctx: MetricContext, granularity: Period): Query<Windows | null> {
  const [unit] = STEP[granularity];
  const ymd = (column: string) => `strftime(${column}, '%Y-%m-%d')`;
  return {
    sql: `WITH ${latestSource(ctx)}, ${windowsSql(granularity, ctx.asOf)}
      SELECT ${ymd('cur_from')} AS cur_from, ${ymd('cur_to')} AS cur_to, to_date, ${ymd('prev_from')} AS prev_from,
        ${ymd('prev_to')} AS prev_to, ${ymd(`date_trunc('${unit}', first_created)`)} AS first_from
      FROM win`,
    parse: (rows) => {
      const row = rows[0];
      if (!row) return null;
      const at = (column: string) => text(row[column]) ?? '';
      return {
        current: { from: at('cur_from'), to: at('cur_to') },
        previous: { from: at('prev_from'), to: at('prev_to') },
        toDate: row['to_date'] === true,
        first: at('first_from'),
      };
    },
  };
}

/** A lead (or deal cohort) created in the window: `at` between two SQL days, both inclusive. */
export const inWindow = (from: string, to: string, at = 'created_at') =>
  `${at} >= ${from} AND ${at} < ${to} + INTERVAL 1 DAY`;

/**
 * A metric over the windows (the `granularity` and `given` of its parameters): for a week, month or
 * quarter, `build` runs on windowsQuery's result (null without a created day on or before the as-of
 * day); for `custom`, on the two windows given (from, to, from, to).
 */
export function overWindows<T>(
  ctx: MetricContext,
  granularity: Granularity,
  given: readonly string[],
  build: (windows: Windows) => Query<T | null>,
): MetricQuery<T | null> {
  if (granularity !== 'custom') {
    return staged(windowsQuery(ctx, granularity), (found) =>
      found === null ? constantQuery(null) : build(found),
    );
  }
  const [cf = '', ct = '', pf = '', pt = ''] = given;
  return build(customWindows({ from: cf, to: ct }, { from: pf, to: pt }));
}
