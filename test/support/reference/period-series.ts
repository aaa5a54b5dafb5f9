/**
 * The last periods (the Overview's sparklines), the reference's way: the current window from the
 * reference's comparison, earlier periods stepped back on calendar dates in JS, and each period's
 * figures read from a Reference whose created-date filter is that period.
 */
import { windowFigures, windows } from './comparison';
import { keepLead } from './facts';
import { DAY } from './model';
import type { Reference } from './reference';
import { dayMs, isoDay } from './util';

type Granularity = 'week' | 'month' | 'quarter';

/** The first day of the period `n` periods after the one starting on `from` (n may be negative). */
function step(from: string, g: Granularity, n: number): string {
  if (g === 'week') return isoDay(dayMs(from) + n * 7 * DAY);
  const d = new Date(dayMs(from));
  return isoDay(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + (g === 'month' ? n : 3 * n), 1));
}

export function periodSeries(ref: Reference, g: Granularity = 'month') {
  if (!ref.hasLeads || !ref.has('created_at')) return null;
  const w = windows(ref, g);
  if (w === null) return null;
  // No period before the one holding the first created day (of the leads the other filters keep).
  const first = Math.min(
    ...ref.data.leads
      .filter((lead) => keepLead(lead, w.others) && lead.created_at !== null)
      .map((lead) => lead.created_at ?? 0),
  );
  const out = [];
  for (let n = 11; n >= 0; n--) {
    const from = step(w.current.from, g, -n);
    const end = isoDay(dayMs(step(from, g, 1)) - DAY);
    if (dayMs(end) + DAY <= first) continue;
    out.push(
      n === 0
        ? windowFigures(ref, w.others, { from, to: w.current.to, toDate: w.current.toDate })
        : windowFigures(ref, w.others, { from, to: end, toDate: false }),
    );
  }
  return out;
}
