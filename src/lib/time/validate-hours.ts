import { isIsoDate } from '../iso-date';
import { isTimeZone } from './zone';

/**
 * When people work, as the user sets it. days: ISO weekdays, 1 = Monday … 7 = Sunday. start, end:
 * 'HH:MM' on a 24 h clock; end ≤ start runs overnight into the next day (the window belongs to the
 * day it starts on) and start === end is the whole 24 h from start. holidays: 'YYYY-MM-DD' days in
 * timeZone; a holiday removes the window that starts on it.
 */
export interface WorkingHours {
  days: number[];
  start: string;
  end: string;
  timeZone: string;
  holidays: string[];
}

export const MAX_HOLIDAYS = 400;

const KEYS = ['days', 'start', 'end', 'timeZone', 'holidays'];
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export type Validated = { ok: true; value: WorkingHours } | { ok: false; error: string };

/** The minutes since midnight of an 'HH:MM' that TIME accepted. */
export function minutesOfDay(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

const fail = (error: string): Validated => ({ ok: false, error });
const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

/**
 * Checks settings that arrive from a share link or saved state, so nothing is taken on trust: known
 * keys only, own properties only. holidays may be left out (none); the value has them sorted.
 */
export function validateWorkingHours(raw: unknown): Validated {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return fail('Working hours must be given as days, start, end, timeZone and holidays.');
  }
  for (const key of Object.getOwnPropertyNames(raw)) {
    if (!KEYS.includes(key)) {
      return fail(`${shown(key)} is not a working-hours setting (they are ${KEYS.join(', ')}).`);
    }
  }
  const own = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;

  const days = own('days');
  if (!Array.isArray(days) || days.length === 0) return fail('Pick at least one working day.');
  for (const day of days) {
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
      return fail(`The working day ${shown(day)} is not a weekday number from 1 (Monday) to 7 (Sunday).`);
    }
  }
  for (let i = 1; i < days.length; i++) {
    if (days[i] <= days[i - 1]) {
      return fail('List each working day once, in order from Monday (1) to Sunday (7).');
    }
  }

  const times: Record<string, string> = {};
  for (const key of ['start', 'end']) {
    const time = own(key);
    if (typeof time !== 'string' || !TIME.test(time)) {
      return fail(`The ${key} time ${shown(time)} is not a time of day written HH:MM (00:00 to 23:59).`);
    }
    times[key] = time;
  }

  const timeZone = own('timeZone');
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    return fail(
      `The time zone ${shown(timeZone)} is not one this browser knows: use a name such as Europe/Berlin, or UTC.`,
    );
  }

  const holidays = own('holidays') ?? [];
  if (!Array.isArray(holidays)) return fail('The holidays must be a list of days written YYYY-MM-DD.');
  if (holidays.length > MAX_HOLIDAYS) {
    return fail(`At most ${MAX_HOLIDAYS} holidays can be set; there are ${holidays.length}.`);
  }
  const seen = new Set<string>();
  for (const day of holidays) {
    if (!isIsoDate(day)) return fail(`The holiday ${shown(day)} is not a day written YYYY-MM-DD.`);
    if (seen.has(day)) return fail(`The holiday ${day} is listed twice.`);
    seen.add(day);
  }

  return {
    ok: true,
    value: {
      days: [...days] as number[],
      start: times['start'] as string,
      end: times['end'] as string,
      timeZone,
      holidays: [...seen].sort(),
    },
  };
}
