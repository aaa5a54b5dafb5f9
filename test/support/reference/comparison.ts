/**
 * Period comparison, the reference's way: the windows worked out on calendar dates in JS, then each
 * window's figures read from a Reference whose created-date filter is that window.
 */
import { keepLead, type Fact } from './facts';
import { BLANK, DAY, type Filters } from './model';
import type { Reference } from './reference';
import { cmp, dayMs, isoDay, rate } from './util';

type Granularity = 'week' | 'month' | 'quarter';

function periodStart(day: number, g: Granularity): Date {
  const d = new Date(day);
  if (g === 'week') return new Date(day - ((d.getUTCDay() + 6) % 7) * DAY);
  const month = g === 'month' ? d.getUTCMonth() : Math.floor(d.getUTCMonth() / 3) * 3;
  return new Date(Date.UTC(d.getUTCFullYear(), month, 1));
}

function shift(start: Date, g: Granularity, n: number): Date {
  if (g === 'week') return new Date(start.getTime() + n * 7 * DAY);
  const months = g === 'month' ? n : 3 * n;
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months, 1));
}

export function windows(ref: Reference, g: Granularity) {
  const others: Filters = ref.filters.dimensions ? { dimensions: ref.filters.dimensions } : {};
  const asOf = dayMs(ref.asOf);
  const days = ref.data.leads
    .filter((lead) => keepLead(lead, others) && lead.created_at !== null)
    .map((lead) => dayMs(isoDay(lead.created_at ?? 0)))
    .filter((d) => d <= asOf);
  if (days.length === 0) return null;
  const latest = Math.max(...days);
  const curFrom = periodStart(latest, g).getTime();
  const curEnd = shift(new Date(curFrom), g, 1).getTime() - DAY;
  const curTo = Math.min(curEnd, asOf);
  const prevFrom = shift(new Date(curFrom), g, -1).getTime();
  const toDate = curEnd > asOf;
  // A complete period against the whole one before; one to date against as many days of it.
  const prevTo = toDate ? Math.min(prevFrom + (curTo - curFrom), curFrom - DAY) : curFrom - DAY;
  return {
    others,
    current: { from: isoDay(curFrom), to: isoDay(curTo), toDate },
    previous: { from: isoDay(prevFrom), to: isoDay(prevTo), toDate: false },
  };
}

/** A window's figures: those of a Reference whose created-date filter is the window. */
export function windowFigures(
  ref: Reference,
  others: Filters,
  window: { from: string; to: string; toDate: boolean },
) {
  const inWindow = ref.withFilters({ ...others, createdFrom: window.from, createdTo: window.to });
  const f = inWindow.followUp();
  const r = inWindow.revenue();
  return {
    ...window,
    leads: inWindow.facts.length,
    followedUp: f.followedUp,
    followUpRate: f.rate,
    withinSla: f.withinSla,
    slaCompliance: f.slaCompliance,
    neverFollowedUp: f.neverFollowedUp,
    wonLeads: r.wonLeads,
    wonAmount: r.wonAmount,
    leadToWin: r.leadToWin,
    medianResponseHours: f.medianResponseHours,
    leakedRevenue: r.leakedRevenue,
  };
}

export function comparison(ref: Reference, g: Granularity = 'month') {
  if (!ref.hasLeads || !ref.has('created_at')) return null;
  const w = windows(ref, g);
  if (w === null) return null;
  return {
    granularity: g,
    current: windowFigures(ref, w.others, w.current),
    previous: windowFigures(ref, w.others, w.previous),
  };
}

/** By a dimension: each value's leads and follow-up in each window, most current leads first. */
export function comparisonBy(ref: Reference, dimension: string, g: Granularity = 'month') {
  if (!ref.hasLeads || !ref.has('created_at') || !ref.has(dimension)) return null;
  const w = windows(ref, g);
  if (w === null) return [];
  const valueOf = (x: Fact) => (x.lead[dimension as 'source'] as string | null) ?? BLANK;
  // The dimension's own filter is left out (every value stays comparable).
  const dimensions = Object.fromEntries(
    Object.entries(w.others.dimensions ?? {}).filter(([name]) => name !== dimension),
  );
  const periods = [w.current, w.previous].map((window) =>
    ref.withFilters({ ...w.others, dimensions, createdFrom: window.from, createdTo: window.to }),
  );
  const values = new Set(periods.flatMap((p) => p.facts.map(valueOf)));
  const period = (p: Reference, value: string) => {
    const group = p.facts.filter((x) => valueOf(x) === value);
    const followedUp = ref.followUpKnown ? group.filter((x) => x.followedUp).length : null;
    return { leads: group.length, followedUp, followUpRate: rate(followedUp, group.length) };
  };
  const [now, then] = periods as [Reference, Reference];
  return [...values]
    .map((value) => {
      const current = period(now, value);
      const previous = period(then, value);
      return {
        value,
        current,
        previous,
        followUpChange:
          current.followUpRate === null || previous.followUpRate === null
            ? null
            : current.followUpRate - previous.followUpRate,
      };
    })
    .sort((a, b) => b.current.leads - a.current.leads || cmp(a.value, b.value));
}
