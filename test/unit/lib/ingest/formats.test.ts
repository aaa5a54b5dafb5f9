import { describe, expect, it } from 'vitest';
import { DATE_FORMAT_LABELS, decideDateFormat } from '../../../../src/lib/ingest/formats';

type Stats = Parameters<typeof decideDateFormat>[0];

/** Stats of a column of `n` non-blank values, all numeric dates unless said otherwise. */
const stats = (s: Partial<Stats> & { n: number }): Stats => ({
  iso: 0,
  ymd: 0,
  numeric: s.n,
  first_max: null,
  second_max: null,
  ...s,
});

describe('decideDateFormat', () => {
  it('calls an empty column unrecognised', () => {
    expect(decideDateFormat(stats({ n: 0 }))).toMatchObject({ kind: 'unrecognised' });
  });

  it('calls a column with no date-shaped value unrecognised', () => {
    expect(decideDateFormat(stats({ n: 10, numeric: 0 }))).toMatchObject({ kind: 'unrecognised' });
  });

  it('decides ISO and year/month/day by their shape', () => {
    expect(decideDateFormat(stats({ n: 5, numeric: 0, iso: 5 }))).toMatchObject({
      kind: 'decided',
      format: 'iso',
    });
    expect(decideDateFormat(stats({ n: 5, numeric: 0, ymd: 5 }))).toMatchObject({
      kind: 'decided',
      format: 'ymd',
    });
  });

  it('goes with the shape most values have', () => {
    expect(decideDateFormat(stats({ n: 10, iso: 10, numeric: 0 }))).toMatchObject({
      kind: 'decided',
      format: 'iso',
    });
    expect(
      decideDateFormat(stats({ n: 10, iso: 2, numeric: 8, first_max: 3, second_max: 25 })),
    ).toMatchObject({
      kind: 'decided',
      format: 'mdy',
    });
  });

  it('a first part above 12 proves day/month; a second part above 12 proves month/day', () => {
    expect(decideDateFormat(stats({ n: 40, first_max: 13, second_max: 12 }))).toMatchObject({
      kind: 'decided',
      format: 'dmy',
    });
    expect(decideDateFormat(stats({ n: 80, first_max: 12, second_max: 13 }))).toMatchObject({
      kind: 'decided',
      format: 'mdy',
    });
    // One proving value among many ambiguous ones is enough: the maxima are over every value.
    expect(decideDateFormat(stats({ n: 1_000_000, first_max: 12, second_max: 31 }))).toMatchObject({
      kind: 'decided',
      format: 'mdy',
    });
  });

  it('stays ambiguous when no part is above 12, offering both orders', () => {
    const detection = decideDateFormat(stats({ n: 80, first_max: 12, second_max: 12 }));
    expect(detection.kind).toBe('ambiguous');
    if (detection.kind === 'ambiguous') expect([...detection.options].sort()).toEqual(['dmy', 'mdy']);
    expect(detection.why).toMatch(/12/);
  });

  it('stays ambiguous, saying the column mixes formats, when both parts go above 12', () => {
    const detection = decideDateFormat(stats({ n: 10, first_max: 25, second_max: 25 }));
    expect(detection.kind).toBe('ambiguous');
    expect(detection.why).toMatch(/mixes formats/);
  });

  it('tells why it decided, naming the proving number', () => {
    expect(decideDateFormat(stats({ n: 3, first_max: 28, second_max: 9 })).why).toContain('28');
    expect(decideDateFormat(stats({ n: 3, first_max: 9, second_max: 31 })).why).toContain('31');
  });

  it('still decides from stats without month-name and serial counts (callers that predate them)', () => {
    const old: Stats = { n: 5, iso: 0, ymd: 0, numeric: 5, first_max: 25, second_max: 3 };
    expect(decideDateFormat(old)).toMatchObject({ kind: 'decided', format: 'dmy' });
  });
});

describe('decideDateFormat with month names and Excel serials', () => {
  it('decides month-name dates without asking: the name leaves no day/month doubt', () => {
    expect(decideDateFormat(stats({ n: 50, numeric: 0, named: 50 }))).toMatchObject({
      kind: 'decided',
      format: 'named',
    });
    // A few numeric values among them do not make the column ambiguous.
    expect(
      decideDateFormat(stats({ n: 50, numeric: 2, named: 48, first_max: 3, second_max: 4 })),
    ).toMatchObject({ kind: 'decided', format: 'named' });
  });

  it('lets dates typed day/month beside year-month-day ones decide (those read in any format)', () => {
    expect(
      decideDateFormat(stats({ n: 10, iso: 8, numeric: 2, first_max: 25, second_max: 3 })),
    ).toMatchObject({ kind: 'decided', format: 'dmy' });
    expect(
      decideDateFormat(stats({ n: 10, iso: 5, numeric: 5, first_max: 3, second_max: 14 })),
    ).toMatchObject({ kind: 'decided', format: 'mdy' });
    // Undecided, they are asked about when they are many, and reported as issues when a stray few.
    expect(decideDateFormat(stats({ n: 10, iso: 5, numeric: 5, first_max: 3, second_max: 5 }))).toMatchObject(
      { kind: 'ambiguous' },
    );
    expect(
      decideDateFormat(stats({ n: 100, iso: 99, numeric: 1, first_max: 3, second_max: 5 })),
    ).toMatchObject({ kind: 'decided', format: 'iso' });
  });

  it('goes with the shape most values have when month names mix with other forms', () => {
    expect(decideDateFormat(stats({ n: 10, numeric: 0, iso: 7, named: 3 }))).toMatchObject({ format: 'iso' });
    expect(decideDateFormat(stats({ n: 10, numeric: 0, ymd: 7, named: 3 }))).toMatchObject({ format: 'ymd' });
    expect(
      decideDateFormat(stats({ n: 10, numeric: 7, named: 3, first_max: 3, second_max: 25 })),
    ).toMatchObject({ format: 'mdy' });
    // The numeric majority is still asked about when it stays ambiguous.
    expect(
      decideDateFormat(stats({ n: 10, numeric: 7, named: 3, first_max: 3, second_max: 4 })),
    ).toMatchObject({ kind: 'ambiguous' });
  });

  it('decides Excel serials only when (nearly) every value is one', () => {
    expect(decideDateFormat(stats({ n: 100, numeric: 0, excel: 100 }))).toMatchObject({
      kind: 'decided',
      format: 'excel',
    });
    // 95 of 100 (a few blanks written as "-" or "N/A" remain): still serials.
    expect(decideDateFormat(stats({ n: 100, numeric: 0, excel: 95 }))).toMatchObject({ format: 'excel' });
    // 94 of 100: other numbers among them, so not a column of dates.
    expect(decideDateFormat(stats({ n: 100, numeric: 0, excel: 94 }))).toMatchObject({
      kind: 'unrecognised',
    });
    expect(decideDateFormat(stats({ n: 1, numeric: 0, excel: 1 }))).toMatchObject({ format: 'excel' });
  });

  it('calls a column with no serial, name or numeric date unrecognised', () => {
    expect(decideDateFormat(stats({ n: 30, numeric: 0, named: 0, excel: 0 }))).toMatchObject({
      kind: 'unrecognised',
    });
  });

  it('labels every format for the mapping screen', () => {
    expect(Object.keys(DATE_FORMAT_LABELS).sort()).toEqual(['dmy', 'excel', 'iso', 'mdy', 'named', 'ymd']);
    expect(DATE_FORMAT_LABELS.named).toMatch(/month name/i);
    expect(DATE_FORMAT_LABELS.excel).toMatch(/excel/i);
  });
});
