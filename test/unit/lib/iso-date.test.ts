import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db';
import { isIsoDate } from '../../../src/lib/iso-date';
import { resolveAsOf } from '../../../src/lib/metrics/as-of';
import { dayEpoch, filterWhere } from '../../../src/lib/metrics/filters';
import { decodeDefinitionSection } from '../../../src/lib/share/definition-section';
import { decodeFiltersSection } from '../../../src/lib/share/filters-section';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-28', true],
    ['2025-12-31', true],
    ['2000-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-04-31', false],
    ['2025-01-00', false],
    ['1900-02-29', false],
    ['2025-4-1', false],
    ['2025-04-01T00:00:00Z', false],
    [' 2025-04-01', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('is false for anything but a string', () => {
    for (const value of [null, undefined, 20250401, new Date('2025-04-01'), ['2025-04-01']]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });
});

// Each caller refuses a day Date.parse would roll over (2025-02-30 parses as 2 March).
describe('callers refuse 2025-02-30', () => {
  const noDb = {
    query: () => Promise.reject(new Error('not called with a user as-of date')),
  } as unknown as Db;

  it('the created-date filter', () => {
    expect(() => filterWhere({ createdFrom: '2025-02-30' })).toThrow('Not a day: 2025-02-30');
    expect(() => filterWhere({ createdTo: '2025-04-31' })).toThrow('Not a day: 2025-04-31');
    expect(() => dayEpoch('2025-02-30')).toThrow('Not a day');
    expect(dayEpoch('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / 1000);
  });

  it('the as-of date of the definition', async () => {
    await expect(resolveAsOf(noDb, '2025-02-30')).rejects.toThrow('Not a day: 2025-02-30');
    await expect(resolveAsOf(noDb, '2024-02-29')).resolves.toBe('2024-02-29');
  });

  it('the shared link: filters and as-of date', () => {
    expect(decodeFiltersSection({ createdFrom: '2025-02-30' })).toEqual({
      ok: false,
      error: '"createdFrom" "2025-02-30" is not a day written YYYY-MM-DD',
    });
    expect(decodeDefinitionSection({ slaHours: 24, asOf: '2025-02-30' })).toEqual({
      ok: false,
      error: 'the as-of date "2025-02-30" is not a day written YYYY-MM-DD',
    });
    expect(decodeFiltersSection({ createdFrom: '2024-02-29' })).toMatchObject({ ok: true });
  });
});
