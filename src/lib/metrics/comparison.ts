/**
 * Period comparison (grain: lead cohorts, the leads created in each window that the other filters
 * keep; a created-date filter is replaced by the windows). The current period is the calendar week
 * (ISO, Monday first), month or quarter holding the latest created day on or before the as-of day;
 * the previous one is the period before it. A period is complete when its last day is on or before
 * the as-of day; when the current one is not, it runs to the as-of day ("to date") and the previous
 * one runs the same number of days from its own first day, never past its end. Each window's figures
 * are exactly what a created-date filter on that window gives (followUp, revenue). `custom` takes
 * the two windows as given. Null without leads with created dates.
 */
import type { MetricContext } from './context';
import { withoutCreatedRange } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, num, only, text, when, type Query } from './query';
import { followUpRate, leadToWin, slaCompliance } from './rates';
import { isIsoDate } from '../iso-date';
import { withoutRevenue } from './linked';

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

export interface PeriodFigures {
  from: string;
  to: string;
  toDate: boolean;
  leads: number;
  followedUp: number | null;
  followUpRate: number | null;
  withinSla: number | null;
  slaCompliance: number | null;
  neverFollowedUp: number | null;
  wonLeads: number | null;
  wonAmount: number | null;
  leadToWin: number | null;
}

export interface Comparison {
  granularity: Granularity;
  current: PeriodFigures;
  previous: PeriodFigures;
}

const STEP: Record<Exclude<Granularity, 'custom'>, [string, string]> = {
  week: ['week', 'INTERVAL 7 DAY'],
  month: ['month', 'INTERVAL 1 MONTH'],
  quarter: ['quarter', 'INTERVAL 3 MONTH'],
};

const day = (value: string) => {
  if (!isIsoDate(value)) throw new Error(`Not a day: ${value}`);
  return `DATE '${value}'`;
};

/** The two windows as SQL columns cur_from, cur_to, to_date, prev_from, prev_to (DATEs). */
export function windowsSql(choice: ComparisonChoice, asOf: string, from = 'lead_facts'): string {
  if (choice.granularity === 'custom') {
    const { current, previous } = choice;
    if (!current || !previous) throw new Error('A custom comparison needs both windows.');
    return `win AS (SELECT ${day(current.from)} AS cur_from, ${day(current.to)} AS cur_to, false AS to_date,
      ${day(previous.from)} AS prev_from, ${day(previous.to)} AS prev_to)`;
  }
  const [unit, step] = STEP[choice.granularity];
  const end = day(asOf);
  return `latest AS (SELECT max(created_at)::DATE AS latest FROM ${from} WHERE created_at::DATE <= ${end}),
    period AS (SELECT date_trunc('${unit}', latest)::DATE AS cur_from,
        (date_trunc('${unit}', latest) + ${step} - INTERVAL 1 DAY)::DATE AS cur_end
      FROM latest WHERE latest IS NOT NULL),
    bounds AS (SELECT cur_from, least(cur_end, ${end}) AS cur_to, cur_end > ${end} AS to_date,
        (cur_from - ${step})::DATE AS prev_from, (cur_from - INTERVAL 1 DAY)::DATE AS prev_end FROM period),
    win AS (SELECT cur_from, cur_to, to_date, prev_from,
        least((prev_from + to_days(CAST(cur_to - cur_from AS INTEGER)))::DATE, prev_end) AS prev_to FROM bounds)`;
}

function counts(prefix: string, from: string, to: string): string {
  const inWindow = `created_at >= ${from} AND created_at < ${to} + INTERVAL 1 DAY`;
  return `count(*) FILTER (WHERE ${inWindow}) AS ${prefix}_leads,
    count_if(${inWindow} AND followed_up) AS ${prefix}_followed,
    count_if(${inWindow} AND followed_up = false) AS ${prefix}_never,
    count_if(${inWindow} AND sla_state = 'within') AS ${prefix}_within,
    count_if(${inWindow} AND sla_state = 'breached') AS ${prefix}_breached,
    count_if(${inWindow} AND won) AS ${prefix}_won,
    sum(won_amount) FILTER (WHERE ${inWindow}) AS ${prefix}_amount`;
}

/** The choice as a metric's parameters (plain strings: snapshot keys are built from them). */
export function comparisonParams(choice: ComparisonChoice): string[] {
  if (choice.granularity !== 'custom' || !choice.current || !choice.previous) return [choice.granularity];
  return ['custom', choice.current.from, choice.current.to, choice.previous.from, choice.previous.to];
}

export function comparisonQuery(
  ctx: MetricContext,
  granularity: Granularity = 'month',
  ...windows: string[]
): Query<Comparison | null> {
  const [cf = '', ct = '', pf = '', pt = ''] = windows;
  const choice: ComparisonChoice =
    granularity === 'custom'
      ? { granularity, current: { from: cf, to: ct }, previous: { from: pf, to: pt } }
      : { granularity };
  const k = knowledge(ctx.known);
  // The windows replace a created-date filter; the other filters stay.
  const others = withoutCreatedRange(ctx.filters);
  const cohorts = leadFacts({ ...ctx, filters: others });
  return {
    sql: `WITH ${cohorts}, ${windowsSql(choice, ctx.asOf)}
      SELECT strftime(cur_from, '%Y-%m-%d') AS cur_from, strftime(cur_to, '%Y-%m-%d') AS cur_to, to_date,
        strftime(prev_from, '%Y-%m-%d') AS prev_from, strftime(prev_to, '%Y-%m-%d') AS prev_to,
        ${counts('c', 'cur_from', 'cur_to')}, ${counts('p', 'prev_from', 'prev_to')}
      FROM win, lead_facts GROUP BY ALL`,
    parse: (rows) => {
      if (!k.hasLeads || !k.created || rows.length === 0) return null;
      const row = only(rows);
      const period = (prefix: 'c' | 'p', toDate: boolean): PeriodFigures => {
        const leads = int(row[`${prefix}_leads`]);
        const followedUp = when(k.followUp, int(row[`${prefix}_followed`]));
        const within = when(k.firstTouch, int(row[`${prefix}_within`]));
        const breached = when(k.firstTouch, int(row[`${prefix}_breached`]));
        const wonLeads = when(k.won, int(row[`${prefix}_won`]));
        return {
          from: text(row[prefix === 'c' ? 'cur_from' : 'prev_from']) ?? '',
          to: text(row[prefix === 'c' ? 'cur_to' : 'prev_to']) ?? '',
          toDate,
          leads,
          followedUp,
          followUpRate: followUpRate(followedUp, leads),
          withinSla: within,
          slaCompliance: slaCompliance(within, breached),
          neverFollowedUp: when(k.followUp, int(row[`${prefix}_never`])),
          wonLeads,
          wonAmount: when(k.won && k.amount, num(row[`${prefix}_amount`]) ?? 0),
          leadToWin: leadToWin(wonLeads, leads),
        };
      };
      return {
        granularity: choice.granularity,
        current: period('c', row['to_date'] === true),
        previous: period('p', false),
      };
    },
  };
}

/** The revenue rules (linked.ts, currencies): won figures unknown when no deal links, money when mixed. */
export function comparisonAsKnown(
  comparison: Comparison | null,
  { unlinked, mixed }: { unlinked: boolean; mixed: boolean },
): Comparison | null {
  if (comparison === null || (!unlinked && !mixed)) return comparison;
  const keys = unlinked ? ['wonLeads', 'wonAmount', 'leadToWin'] : ['wonAmount'];
  return {
    ...comparison,
    current: withoutRevenue(comparison.current, true, keys),
    previous: withoutRevenue(comparison.previous, true, keys),
  };
}
