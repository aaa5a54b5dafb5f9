/**
 * Time-zone arithmetic on the engine's own Intl data. DuckDB's ICU extension must never load (it
 * fetches itself from the internet, STACK.md), so SQL gets small offset tables from here instead.
 *
 * Offsets are whole minutes east of UTC. tzdata has a few historical offsets with seconds (local mean
 * time before ~1900, Liberia until 1972); they are rounded to the minute.
 */

const MINUTE = 60_000;
const DAY = 86_400_000;
// Before this every zone is on local mean time; clamping keeps Intl away from BC years, whose
// numeric year it prints without the era.
const EARLIEST = Date.UTC(1000, 0, 1);

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, format);
  }
  return format;
}

/** True when Intl knows the zone: an IANA name such as Europe/Berlin, or UTC. */
export function isTimeZone(name: string): boolean {
  // Names only: engines that take offsets like "+01:00" as zones are not all the browsers we serve.
  if (typeof name !== 'string' || !/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone the browser (or Node) runs in; UTC when the engine does not say. */
export function browserTimeZone(): string {
  try {
    const zone = new Intl.DateTimeFormat().resolvedOptions().timeZone;
    return typeof zone === 'string' && isTimeZone(zone) ? zone : 'UTC';
  } catch {
    return 'UTC';
  }
}

/** The offset of `zone` from UTC at the instant, in minutes (Europe/Berlin in January: 60). */
export function offsetMinutes(zone: string, utcMs: number): number {
  const instant = Math.floor(Math.max(utcMs, EARLIEST) / 1000) * 1000;
  // format() and one regex are several times faster than formatToParts, and this runs per day scanned.
  const n = /(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)\D+(\d+)/.exec(formatter(zone).format(instant));
  if (!n) throw new Error(`Intl gave no local time for ${zone}`);
  const hour = Number(n[4]) % 24;
  const wall = Date.UTC(Number(n[3]), Number(n[1]) - 1, Number(n[2]), hour, Number(n[5]), Number(n[6]));
  return Math.round((wall - instant) / MINUTE);
}

/**
 * The instant at which the wall clock in `zone` shows `wallMs` (a local time written as if it were
 * UTC: Date.UTC(y, m, d, h, mi)). Where the change of offset makes that ambiguous, the wall time is
 * read with the offset in force before the change:
 * - gap (spring forward: 02:30 on 2026-03-29 never shows in Europe/Berlin): 02:30 − 1 h = 01:30 UTC,
 *   which the clock shows as 03:30;
 * - overlap (autumn: 02:30 shows twice on 2026-10-25): the earlier instant, 02:30 − 2 h = 00:30 UTC.
 * offsetPeriods' fromWallMs follows the same rule, so an ASOF join on it gives the same instant.
 */
export function wallToUtc(zone: string, wallMs: number): number {
  // One transition at most lies within a day either side (offsets are under 15 h, changes months apart).
  const before = offsetMinutes(zone, wallMs - DAY);
  const after = offsetMinutes(zone, wallMs + DAY);
  const early = wallMs - before * MINUTE;
  if (before === after) return early;
  if (offsetMinutes(zone, early) === before) return early;
  const late = wallMs - after * MINUTE;
  return offsetMinutes(zone, late) === after ? late : early;
}

export interface OffsetPeriod {
  /** The first instant of the period (the first whole minute after a change; fromUtcMs for the first). */
  fromUtcMs: number;
  /**
   * The first wall time (as if UTC) that reads with this period's offset: fromUtcMs plus the larger
   * of this and the previous period's offset (the first period: its own). For a naive local
   * timestamp, the last period with fromWallMs ≤ wall gives UTC = wall − offset, and that is
   * wallToUtc's answer: a wall time in a spring gap or an autumn overlap reads with the offset
   * before the change (02:30 in Berlin's gap → 01:30 UTC; in its overlap → 00:30 UTC, the earlier).
   */
  fromWallMs: number;
  offsetMinutes: number;
}

// Offset periods last a week at least (scanning all 418 zones of Node's Intl, 1970–2040, every 6 h,
// the shortest was 7 days: Brazil, October 2000), so no change and change back hides between two
// probes 4 days apart.
const STEP = 4 * 1440;

/** The changes of offset in one UTC year, in (1 January, next 1 January], to the whole minute. */
const changesByZoneYear = new Map<string, { atMs: number; offsetMinutes: number }[]>();

function changesIn(zone: string, year: number): { atMs: number; offsetMinutes: number }[] {
  const key = `${zone} ${year}`;
  let changes = changesByZoneYear.get(key);
  if (changes) return changes;
  changes = [];
  let lo = Date.UTC(year, 0, 1) / MINUTE;
  const end = Date.UTC(year + 1, 0, 1) / MINUTE;
  let offset = offsetMinutes(zone, lo * MINUTE);
  while (lo < end) {
    let hi = Math.min(lo + STEP, end);
    if (offsetMinutes(zone, hi * MINUTE) === offset) {
      lo = hi;
      continue;
    }
    // Invariant: the offset at lo is `offset`, at hi it is not.
    while (hi - lo > 1) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (offsetMinutes(zone, mid * MINUTE) === offset) lo = mid;
      else hi = mid;
    }
    offset = offsetMinutes(zone, hi * MINUTE);
    changes.push({ atMs: hi * MINUTE, offsetMinutes: offset });
    lo = hi;
  }
  changesByZoneYear.set(key, changes);
  return changes;
}

/**
 * The offset periods of `zone` covering [fromUtcMs, toUtcMs], in order: the first starts at
 * fromUtcMs, each later one at a change of offset found to the whole minute (probes 4 days apart,
 * bisection where they differ; cached by zone and year, as the SQL asks for the same span again).
 * For wall-time lookups, ask for a day more on each side than the wall times.
 */
export function offsetPeriods(zone: string, fromUtcMs: number, toUtcMs: number): OffsetPeriod[] {
  let offset = offsetMinutes(zone, fromUtcMs);
  const periods: OffsetPeriod[] = [
    { fromUtcMs, fromWallMs: fromUtcMs + offset * MINUTE, offsetMinutes: offset },
  ];
  const first = new Date(Math.max(fromUtcMs, EARLIEST)).getUTCFullYear();
  const last = new Date(Math.max(toUtcMs, EARLIEST)).getUTCFullYear();
  for (let year = first; year <= last; year++) {
    for (const change of changesIn(zone, year)) {
      if (change.atMs <= fromUtcMs || change.atMs > toUtcMs || change.offsetMinutes === offset) continue;
      periods.push({
        fromUtcMs: change.atMs,
        fromWallMs: change.atMs + Math.max(offset, change.offsetMinutes) * MINUTE,
        offsetMinutes: change.offsetMinutes,
      });
      offset = change.offsetMinutes;
    }
  }
  return periods;
}
