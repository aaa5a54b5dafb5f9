import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../support/reference/parse';
import { utc } from './dates-sql';
import {
  DUTCH,
  ENGLISH,
  EXCEL,
  FRENCH,
  GERMAN,
  ISO_MS,
  ITALIAN,
  NFD,
  PORTUGUESE,
  RFC_2822,
  SPANISH,
  TWELVE_HOUR,
  TWO_DIGIT_YEARS,
  UNREAD_NAMED,
} from './dates-sql-cases';

describe('the reference parser of the metric tests (test/support), written apart', () => {
  it('gives the same instants, worked out by hand, for every form', () => {
    const all = [
      ...ENGLISH,
      ...TWELVE_HOUR,
      ...TWO_DIGIT_YEARS,
      ...RFC_2822,
      ...GERMAN,
      ...FRENCH,
      ...SPANISH,
      ...DUTCH,
      ...PORTUGUESE,
      ...ITALIAN,
      ...NFD,
      ...ISO_MS,
      ...EXCEL,
    ];
    expect(Object.fromEntries(all.map(([text]) => [text, parseDate(text)]))).toEqual(
      Object.fromEntries(all.map(([text, iso]) => [text, utc(iso)])),
    );
  });

  it('refuses what the loader leaves unread', () => {
    for (const text of UNREAD_NAMED.filter((t) => t !== '')) {
      expect(() => parseDate(text), text).toThrow(/unreadable date/);
    }
  });
});
