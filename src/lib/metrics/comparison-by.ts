/**
 * Period comparison by a dimension (grain: one row per value of the dimension among the lead cohorts
 * of either window; the other filters kept but the dimension's own, so every value stays comparable,
 * as in by-dimension.ts; a created-date filter replaced by the windows, windows.ts's, under every
 * other filter, the dimension's included): leads and follow-up in each window, the change ranked.
 * Null without leads with created dates, or without the dimension.
 */
import type { MetricContext } from './context';
import { dimensionColumn, groupValue, withoutCreatedRange } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, text, when, type MetricQuery, type Query } from './query';
import { day, inWindow, overWindows, type Granularity, type Windows } from './windows';
import { followUpRate } from './rates';

export interface SegmentPeriod {
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
}
export interface SegmentChange {
  value: string;
  current: SegmentPeriod;
  previous: SegmentPeriod;
  /** Follow-up rate now − then (null when either is unknown). */
  followUpChange: number | null;
}

export function comparisonByQuery(
  ctx: MetricContext,
  dimension: string,
  granularity: Granularity = 'month',
  ...windows: string[]
): MetricQuery<SegmentChange[] | null> {
  // The windows are the comparison's own (every other filter, the dimension's included).
  return overWindows(ctx, granularity, windows, (found) => segmentsOver(ctx, dimension, found));
}

function segmentsOver(
  ctx: MetricContext,
  dimension: string,
  windows: Windows,
): Query<SegmentChange[] | null> {
  const k = knowledge(ctx.known);
  const others = withoutCreatedRange(ctx.filters);
  const column = dimensionColumn(dimension);
  const inCurrent = inWindow(day(windows.current.from), day(windows.current.to));
  const inPrevious = inWindow(day(windows.previous.from), day(windows.previous.to));
  return {
    sql: `WITH ${leadFacts({ ...ctx, filters: others }, dimension)}
      SELECT ${groupValue(column)} AS value,
        count(*) FILTER (WHERE ${inCurrent}) AS c_leads, count_if(${inCurrent} AND followed_up) AS c_followed,
        count(*) FILTER (WHERE ${inPrevious}) AS p_leads, count_if(${inPrevious} AND followed_up) AS p_followed
      FROM lead_facts WHERE (${inCurrent}) OR (${inPrevious})
      GROUP BY 1 ORDER BY c_leads DESC, value`,
    parse: (rows) => {
      if (!k.hasLeads || !k.created || !k.dimension(dimension)) return null;
      const period = (leads: number, followed: number): SegmentPeriod => {
        const followedUp = when(k.followUp, followed);
        return { leads, followedUp, followUpRate: followUpRate(followedUp, leads) };
      };
      return rows.map((row) => {
        const current = period(int(row['c_leads']), int(row['c_followed']));
        const previous = period(int(row['p_leads']), int(row['p_followed']));
        return {
          value: text(row['value']) ?? '',
          current,
          previous,
          followUpChange:
            current.followUpRate === null || previous.followUpRate === null
              ? null
              : current.followUpRate - previous.followUpRate,
        };
      });
    },
  };
}
