/**
 * Speed to lead (grain: the filtered leads, one band each): outcomes by response-time band. Minutes
 * from created to first touch, whole seconds; a band holds its upper bound, as the SLA does (0 ≤ m ≤ 5
 * is `0-5m`, 5 < m ≤ 30 is `5-30m`, …, m > 10,080 is `7d+`). `unknown`: followed up at an unknown
 * time (a worked status or a deal link, no first touch); `never`: never followed up. Negative response
 * times (first touch before creation) and leads whose follow-up is unknown are in no band; `share` is
 * of every lead in view. Timed bands are null without a first-touch column; `unknown` and `never`
 * without a follow-up column. Qualified and won figures are null where the data cannot say them.
 * `valueOfSpeed` is speed-value.ts over these bands.
 */
import type { BusinessHours, MetricContext } from './context';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, num, ratio, text, when, type Query } from './query';
import { leadToWin } from './rates';
import { valueOfSpeed, wilson, type ValueOfSpeed } from './speed-value';

/** The timed bands, each with its upper bound in minutes (null: open-ended). */
export const TIMED_BANDS = [
  { band: '0-5m', upTo: 5 },
  { band: '5-30m', upTo: 30 },
  { band: '30-60m', upTo: 60 },
  { band: '1-4h', upTo: 240 },
  { band: '4-24h', upTo: 1440 },
  { band: '1-2d', upTo: 2880 },
  { band: '2-7d', upTo: 10080 },
  { band: '7d+', upTo: null },
] as const;
export const SPEED_BANDS = [...TIMED_BANDS.map((b) => b.band), 'unknown', 'never'] as const;
export type SpeedBandName = (typeof SPEED_BANDS)[number];

export interface SpeedBand {
  band: SpeedBandName;
  leads: number | null;
  share: number | null;
  qualified: number | null;
  qualifiedRate: number | null;
  wonLeads: number | null;
  leadToWin: number | null;
  leadToWinLow: number | null;
  leadToWinHigh: number | null;
  revenuePerLead: number | null;
}

/** The working clock's figures (issue 20): the definition's working hours and the leads in view. */
export interface SpeedBusinessHours extends BusinessHours {
  /** Median working hours from created to first touch (non-negative responses, as the clock's). */
  medianWorkingHours: number | null;
  /** Leads created outside working hours (with a created date). */
  afterHoursLeads: number;
}

export interface SpeedToLead {
  bands: SpeedBand[];
  valueOfSpeed: ValueOfSpeed | null;
  /** null: working hours are off. */
  businessHours: SpeedBusinessHours | null;
}

/** The band of a response in whole seconds, as SQL. */
function bandSql(): string {
  const seconds = `round(response_hours * 3600)`;
  const timed = TIMED_BANDS.map(({ band, upTo }) =>
    upTo === null ? `ELSE '${band}'` : `WHEN ${seconds} <= ${upTo * 60} THEN '${band}'`,
  ).join(' ');
  return `CASE WHEN followed_up = false THEN 'never'
    WHEN response_hours IS NULL THEN CASE WHEN followed_up THEN 'unknown' END
    WHEN response_hours < 0 THEN NULL
    ${timed} END`;
}

export function speedToLeadQuery(ctx: MetricContext, withinMinutes = 60): Query<SpeedToLead | null> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT * FROM
      (SELECT ${bandSql()} AS band, count(*) AS leads, count_if(qualified) AS qualified,
        count_if(won) AS won, sum(won_amount) AS won_amount
       FROM lead_facts GROUP BY 1) AS b,
      (SELECT avg(amount) FILTER (WHERE outcome = 'won') AS average_won FROM scoped_deals) AS d${
        ctx.clock
          ? `,
      (SELECT quantile_cont(working_response_hours, 0.5) FILTER (WHERE response_hours >= 0) AS median_working,
        count_if(after_hours) AS after_hours FROM lead_facts) AS c`
          : ''
      }`,
    parse: (rows) => {
      if (!k.hasLeads || !k.followUp) return null;
      const total = rows.reduce((sum, row) => sum + int(row['leads']), 0);
      const byBand = new Map(rows.map((row) => [text(row['band']), row]));
      const amount = k.amount && k.won;
      const bands = SPEED_BANDS.map((band): SpeedBand => {
        const known = band === 'unknown' || band === 'never' || k.firstTouch;
        const row = byBand.get(band);
        const leads = known ? int(row?.['leads'] ?? 0) : null;
        const qualified = when(known && k.qualified, int(row?.['qualified'] ?? 0));
        const won = when(known && k.won, int(row?.['won'] ?? 0));
        const interval = won === null || leads === null ? null : wilson(won, leads);
        const wonAmount = when(known && amount, num(row?.['won_amount']) ?? 0);
        return {
          band,
          leads,
          share: ratio(leads, total),
          qualified,
          qualifiedRate: ratio(qualified, leads),
          wonLeads: won,
          leadToWin: leadToWin(won, leads),
          leadToWinLow: interval?.low ?? null,
          leadToWinHigh: interval?.high ?? null,
          revenuePerLead: ratio(wonAmount, leads),
        };
      });
      // Every row carries the same deal average (a cross join).
      const average = amount ? num(rows[0]?.['average_won']) : null;
      const clock = ctx.clock;
      const first = rows[0];
      const businessHours: SpeedBusinessHours | null = clock
        ? {
            ...clock.hours,
            medianWorkingHours: k.firstTouch ? num(first?.['median_working']) : null,
            afterHoursLeads: int(first?.['after_hours'] ?? 0),
          }
        : null;
      return { bands, valueOfSpeed: valueOfSpeed(bands, withinMinutes, average), businessHours };
    },
  };
}
