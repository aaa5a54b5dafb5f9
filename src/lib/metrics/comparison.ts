/**
 * Period comparison (grain: lead cohorts, the leads created in each window that the other filters
 * keep; a created-date filter is replaced by the windows). The current period is the calendar week
 * (ISO, Monday first), month or quarter holding the latest created day on or before the as-of day;
 * the previous one is the period before it. A period is complete when its last day is on or before
 * the as-of day; when the current one is not, it runs to the as-of day ("to date") and the previous
 * one runs the same number of days from its own first day, never past its end. Each window's figures
 * are exactly what a created-date filter on that window gives (followUp, revenue): the median response
 * over the window's leads with a non-negative response, leaked revenue from its never/followed-up and
 * won leads and the average amount of the won deals linked to them. `custom` takes the two windows as
 * given. Null without leads with created dates.
 */
import type { MetricContext } from './context';
import { withoutCreatedRange } from './filters';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, num, only, text, when, type Query } from './query';
import { followUpRate, leadToWin, slaCompliance } from './rates';
import { isIsoDate } from '../iso-date';
import { withoutRevenue } from './linked';
import { leakedRevenue } from './revenue';

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
  medianResponseHours: number | null;
  leakedRevenue: number | null;
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

const inWindow = (from: string, to: string, at = 'created_at') =>
  `${at} >= ${from} AND ${at} < ${to} + INTERVAL 1 DAY`;

function counts(prefix: string, from: string, to: string): string {
  const window = inWindow(from, to);
  return `count(*) FILTER (WHERE ${window}) AS ${prefix}_leads,
    count_if(${window} AND followed_up) AS ${prefix}_followed,
    count_if(${window} AND followed_up = false) AS ${prefix}_never,
    count_if(${window} AND sla_state = 'within') AS ${prefix}_within,
    count_if(${window} AND sla_state = 'breached') AS ${prefix}_breached,
    count_if(${window} AND won) AS ${prefix}_won,
    sum(won_amount) FILTER (WHERE ${window}) AS ${prefix}_amount,
    quantile_cont(response_hours, 0.5) FILTER (WHERE ${window} AND response_hours >= 0) AS ${prefix}_median`;
}

/**
 * The won deals in scope (revenue.ts's average won amount: amounts over won deals, blanks left out),
 * each with its lead's created_at as `lead_created` (scoped_deals carries it: no join back to the
 * leads, which cost ~200 ms of the Overview at 1M): a period's average is over its cohort's deals.
 */
export const WON_DEALS_BY_COHORT = `won_by_cohort AS (SELECT lead_created, amount
  FROM scoped_deals WHERE outcome = 'won' AND lead_created IS NOT NULL)`;

/** One period's raw aggregates, as the comparison and the series select them. */
export interface PeriodRow {
  leads: unknown;
  followed: unknown;
  never: unknown;
  within: unknown;
  breached: unknown;
  won: unknown;
  amount: unknown;
  median: unknown;
  average: unknown;
}

/** A period's figures with followUp's and revenue's rules for what is known. Pure. */
export function periodFigures(
  k: ReturnType<typeof knowledge>,
  window: Pick<PeriodFigures, 'from' | 'to' | 'toDate'>,
  row: PeriodRow,
): PeriodFigures {
  const leads = int(row.leads);
  const followedUp = when(k.followUp, int(row.followed));
  const neverFollowedUp = when(k.followUp, int(row.never));
  const within = when(k.firstTouch, int(row.within));
  const breached = when(k.firstTouch, int(row.breached));
  const wonLeads = when(k.won, int(row.won));
  const average = k.amount && k.won ? num(row.average) : null;
  return {
    ...window,
    leads,
    followedUp,
    followUpRate: followUpRate(followedUp, leads),
    withinSla: within,
    slaCompliance: slaCompliance(within, breached),
    neverFollowedUp,
    wonLeads,
    wonAmount: when(k.won && k.amount, num(row.amount) ?? 0),
    leadToWin: leadToWin(wonLeads, leads),
    medianResponseHours: k.firstTouch ? num(row.median) : null,
    leakedRevenue: k.followUp ? leakedRevenue(neverFollowedUp, wonLeads, followedUp, average) : null,
  };
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
  const deals = (prefix: string, from: string, to: string) =>
    `avg(amount) FILTER (WHERE ${inWindow(from, to, 'lead_created')}) AS ${prefix}_average`;
  return {
    sql: `WITH ${cohorts}, ${windowsSql(choice, ctx.asOf)}, ${WON_DEALS_BY_COHORT},
      by_lead AS (SELECT strftime(cur_from, '%Y-%m-%d') AS cur_from, strftime(cur_to, '%Y-%m-%d') AS cur_to,
        to_date, strftime(prev_from, '%Y-%m-%d') AS prev_from, strftime(prev_to, '%Y-%m-%d') AS prev_to,
        ${counts('c', 'cur_from', 'cur_to')}, ${counts('p', 'prev_from', 'prev_to')}
      FROM win, lead_facts GROUP BY ALL),
      by_deal AS (SELECT ${deals('c', 'cur_from', 'cur_to')}, ${deals('p', 'prev_from', 'prev_to')}
      FROM win, won_by_cohort)
      SELECT * FROM by_lead, by_deal`,
    parse: (rows) => {
      if (!k.hasLeads || !k.created || rows.length === 0) return null;
      const row = only(rows);
      const period = (prefix: 'c' | 'p', toDate: boolean): PeriodFigures => {
        const [from, to] = prefix === 'c' ? ['cur_from', 'cur_to'] : ['prev_from', 'prev_to'];
        const window = { from: text(row[from]) ?? '', to: text(row[to]) ?? '', toDate };
        return periodFigures(
          k,
          window,
          periodRow((name) => row[`${prefix}_${name}`]),
        );
      };
      return {
        granularity: choice.granularity,
        current: period('c', row['to_date'] === true),
        previous: period('p', false),
      };
    },
  };
}

/** A PeriodRow from columns named by `get`. */
export function periodRow(get: (name: string) => unknown): PeriodRow {
  return {
    leads: get('leads'),
    followed: get('followed'),
    never: get('never'),
    within: get('within'),
    breached: get('breached'),
    won: get('won'),
    amount: get('amount'),
    median: get('median'),
    average: get('average'),
  };
}

/** The period figures that rest on linked deals (all won figures) or sum money across currencies. */
export function periodRevenueUnknown({ unlinked, mixed }: { unlinked: boolean; mixed: boolean }): string[] {
  if (unlinked) return ['wonLeads', 'wonAmount', 'leadToWin', 'leakedRevenue'];
  return mixed ? ['wonAmount', 'leakedRevenue'] : [];
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
