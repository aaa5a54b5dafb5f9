/**
 * Follow-up (grain: filtered leads). Followed up / never followed up and the rate need one of the
 * follow-up fields; response times and SLA figures need first_touch_at. Response hours below 0 (first
 * touch before creation) are data errors: counted in `negativeResponses`, left out of the median, p90
 * and SLA figures. Leads followed up at an unknown time (no first touch, e.g. status only) are outside
 * the SLA figures (`followedUpAtUnknownTime`). Untouched by age: never-followed-up leads by age at the
 * end of the as-of day, buckets lower-inclusive ([0, 2) days, …, 90+); a lead created after the as-of
 * day (negative age) is in 0-2d; leads without a created date are in no bucket.
 */
import type { MetricContext } from './context';
import { dayEpoch } from './filters';
import { leadFacts } from './lead-facts';
import { slaIs } from './sla-state';
import { knowledge } from './known';
import { int, num, only, when, type Query } from './query';
import { followUpRate, SLA_COUNTS_SQL, slaCompliance } from './rates';

export const AGE_BUCKETS = [
  { bucket: '0-2d', below: 2 },
  { bucket: '2-7d', below: 7 },
  { bucket: '7-30d', below: 30 },
  { bucket: '30-90d', below: 90 },
  { bucket: '90d+', below: Infinity },
] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number]['bucket'];

/**
 * Per bucket, the condition "younger than its upper bound at the end of the as-of day" (the last:
 * dated at all): cumulative, so a bucket's count is its condition's count minus the previous one's.
 * Cheaper than a CASE per lead. Age below n days is created_at after the end of the as-of day less n
 * days: a constant, where lead-facts.ts's age_days (epoch arithmetic per lead) cost ~60 ms of the
 * summary's ~110 at 1M leads.
 */
export function ageBelowSql(asOf: string): string[] {
  return AGE_BUCKETS.map((b) => {
    if (!Number.isFinite(b.below)) return 'created_at IS NOT NULL';
    const since = new Date(dayEpoch(asOf, 1 - b.below) * 1000).toISOString().slice(0, 10);
    return `created_at > TIMESTAMP '${since} 00:00:00'`;
  });
}

export interface FollowUpSummary {
  followedUp: number | null;
  neverFollowedUp: number | null;
  rate: number | null;
  medianResponseHours: number | null;
  p90ResponseHours: number | null;
  withinSla: number | null;
  breachedSla: number | null;
  pendingSla: number | null;
  slaCompliance: number | null;
  untouchedByAge: { bucket: AgeBucket; count: number }[] | null;
  /** First touch before creation: counted and shown, left out of response and SLA figures. */
  negativeResponses: number | null;
  /** Followed up without a first-touch time: outside the SLA figures. */
  followedUpAtUnknownTime: number | null;
}

/**
 * The aggregates over lead_facts that followUp's parser reads (the Overview's summary statement,
 * overview-summary.ts, computes them too). `q` holds both response quantiles, from one sort: the
 * statement reads it as `q[1] AS median, q[2] AS p90`.
 */
export function followUpAggregatesSql(ctx: MetricContext): string {
  const below = ageBelowSql(ctx.asOf).map(
    (condition, i) => `count_if(followed_up = false AND ${condition}) AS below${i}`,
  );
  return `count(*) AS leads,
    count_if(followed_up) AS followed,
    count_if(followed_up = false) AS never,
    quantile_cont(response_hours, [0.5, 0.9]) FILTER (WHERE response_hours >= 0) AS q,
    ${SLA_COUNTS_SQL},
    count_if(${slaIs('pending')}) AS pending,
    count_if(response_negative) AS negative,
    count_if(followed_up AND first_touch_at IS NULL) AS unknown_time,
    ${below.join(',\n    ')}`;
}

export function followUpQuery(ctx: MetricContext): Query<FollowUpSummary> {
  const k = knowledge(ctx.known);
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT * EXCLUDE (q), q[1] AS median, q[2] AS p90 FROM (SELECT
      ${followUpAggregatesSql(ctx)}
    FROM lead_facts)`,
    parse: (rows) => {
      const row = only(rows);
      const fu = k.followUp;
      const sla = k.firstTouch;
      const followedUp = when(fu, int(row['followed']));
      const within = when(sla, int(row['within']));
      const breached = when(sla, int(row['breached']));
      return {
        followedUp,
        neverFollowedUp: when(fu, int(row['never'])),
        rate: followUpRate(followedUp, int(row['leads'])),
        medianResponseHours: sla ? num(row['median']) : null,
        p90ResponseHours: sla ? num(row['p90']) : null,
        withinSla: within,
        breachedSla: breached,
        pendingSla: when(sla, int(row['pending'])),
        slaCompliance: slaCompliance(within, breached),
        untouchedByAge:
          fu && k.created
            ? AGE_BUCKETS.map((b, i) => ({
                bucket: b.bucket,
                count: int(row[`below${i}`]) - (i > 0 ? int(row[`below${i - 1}`]) : 0),
              }))
            : null,
        negativeResponses: when(sla, int(row['negative'])),
        followedUpAtUnknownTime: when(sla, int(row['unknown_time'])),
      };
    },
  };
}
