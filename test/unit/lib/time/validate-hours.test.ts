import { describe, expect, it } from 'vitest';
import { validateWorkingHours } from '../../../../src/lib/time/working-hours';

const good = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', timeZone: 'Europe/Berlin', holidays: [] };

const errorOf = (raw: unknown): string => {
  const result = validateWorkingHours(raw);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(raw)}`);
  return result.error;
};

describe('validateWorkingHours', () => {
  it('accepts good settings and returns a copy with the holidays sorted', () => {
    const raw = {
      ...good,
      days: [6, 7],
      start: '22:00',
      end: '06:00',
      holidays: ['2026-12-26', '2026-12-25'],
    };
    const result = validateWorkingHours(raw);
    expect(result).toEqual({ ok: true, value: { ...raw, holidays: ['2026-12-25', '2026-12-26'] } });
    if (result.ok) expect(result.value.days).not.toBe(raw.days);
  });

  it('takes missing holidays as none, and UTC, 00:00 and 23:59', () => {
    expect(validateWorkingHours({ days: [7], start: '00:00', end: '23:59', timeZone: 'UTC' })).toEqual({
      ok: true,
      value: { days: [7], start: '00:00', end: '23:59', timeZone: 'UTC', holidays: [] },
    });
  });

  it.each([
    [null, 'Working hours must be given as days, start, end, timeZone and holidays.'],
    [[1, 2], 'Working hours must be given as days, start, end, timeZone and holidays.'],
    ['09:00-17:00', 'Working hours must be given as days, start, end, timeZone and holidays.'],
    [
      { ...good, zone: 'UTC' },
      '"zone" is not a working-hours setting (they are days, start, end, timeZone, holidays).',
    ],
    [{ ...good, days: [] }, 'Pick at least one working day.'],
    [{ ...good, days: '1-5' }, 'Pick at least one working day.'],
    [{ ...good, days: [0, 1] }, 'The working day 0 is not a weekday number from 1 (Monday) to 7 (Sunday).'],
    [{ ...good, days: [1, 8] }, 'The working day 8 is not a weekday number from 1 (Monday) to 7 (Sunday).'],
    [{ ...good, days: [1.5] }, 'The working day 1.5 is not a weekday number from 1 (Monday) to 7 (Sunday).'],
    [{ ...good, days: ['1'] }, 'The working day "1" is not a weekday number from 1 (Monday) to 7 (Sunday).'],
    [{ ...good, days: [2, 1] }, 'List each working day once, in order from Monday (1) to Sunday (7).'],
    [{ ...good, days: [1, 1] }, 'List each working day once, in order from Monday (1) to Sunday (7).'],
    [
      { ...good, start: '25:00' },
      'The start time "25:00" is not a time of day written HH:MM (00:00 to 23:59).',
    ],
    [
      { ...good, start: '24:00' },
      'The start time "24:00" is not a time of day written HH:MM (00:00 to 23:59).',
    ],
    [
      { ...good, start: '9:00' },
      'The start time "9:00" is not a time of day written HH:MM (00:00 to 23:59).',
    ],
    [{ ...good, end: '17:60' }, 'The end time "17:60" is not a time of day written HH:MM (00:00 to 23:59).'],
    [{ ...good, end: 1700 }, 'The end time 1700 is not a time of day written HH:MM (00:00 to 23:59).'],
    [
      { ...good, timeZone: 'Mars/Olympus' },
      'The time zone "Mars/Olympus" is not one this browser knows: use a name such as Europe/Berlin, or UTC.',
    ],
    [
      { ...good, timeZone: undefined },
      'The time zone undefined is not one this browser knows: use a name such as Europe/Berlin, or UTC.',
    ],
    [{ ...good, holidays: '2026-12-25' }, 'The holidays must be a list of days written YYYY-MM-DD.'],
    [{ ...good, holidays: ['2026-02-30'] }, 'The holiday "2026-02-30" is not a day written YYYY-MM-DD.'],
    [{ ...good, holidays: ['25.12.2026'] }, 'The holiday "25.12.2026" is not a day written YYYY-MM-DD.'],
    [{ ...good, holidays: ['2026-12-25', '2026-12-25'] }, 'The holiday 2026-12-25 is listed twice.'],
  ])('%j → %s', (raw, error) => {
    expect(errorOf(raw)).toBe(error);
  });

  it('at most 400 holidays', () => {
    // 401 distinct days from 2026-01-01.
    const days = Array.from({ length: 401 }, (_, i) =>
      new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10),
    );
    expect(errorOf({ ...good, holidays: days })).toBe('At most 400 holidays can be set; there are 401.');
    expect(validateWorkingHours({ ...good, holidays: days.slice(0, 400) }).ok).toBe(true);
  });

  it('reads own properties only, and refuses a long unknown key shortened', () => {
    const inherited = Object.create({ days: [1], start: '09:00', end: '17:00', timeZone: 'UTC' }) as object;
    expect(errorOf(inherited)).toBe('Pick at least one working day.');
    expect(errorOf({ ...good, ['k'.repeat(100)]: 1 })).toBe(
      `"${'k'.repeat(39)}… is not a working-hours setting (they are days, start, end, timeZone, holidays).`,
    );
    expect(errorOf(JSON.parse('{"__proto__": {"days": [1]}, "start": "09:00"}'))).toBe(
      '"__proto__" is not a working-hours setting (they are days, start, end, timeZone, holidays).',
    );
  });
});
