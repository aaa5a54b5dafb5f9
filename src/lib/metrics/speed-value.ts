/**
 * "If every lead answered slower than X had been won like the leads answered within X" (pure): over
 * the timed bands only (`unknown` and `never` are not in it: never-followed-up leads are leaked revenue
 * already). The within-X rate is pooled over the bands up to X; the extra won leads are the slower
 * bands' leads at that rate minus the wins they had; revenue at the data's average won amount. The
 * range comes from the within-X rate's 95% Wilson interval. Without won leads (no deals, or none
 * linked) the qualified rate stands in (`basis: 'qualified'`): then `extraWonLeads` counts extra
 * qualified leads, there is no revenue, and low/high bound the extra qualified leads.
 */
import type { SpeedBand } from './speed-to-lead';

export interface ValueOfSpeed {
  withinMinutes: number;
  basis: 'won' | 'qualified';
  leadsWithin: number;
  leadsSlower: number;
  /** Won (or qualified) leads / leads, over the bands within X. */
  rateWithin: number;
  extraWonLeads: number;
  extraRevenue: number | null;
  low: number | null;
  high: number | null;
}

/** Upper bounds (minutes) of the timed bands, the choices of X. */
export const SPEED_THRESHOLDS = [5, 30, 60, 240, 1440, 2880, 10080] as const;
const UPPER: Record<string, number | null> = {
  '0-5m': 5,
  '5-30m': 30,
  '30-60m': 60,
  '1-4h': 240,
  '4-24h': 1440,
  '1-2d': 2880,
  '2-7d': 10080,
  '7d+': null,
};

/** The 95% Wilson score interval of x successes in n (z = 1.96, no continuity correction). */
export function wilson(x: number, n: number, z = 1.96): { low: number; high: number } | null {
  if (n <= 0) return null;
  const p = x / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  // At x = 0 and x = n the bounds are exactly 0 and 1 (centre and half cancel; floating point may not).
  return { low: x === 0 ? 0 : centre - half, high: x === n ? 1 : centre + half };
}

export function valueOfSpeed(
  bands: readonly SpeedBand[],
  withinMinutes: number,
  averageWonAmount: number | null,
): ValueOfSpeed | null {
  if (!(SPEED_THRESHOLDS as readonly number[]).includes(withinMinutes)) return null;
  const timed = bands.filter((b) => b.band in UPPER);
  if (timed.some((b) => b.leads === null)) return null;
  const basis = timed.every((b) => b.wonLeads !== null)
    ? 'won'
    : timed.every((b) => b.qualified !== null)
      ? 'qualified'
      : null;
  if (basis === null) return null;
  const hits = (b: SpeedBand) => (basis === 'won' ? b.wonLeads : b.qualified) ?? 0;
  const within = timed.filter((b) => (UPPER[b.band] ?? Infinity) <= withinMinutes);
  const slower = timed.filter((b) => !within.includes(b));
  const n = within.reduce((sum, b) => sum + (b.leads ?? 0), 0);
  const x = within.reduce((sum, b) => sum + hits(b), 0);
  const interval = wilson(x, n);
  if (interval === null) return null;
  const rate = x / n;
  const slowLeads = slower.reduce((sum, b) => sum + (b.leads ?? 0), 0);
  const slowHits = slower.reduce((sum, b) => sum + hits(b), 0);
  const extraAt = (r: number) => slowLeads * r - slowHits;
  const money = basis === 'won' && averageWonAmount !== null;
  const scale = (extra: number) => (money ? extra * (averageWonAmount ?? 0) : basis === 'won' ? null : extra);
  return {
    withinMinutes,
    basis,
    leadsWithin: n,
    leadsSlower: slowLeads,
    rateWithin: rate,
    extraWonLeads: extraAt(rate),
    extraRevenue: money ? extraAt(rate) * (averageWonAmount ?? 0) : null,
    low: scale(extraAt(interval.low)),
    high: scale(extraAt(interval.high)),
  };
}
