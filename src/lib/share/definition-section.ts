/**
 * The `definition` key of the share state: the lead definition every figure follows (SLA hours,
 * as-of day, untouched and qualified statuses; lib/metrics/context.ts `LeadDefinition`).
 */
import type { BusinessHours, LeadDefinition } from '../metrics/context';
import { isIsoDate } from '../iso-date';
import { validateWorkingHours } from '../time/working-hours';
import { isTimeZone } from '../time/zone';
import { decoded, describeValue, isRecord, own, rejected, type Decoded } from './result';

const MAX_SLA_HOURS = 24 * 365;
const MAX_STATUSES = 100;
const MAX_STATUS_LENGTH = 120;

export function encodeDefinitionSection(definition: LeadDefinition): Record<string, unknown> {
  return {
    slaHours: definition.slaHours,
    asOf: definition.asOf,
    untouchedStatuses: [...definition.untouchedStatuses],
    qualifiedStatuses: [...definition.qualifiedStatuses],
    // Only when set: a link without them reads as before (the browser's zone, working hours off).
    ...(definition.timeZone ? { timeZone: definition.timeZone } : {}),
    ...(definition.businessHours ? { businessHours: { ...definition.businessHours } } : {}),
  };
}

function businessHours(raw: unknown): Decoded<BusinessHours | null> {
  if (raw === undefined || raw === null) return decoded(null);
  if (!isRecord(raw)) return rejected('the working hours are not an object');
  const slaClock = own(raw, 'slaClock');
  if (slaClock !== 'working' && slaClock !== 'clock') {
    return rejected(`the SLA clock ${describeValue(slaClock)} is not "working" or "clock"`);
  }
  const rest = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== 'slaClock'));
  const hours = validateWorkingHours(rest);
  return hours.ok ? decoded({ ...hours.value, slaClock }) : rejected(hours.error);
}

function statuses(raw: unknown, key: string): Decoded<string[]> {
  if (!Array.isArray(raw)) return rejected(`"${key}" is not a list of statuses`);
  if (raw.length > MAX_STATUSES) return rejected(`"${key}" has more than ${MAX_STATUSES} statuses`);
  for (const status of raw) {
    if (typeof status !== 'string') return rejected(`a status in "${key}" is not text`);
    if (status.length > MAX_STATUS_LENGTH) {
      return rejected(`a status in "${key}" is longer than ${MAX_STATUS_LENGTH} characters`);
    }
  }
  return decoded([...new Set(raw as string[])]);
}

export function decodeDefinitionSection(raw: unknown): Decoded<LeadDefinition> {
  if (!isRecord(raw)) return rejected('it is not an object');
  const slaHours = own(raw, 'slaHours');
  if (
    typeof slaHours !== 'number' ||
    !Number.isFinite(slaHours) ||
    slaHours <= 0 ||
    slaHours > MAX_SLA_HOURS
  ) {
    return rejected(`the SLA ${describeValue(slaHours)} is not a number of hours above 0 and at most a year`);
  }
  const asOf = own(raw, 'asOf') ?? null;
  if (asOf !== null && !isIsoDate(asOf)) {
    return rejected(`the as-of date ${describeValue(asOf)} is not a day written YYYY-MM-DD`);
  }
  const untouched = statuses(own(raw, 'untouchedStatuses'), 'untouchedStatuses');
  if (!untouched.ok) return untouched;
  const qualified = statuses(own(raw, 'qualifiedStatuses'), 'qualifiedStatuses');
  if (!qualified.ok) return qualified;
  const timeZone = own(raw, 'timeZone') ?? null;
  if (timeZone !== null && (typeof timeZone !== 'string' || !isTimeZone(timeZone))) {
    return rejected(`the time zone ${describeValue(timeZone)} is not one this browser knows`);
  }
  const hours = businessHours(own(raw, 'businessHours'));
  if (!hours.ok) return hours;
  return decoded({
    slaHours,
    asOf,
    untouchedStatuses: untouched.value,
    qualifiedStatuses: qualified.value,
    ...(timeZone ? { timeZone } : {}),
    ...(hours.value ? { businessHours: hours.value } : {}),
  });
}
