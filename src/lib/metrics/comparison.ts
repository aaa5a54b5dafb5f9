/**
 * Period comparison (grain: lead cohorts, the leads created in each window that the other filters
 * keep; a created-date filter is replaced by the windows). The windows are windows.ts's: the calendar
 * week, month or quarter holding the latest created day on or before the as-of day, "to date" when it
 * is not over, and the whole period before it (cut to the same length when the current one is to
 * date); `custom` takes them as given. Each window's figures are period-figures.ts's: exactly what a
 * created-date filter on that window gives.
 *
 * Two statements (query.ts `staged`): the windows, then the figures over them as constants. For a
 * week, month or quarter the second is period-series.ts's statement (the current period is its last,
 * the previous window is the period before, or its cut figures when to date), so the Overview's
 * tiles and sparklines read the leads once; a custom pair reads only the leads in its windows. Null
 * without leads with created dates.
 */
import type { MetricContext } from './context';
import { withoutCreatedRange } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { withoutRevenue } from './linked';
import {
  WON_DEALS_BY_COHORT,
  periodAggregatesSql,
  periodFigures,
  periodRevenueUnknown,
  periodRow,
  type PeriodFigures,
} from './period-figures';
import { periodsStatement } from './period-series';
import { only, type MetricQuery, type Query, type Row } from './query';
import { day, inWindow, overWindows, type ComparisonChoice, type Granularity, type Windows } from './windows';

export { GRANULARITIES, type ComparisonChoice, type Granularity, type Window } from './windows';
export type { PeriodFigures } from './period-figures';

export interface Comparison {
  granularity: Granularity;
  current: PeriodFigures;
  previous: PeriodFigures;
}

/** The choice as a metric's parameters (plain strings: snapshot keys are built from them). */
export function comparisonParams(choice: ComparisonChoice): string[] {
  if (choice.granularity !== 'custom' || !choice.current || !choice.previous) return [choice.granularity];
  return ['custom', choice.current.from, choice.current.to, choice.previous.from, choice.previous.to];
}

/**
 * The granularity of the series beside a comparison (the Overview tiles' sparklines): its own, or
 * months for a custom pair of windows, which has no calendar periods to line up (that run is unused).
 */
export function seriesGranularity(choice: ComparisonChoice): Exclude<Granularity, 'custom'> {
  return choice.granularity === 'custom' ? 'month' : choice.granularity;
}

export function comparisonQuery(
  ctx: MetricContext,
  granularity: Granularity = 'month',
  ...windows: string[]
): MetricQuery<Comparison | null> {
  return overWindows(ctx, granularity, windows, (found) =>
    granularity === 'custom' ? customPair(ctx, found) : fromPeriods(ctx, granularity, found),
  );
}

/** Both windows' figures from a parsed row, its columns named by `column`. */
function pairOf(
  ctx: MetricContext,
  granularity: Granularity,
  windows: Windows,
  column: (period: 'current' | 'previous', name: string) => unknown,
): Comparison | null {
  const k = knowledge(ctx.known);
  if (!k.hasLeads || !k.created) return null;
  const period = (which: 'current' | 'previous', toDate: boolean): PeriodFigures =>
    periodFigures(
      k,
      { ...windows[which], toDate },
      periodRow((name) => column(which, name)),
    );
  return { granularity, current: period('current', windows.toDate), previous: period('previous', false) };
}

/**
 * From period-series.ts's statement: the current window is its last period's row; the previous
 * window's figures are the period before's row, its `cut_` columns when the current one is to date
 * (absent before the first created day: no leads, so zeros and unknowns, as an empty window gives).
 */
function fromPeriods(
  ctx: MetricContext,
  granularity: Exclude<Granularity, 'custom'>,
  windows: Windows,
): Query<Comparison | null> {
  return {
    sql: periodsStatement(ctx, granularity, windows),
    parse: (rows) => {
      const row = (from: string): Row => rows.find((r) => r['p_from'] === from) ?? {};
      const current = row(windows.current.from);
      const previous = row(windows.previous.from);
      return pairOf(ctx, granularity, windows, (which, name) =>
        which === 'current' ? current[name] : previous[windows.toDate ? `cut_${name}` : name],
      );
    },
  };
}

/** Two windows as given: the aggregates read only the leads in them. */
function customPair(ctx: MetricContext, windows: Windows): Query<Comparison | null> {
  // The windows replace a created-date filter; the other filters stay.
  const cohorts = leadFacts({ ...ctx, filters: withoutCreatedRange(ctx.filters) });
  const [cf, ct] = [day(windows.current.from), day(windows.current.to)];
  const [pf, pt] = [day(windows.previous.from), day(windows.previous.to)];
  const either = (at: string) => `(${inWindow(cf, ct, at)}) OR (${inWindow(pf, pt, at)})`;
  const average = (prefix: string, from: string, to: string) =>
    `avg(amount) FILTER (WHERE ${inWindow(from, to, 'lead_created')}) AS ${prefix}_average`;
  return {
    sql: `WITH ${cohorts}, ${WON_DEALS_BY_COHORT},
      by_lead AS (SELECT ${periodAggregatesSql('c_', inWindow(cf, ct))}, ${periodAggregatesSql('p_', inWindow(pf, pt))}
        FROM lead_facts WHERE ${either('created_at')}),
      by_deal AS (SELECT ${average('c', cf, ct)}, ${average('p', pf, pt)}
        FROM won_by_cohort WHERE ${either('lead_created')})
      SELECT * FROM by_lead, by_deal`,
    parse: (rows) => {
      const row = only(rows);
      return pairOf(
        ctx,
        'custom',
        windows,
        (which, name) => row[`${which === 'current' ? 'c' : 'p'}_${name}`],
      );
    },
  };
}

/** The revenue rules (linked.ts, currencies): won figures unknown when no deal links, money when mixed. */
export function comparisonAsKnown(
  comparison: Comparison | null,
  rules: { unlinked: boolean; mixed: boolean },
): Comparison | null {
  const keys = periodRevenueUnknown(rules);
  if (comparison === null || keys.length === 0) return comparison;
  return {
    ...comparison,
    current: withoutRevenue(comparison.current, true, keys),
    previous: withoutRevenue(comparison.previous, true, keys),
  };
}
