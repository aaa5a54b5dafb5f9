/**
 * The lead definition's clock settings as the form holds them (issue 20): text as typed, turned into
 * the definition's `timeZone` and `businessHours` when valid, with a sentence saying what to fix when
 * not. Pure.
 */
import type { BusinessHours, LeadDefinition } from '../../lib/metrics/context';
import { validateWorkingHours } from '../../lib/time/working-hours';
import { isTimeZone } from '../../lib/time/zone';

export interface ClockDraft {
  /** '' : the browser's zone. */
  exportZone: string;
  on: boolean;
  days: number[];
  start: string;
  end: string;
  /** '' : the export's zone. */
  hoursZone: string;
  /** One YYYY-MM-DD a line. */
  holidays: string;
  slaClock: BusinessHours['slaClock'];
}

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export function draftOf(definition: LeadDefinition): ClockDraft {
  const hours = definition.businessHours;
  return {
    exportZone: definition.timeZone ?? '',
    on: Boolean(hours),
    days: hours?.days ?? [1, 2, 3, 4, 5],
    start: hours?.start ?? '09:00',
    end: hours?.end ?? '17:00',
    hoursZone: hours?.timeZone ?? '',
    holidays: (hours?.holidays ?? []).join('\n'),
    slaClock: hours?.slaClock ?? 'working',
  };
}

export type ClockSettings =
  { ok: true; value: Pick<LeadDefinition, 'timeZone' | 'businessHours'> } | { ok: false; error: string };

/** The definition's clock settings from the draft; `browserZone` stands in for an empty zone. */
export function settingsOf(draft: ClockDraft, browserZone: string): ClockSettings {
  const exportZone = draft.exportZone.trim();
  if (exportZone !== '' && !isTimeZone(exportZone)) {
    return {
      ok: false,
      error: `“${exportZone}” is not a time zone this browser knows (e.g. Europe/Berlin).`,
    };
  }
  const timeZone = exportZone === '' ? null : exportZone;
  if (!draft.on) return { ok: true, value: { timeZone, businessHours: null } };
  const zone = draft.hoursZone.trim() || exportZone || browserZone;
  const holidays = [
    ...new Set(
      draft.holidays
        .split(/[\n,;]+/)
        .map((d) => d.trim())
        .filter((d) => d !== ''),
    ),
  ].sort();
  const checked = validateWorkingHours({
    days: [...new Set(draft.days)].sort((a, b) => a - b),
    start: draft.start,
    end: draft.end,
    timeZone: zone,
    holidays,
  });
  if (!checked.ok) return checked;
  return { ok: true, value: { timeZone, businessHours: { ...checked.value, slaClock: draft.slaClock } } };
}

/** "Mon–Fri 09:00–17:00 (Europe/Berlin)", "Mon, Wed 22:00–06:00 (UTC), 3 holidays". */
export function hoursWords(hours: BusinessHours): string {
  const days = hours.days;
  const run =
    days.length > 2 && days.every((d, i) => i === 0 || d === (days[i - 1] ?? 0) + 1)
      ? `${WEEKDAYS[(days[0] ?? 1) - 1]}–${WEEKDAYS[(days[days.length - 1] ?? 1) - 1]}`
      : days.map((d) => WEEKDAYS[d - 1]).join(', ');
  const holidays = hours.holidays.length;
  return `${run} ${hours.start}–${hours.end} (${hours.timeZone})${
    holidays > 0 ? `, ${holidays} holiday${holidays === 1 ? '' : 's'}` : ''
  }`;
}

/** The definition's clock in words, as the rail and a snapshot show it. */
export function clockWords(definition: LeadDefinition): { zone: string; hours: string } {
  const hours = definition.businessHours;
  return {
    zone: definition.timeZone ?? 'this browser’s time zone',
    hours: hours
      ? `${hoursWords(hours)}; SLA on ${hours.slaClock === 'working' ? 'working hours' : 'the clock'}`
      : 'off (every hour counts)',
  };
}
