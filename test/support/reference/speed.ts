/**
 * Speed to lead, the reference's way: each lead's band from its response in whole seconds, then plain
 * counting. The Wilson interval in its other closed form, (2np + z² ∓ z√(z² + 4np(1−p))) / 2(n + z²).
 */
import type { Fact } from './facts';
import type { Reference } from './reference';
import { wonDealsInScope } from './revenue';

const LIMITS: [string, number][] = [
  ['0-5m', 300],
  ['5-30m', 1800],
  ['30-60m', 3600],
  ['1-4h', 14400],
  ['4-24h', 86400],
  ['1-2d', 172800],
  ['2-7d', 604800],
];
const BANDS = [...LIMITS.map(([b]) => b), '7d+', 'unknown', 'never'];

function bandOf(x: Fact): string | null {
  if (x.followedUp === false) return 'never';
  if (x.response === null) return x.followedUp === true ? 'unknown' : null;
  const seconds = Math.round(x.response * 3600);
  if (seconds < 0) return null;
  return LIMITS.find(([, limit]) => seconds <= limit)?.[0] ?? '7d+';
}

function wilson(x: number, n: number) {
  if (n === 0) return null;
  const z = 1.96;
  const p = x / n;
  const root = z * Math.sqrt(z * z + 4 * n * p * (1 - p));
  const under = 2 * (n + z * z);
  // At x = 0 and x = n the bounds are exactly 0 and 1 (the roots cancel; floating point may not).
  return {
    low: x === 0 ? 0 : (2 * n * p + z * z - root) / under,
    high: x === n ? 1 : (2 * n * p + z * z + root) / under,
  };
}

export function speedToLead(ref: Reference, withinMinutes = 60) {
  if (!ref.hasLeads || !ref.followUpKnown) return null;
  const wonKnown = ref.wonKnown;
  const money = wonKnown && ref.amountKnown;
  const bands = BANDS.map((band) => {
    const known = band === 'unknown' || band === 'never' || ref.slaKnown;
    const group = ref.facts.filter((x) => bandOf(x) === band);
    const leads = known ? group.length : null;
    const qualified = known && ref.qualifiedKnown ? group.filter((x) => x.qualified).length : null;
    const won = known && wonKnown ? group.filter((x) => x.won).length : null;
    const amount = known && money ? group.reduce((s, x) => s + (x.wonAmount ?? 0), 0) : null;
    const interval = won === null || leads === null ? null : wilson(won, leads);
    const per = (a: number | null) => (a === null || leads === null || leads === 0 ? null : a / leads);
    return {
      band,
      leads,
      share: leads === null || ref.facts.length === 0 ? null : leads / ref.facts.length,
      qualified,
      qualifiedRate: per(qualified),
      wonLeads: won,
      leadToWin: per(won),
      leadToWinLow: interval?.low ?? null,
      leadToWinHigh: interval?.high ?? null,
      revenuePerLead: per(amount),
    };
  });
  // Working hours off: the reference has no working clock (clock.test.ts checks it by hand).
  return { bands, valueOfSpeed: value(ref, bands, withinMinutes), businessHours: null };
}

interface Band {
  leads: number | null;
  qualified: number | null;
  wonLeads: number | null;
}

function value(ref: Reference, bands: Band[], withinMinutes: number) {
  if (!ref.slaKnown) return null;
  const index = LIMITS.findIndex(([, limit]) => limit === withinMinutes * 60);
  if (index < 0) return null;
  const basis = ref.wonKnown ? 'won' : ref.qualifiedKnown ? 'qualified' : null;
  if (basis === null) return null;
  const timed = bands.slice(0, 8);
  const hit = (b: Band) => (basis === 'won' ? b.wonLeads : b.qualified) ?? 0;
  let n = 0;
  let x = 0;
  let slowN = 0;
  let slowX = 0;
  timed.forEach((b, i) => {
    if (i <= index) {
      n += b.leads ?? 0;
      x += hit(b);
    } else {
      slowN += b.leads ?? 0;
      slowX += hit(b);
    }
  });
  const interval = wilson(x, n);
  if (interval === null) return null;
  const amounts = wonDealsInScope(ref)
    .map((d) => d.amount)
    .filter((a): a is number => a !== null);
  const average =
    basis === 'won' && ref.amountKnown && amounts.length > 0
      ? amounts.reduce((s, a) => s + a, 0) / amounts.length
      : null;
  const extra = (r: number) => slowN * r - slowX;
  const inMoney = (r: number) =>
    basis === 'qualified' ? extra(r) : average === null ? null : extra(r) * average;
  return {
    withinMinutes,
    basis,
    leadsWithin: n,
    leadsSlower: slowN,
    rateWithin: x / n,
    extraWonLeads: extra(x / n),
    extraRevenue: average === null ? null : extra(x / n) * average,
    low: inMoney(interval.low),
    high: inMoney(interval.high),
  };
}
