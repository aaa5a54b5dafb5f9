/**
 * Period comparison (grain: lead cohorts, the leads created in each window that the other filters
 * keep; a created-date filter is replaced by the windows). The windows are windows.ts's: the calendar
 * week, month or quarter holding the latest created day on or before the as-of day, "to date" when it
 * is not over, and the period before it cut to the same length; `custom` takes them as given. Each
 * window's figures are exactly what a created-date filter on that window gives (followUp, revenue):
 * the median response over the window's leads with a non-negative response, leaked revenue from its
 * never/followed-up and won leads and the average amount of the won deals linked to them. Two
 * statements (query.ts `staged`): the windows, then the figures over them as constants, reading only
 * the leads in them. Null without leads with created dates.
 */
import type { MetricContext } from './context';
import { withoutCreatedRange } from './filters';
import { leadFacts, slaIs } from './lead-facts';
import { knowledge } from './known';
import { constantQuery, int, num, only, staged, when, type MetricQuery, type Query } from './query';
import { followUpRate, leadToWin, slaCompliance } from './rates';
import { withoutRevenue } from './linked';
import { leakedRevenue } from './revenue';
import {
  customWindows,
  day,
  inWindow,
  windowsQuery,
  type ComparisonChoice,
  type Granularity,
  type Window,
  type Windows,
} from './windows';

export { GRANULARITIES, type ComparisonChoice, type Granularity, type Window } from './windows';

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

function counts(prefix: string, from: string, to: string): string {
  const window = inWindow(from, to);
  return `count(*) FILTER (WHERE ${window}) AS ${prefix}_leads,
    count_if(${window} AND followed_up) AS ${prefix}_followed,
    count_if(${window} AND followed_up = false) AS ${prefix}_never,
    count_if(${window} AND ${slaIs('within')}) AS ${prefix}_within,
    count_if(${window} AND ${slaIs('breached')}) AS ${prefix}_breached,
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
): MetricQuery<Comparison | null> {
  const [cf = '', ct = '', pf = '', pt = ''] = windows;
  if (granularity !== 'custom') {
    return staged(windowsQuery(ctx, granularity), (found) =>
      found === null ? constantQuery(null) : comparisonOver(ctx, granularity, found),
    );
  }
  const choice: ComparisonChoice = {
    granularity,
    current: { from: cf, to: ct },
    previous: { from: pf, to: pt },
  };
  return comparisonOver(ctx, granularity, customWindows(choice) as Windows);
}

/** The two windows' figures, the windows as constants: the aggregates read only the leads in them. */
function comparisonOver(
  ctx: MetricContext,
  granularity: Granularity,
  windows: Windows,
): Query<Comparison | null> {
  const k = knowledge(ctx.known);
  // The windows replace a created-date filter; the other filters stay.
  const cohorts = leadFacts({ ...ctx, filters: withoutCreatedRange(ctx.filters) });
  const [cf, ct] = [day(windows.current.from), day(windows.current.to)];
  const [pf, pt] = [day(windows.previous.from), day(windows.previous.to)];
  const either = (at: string) => `(${inWindow(cf, ct, at)}) OR (${inWindow(pf, pt, at)})`;
  const average = (prefix: string, from: string, to: string) =>
    `avg(amount) FILTER (WHERE ${inWindow(from, to, 'lead_created')}) AS ${prefix}_average`;
  return {
    sql: `WITH ${cohorts}, ${WON_DEALS_BY_COHORT},
      by_lead AS (SELECT ${counts('c', cf, ct)}, ${counts('p', pf, pt)} FROM lead_facts WHERE ${either('created_at')}),
      by_deal AS (SELECT ${average('c', cf, ct)}, ${average('p', pf, pt)}
        FROM won_by_cohort WHERE ${either('lead_created')})
      SELECT * FROM by_lead, by_deal`,
    parse: (rows) => {
      if (!k.hasLeads || !k.created || rows.length === 0) return null;
      const row = only(rows);
      const period = (prefix: 'c' | 'p', window: Window, toDate: boolean): PeriodFigures =>
        periodFigures(
          k,
          { ...window, toDate },
          periodRow((name) => row[`${prefix}_${name}`]),
        );
      return {
        granularity,
        current: period('c', windows.current, windows.toDate),
        previous: period('p', windows.previous, false),
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
