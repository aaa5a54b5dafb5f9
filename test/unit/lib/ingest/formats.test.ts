import { describe, expect, it } from 'vitest';
import { decideDateFormat } from '../../../../src/lib/ingest/formats';

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
    expect(
      decideDateFormat(stats({ n: 10, iso: 8, numeric: 2, first_max: 25, second_max: 3 })),
    ).toMatchObject({
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
});
