/**
 * The working clock: working hours as a list of windows (instants), and working time between two
 * instants as the difference of a cumulative count. The SQL side does the same with an ASOF JOIN on
 * these windows, so workingSecondsAt stays exactly that simple.
 */
import { isIsoDate } from '../iso-date';
import { minutesOfDay, type WorkingHours } from './validate-hours';
import { offsetMinutes, offsetPeriods, type OffsetPeriod } from './zone';

export { MAX_HOLIDAYS, validateWorkingHours, type Validated, type WorkingHours } from './validate-hours';

/** One stretch of working time. Seconds since the epoch (UTC). */
export interface WorkingWindow {
  startUtc: number;
  endUtc: number;
  /** Working seconds in all earlier windows of the list. */
  before: number;
}

const MINUTE = 60_000;
const DAY = 86_400_000;

function dayNumber(day: string): number {
  if (!isIsoDate(day)) throw new Error(`${JSON.stringify(day)} is not a day written YYYY-MM-DD`);
  return Date.parse(`${day}T00:00:00Z`) / DAY;
}

/** 1 = Monday … 7 = Sunday; day 0 (1970-01-01) was a Thursday. */
const isoWeekday = (day: number): number => ((((day + 3) % 7) + 7) % 7) + 1;

function windowsForDays(hours: WorkingHours, first: number, last: number): WorkingWindow[] {
  const windows: WorkingWindow[] = [];
  if (last < first) return windows;
  const start = minutesOfDay(hours.start);
  const end = minutesOfDay(hours.end);
  const length = (end > start ? end - start : end - start + 1440) * MINUTE;
  const days = new Set(hours.days);
  const holidays = new Set(hours.holidays.filter(isIsoDate).map(dayNumber));
  // Wall times run from the first day to the day after the last; offsets are under a day.
  const periods = offsetPeriods(hours.timeZone, (first - 2) * DAY, (last + 3) * DAY);
  let k = 0;
  // The last period whose fromWallMs ≤ wall gives wallToUtc's answer; walls only increase here.
  const toUtc = (wall: number): number => {
    while (k + 1 < periods.length && (periods[k + 1] as OffsetPeriod).fromWallMs <= wall) k++;
    return wall - (periods[k] as OffsetPeriod).offsetMinutes * MINUTE;
  };
  let before = 0;
  let previousEnd = -Infinity;
  for (let day = first; day <= last; day++) {
    if (!days.has(isoWeekday(day)) || holidays.has(day)) continue;
    const wall = day * DAY + start * MINUTE;
    // In a spring gap a wall time reads an hour late, so a window can come out reversed or reach
    // into the next one: clip, so windows never overlap and `before` stays a plain running sum.
    const startUtc = Math.max(toUtc(wall) / 1000, previousEnd);
    const endUtc = toUtc(wall + length) / 1000;
    if (endUtc <= startUtc) continue;
    windows.push({ startUtc, endUtc, before });
    before += endUtc - startUtc;
    previousEnd = endUtc;
  }
  return windows;
}

/**
 * Every window starting on a day from fromDay to toDay inclusive (days in hours.timeZone), in order.
 * Start and end are wall times read as wallToUtc reads them, so a night shift 22:00–06:00 lasts 7 h
 * across the spring change and 9 h across the autumn one. Where a wall time in a spring gap makes a
 * window reversed or reach into the next, it is clipped (empty ones left out): windows never overlap.
 * Throws on a day not written YYYY-MM-DD.
 */
export function workingWindows(hours: WorkingHours, fromDay: string, toDay: string): WorkingWindow[] {
  return windowsForDays(hours, dayNumber(fromDay), dayNumber(toDay));
}

/** The index of the last window starting at or before t, or −1. */
function lastStartingBy(windows: readonly WorkingWindow[], t: number): number {
  let lo = 0;
  let hi = windows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((windows[mid] as WorkingWindow).startUtc <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Working seconds from the first window's start to the instant; 0 before it. */
export function workingSecondsAt(windows: readonly WorkingWindow[], utcSec: number): number {
  const w = windows[lastStartingBy(windows, utcSec)];
  if (!w) return 0;
  return w.before + Math.min(utcSec - w.startUtc, w.endUtc - w.startUtc);
}

/** True when the instant is inside a window (start inclusive, end exclusive). */
export function isWithinWorkingHours(windows: readonly WorkingWindow[], utcSec: number): boolean {
  const w = windows[lastStartingBy(windows, utcSec)];
  return w !== undefined && utcSec < w.endUtc;
}

/** Working seconds from a to b (negative when b is before a). */
export function workingSecondsBetween(hours: WorkingHours, aUtcSec: number, bUtcSec: number): number {
  if (bUtcSec < aUtcSec) return -workingSecondsBetween(hours, bUtcSec, aUtcSec);
  const localDay = (sec: number): number =>
    Math.floor((sec * 1000 + offsetMinutes(hours.timeZone, sec * 1000) * MINUTE) / DAY);
  // From the day before a (a night shift that started then may still run) to the day of b.
  const windows = windowsForDays(hours, localDay(aUtcSec) - 1, localDay(bUtcSec));
  return workingSecondsAt(windows, bUtcSec) - workingSecondsAt(windows, aUtcSec);
}
