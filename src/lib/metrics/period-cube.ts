/**
 * The periods of period-series.ts (and the comparison's) from a dimension's cube (summary-cube.ts):
 * `<cube>_days` holds, per value of the dimension and created day, the periods' lead aggregates
 * (period-figures.ts, as written there); `<cube>_deal_days`, per value of the deals' leads and their
 * created day, the won deals' ones. Any window of whole days (the shown periods, the comparison's
 * cut one) is then a WHERE on `day`: a lead created within [from, to] is one whose day is.
 * Grain: one row per value and day with leads (or won deals); the read gives one row per period.
 */
import { cubeAggregates, cubeColumns, cubeReadColumns } from './aggregate-cube';
import type { MetricContext } from './context';
import { filterWhere, onlyDimension, withoutCreatedRange } from './filters';
import { leadFacts } from './lead-facts';
import { dealPeriodAggregatesSql, periodAggregatesSql, WON_IN_COHORT } from './period-figures';
import { inWindow } from './windows';

export const dayTables = (cube: string): [string, string] => [`${cube}_days`, `${cube}_deal_days`];

/**
 * The statements that make the day tables of a cube over all leads (`all`, no filters), the deals
 * given as `deals` (a WITH defining scoped_deals with each deal's lead's value as `lead_value`), the
 * dimension's column `column`.
 */
export function dayTablesSql(cube: string, all: MetricContext, column: string, deals: string): string[] {
  const [days, dealDays] = dayTables(cube);
  const leads = cubeColumns(cubeAggregates(periodAggregatesSql()));
  const won = cubeColumns(cubeAggregates(dealPeriodAggregatesSql()));
  return [
    `CREATE OR REPLACE TEMP TABLE ${days} AS WITH ${leadFacts(all)}
     SELECT ${column}, CAST(created_at AS DATE) AS day, ${leads}
     FROM lead_facts WHERE created_at IS NOT NULL GROUP BY ${column}, day`,
    `CREATE OR REPLACE TEMP TABLE ${dealDays} AS ${deals}
     SELECT lead_value AS ${column}, CAST(lead_created AS DATE) AS day, ${won}
     FROM scoped_deals WHERE ${WON_IN_COHORT} GROUP BY lead_value, day`,
  ];
}

/** The shown periods' span and the comparison's cut window (SQL dates), as period-series.ts has them. */
export interface PeriodBounds {
  since: string;
  to: string;
  cut: { from: string; to: string } | null;
}

/**
 * The `buckets` and `deal_buckets` CTEs of period-series.ts read from the cube of the filters' one
 * dimension (a created range is replaced by the periods there too), or null when the filters are not
 * one dimension's values or its cube is not made.
 */
export function cubeBucketsSql(ctx: MetricContext, granularity: string, bounds: PeriodBounds): string | null {
  const only = onlyDimension(withoutCreatedRange(ctx.filters));
  const cube = ctx.materialized?.cube;
  if (!only || !cube || cube.dimension !== only.dimension) return null;
  const [days, dealDays] = dayTables(cube.table);
  const selected = filterWhere({ dimensions: { [only.dimension]: only.values } }, 'c');
  const shown = inWindow(bounds.since, bounds.to, 'c.day');
  const cut = bounds.cut && inWindow(bounds.cut.from, bounds.cut.to, 'c.day');
  const read = (aggregates: string) => {
    const list = cubeAggregates(aggregates);
    const cutColumns = cut ? `, ${cubeReadColumns(list, { prefix: 'cut_', where: cut })}` : '';
    return `${cubeReadColumns(list)}${cutColumns}`;
  };
  const from = (table: string) =>
    `FROM ${table} c WHERE ${selected} AND ${shown} GROUP BY date_trunc('${granularity}', c.day)::DATE`;
  return `buckets AS (SELECT date_trunc('${granularity}', c.day)::DATE AS p_from, ${read(periodAggregatesSql())}
        ${from(days)}),
      deal_buckets AS (SELECT date_trunc('${granularity}', c.day)::DATE AS p_from, ${read(dealPeriodAggregatesSql())}
        ${from(dealDays)})`;
}
