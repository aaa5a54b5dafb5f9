/**
 * What a date column's values say about its format: counts of each shape over the values looked at
 * (`dateStatsSql`), and the decision from them (`decideDateFormat`). A month-name date and an Excel
 * serial are unambiguous; only numeric d/m vs m/d can leave the user a question.
 */
import { excelSerialSql, namedTimestamp, wordySql } from './date-forms';
import type { DateDetection } from './formats';
import { rawColumn } from './sql';
import { textExpr } from './values';

// Prefix shapes are enough to decide a column's order; every value is still checked when it is typed.
// Leading spaces are allowed in the patterns rather than trimming every value (a copy of each string).
const ISO = `'^ *\\d{4}-\\d{1,2}-\\d{1,2}'`;
const YMD = `'^ *\\d{4}[/.]\\d{1,2}[/.]\\d{1,2}'`;
const NUMERIC = `'^ *\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}'`;

export const SEPARATORS = ['/', '.', '-'] as const;

export interface DateStats {
  n: number;
  iso: number;
  ymd: number;
  numeric: number;
  first_max: number | null;
  second_max: number | null;
  /** Values that read as a month-name date ("Mar 4, 2025", "4 mars 2025"). */
  named?: number;
  /** Plain numbers that are Excel serials or Unix time (dates a workbook or a tool saved as numbers). */
  excel?: number;
  /** Values with a time written with its own UTC offset or Z ("2026-03-04T09:00:00+01:00"). */
  zoned?: number;
}

/** A time followed by a zone: Z, UTC/GMT, ±h[h][:mm], or both (the forms values.ts and date-forms.ts apply). */
const ZONED = `'\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*([zZ]|UTC|GMT|((UTC|GMT)\\s*)?[+-]\\d{1,2}(:?\\d{2})?)\\s*$'`;

/** The share of a column's values that must be Excel serials for it to be read as such. */
export const EXCEL_SHARE = 0.95;

/** Aggregates (named `<prefix>_<stat>`) that decide a date column's format. */
export function dateStatsSql(column: number, prefix: string): string {
  return valueDateStatsSql(rawColumn(column), prefix);
}

/**
 * `dateStatsSql` over any text expression `v` (a column's values stacked with others'). Without
 * `names`, the month-name count is left out (`namedCountSql`) and `<prefix>_wordy` counts the values
 * that could be month-name dates (date-forms.ts `wordySql`): none, and that count is 0.
 */
export function valueDateStatsSql(v: string, prefix: string, names = true): string {
  return [
    `count(${textExpr(v)}) AS ${prefix}_n`,
    `count(*) FILTER (regexp_matches(${v}, ${ISO})) AS ${prefix}_iso`,
    `count(*) FILTER (regexp_matches(${v}, ${YMD})) AS ${prefix}_ymd`,
    `count(*) FILTER (regexp_matches(${v}, ${NUMERIC})) AS ${prefix}_numeric`,
    `max(TRY_CAST(regexp_extract(${v}, '^ *(\\d{1,2})[/.-]', 1) AS INTEGER)) AS ${prefix}_first_max`,
    `max(TRY_CAST(regexp_extract(${v}, '^ *\\d{1,2}[/.-](\\d{1,2})[/.-]', 1) AS INTEGER)) AS ${prefix}_second_max`,
    names ? namedCountSql(v, prefix) : `count(*) FILTER (${wordySql(v)}) AS ${prefix}_wordy`,
    `count(*) FILTER (${excelSerialSql(v)}) AS ${prefix}_excel`,
    `count(*) FILTER (regexp_matches(${v}, ${ZONED})) AS ${prefix}_zoned`,
    ...SEPARATORS.map((sep, i) => `count(*) FILTER (contains(${v}, '${sep}')) AS ${prefix}_sep${i}`),
  ].join(',\n      ');
}

/** The values that read as a month-name date, as `<prefix>_named`. */
export function namedCountSql(v: string, prefix: string): string {
  return `count(*) FILTER (regexp_matches(${v}, '[A-Za-z]') AND ${namedTimestamp(v)} IS NOT NULL) AS ${prefix}_named`;
}

export function dateStatsOf(row: Record<string, number | null> | undefined, prefix: string): DateStats {
  const get = (stat: string) => row?.[`${prefix}_${stat}`] ?? null;
  return {
    n: get('n') ?? 0,
    iso: get('iso') ?? 0,
    ymd: get('ymd') ?? 0,
    numeric: get('numeric') ?? 0,
    first_max: get('first_max'),
    second_max: get('second_max'),
    named: get('named') ?? 0,
    excel: get('excel') ?? 0,
    zoned: get('zoned') ?? 0,
  };
}

/** The separator most of the values looked at use, for reading the rest of the file. */
export function separatorOf(row: Record<string, number | null> | undefined, prefix: string): string {
  const counts = SEPARATORS.map((_, i) => row?.[`${prefix}_sep${i}`] ?? 0);
  return SEPARATORS[counts.indexOf(Math.max(...counts))] ?? '/';
}

export function decideDateFormat(s: DateStats): DateDetection {
  if (s.n === 0) return { kind: 'unrecognised', why: 'The column is empty.' };
  const excel = s.excel ?? 0;
  const named = s.named ?? 0;
  // Plain numbers are dates only when (nearly) all of them are serials: a count column is not.
  if (excel > 0 && excel >= EXCEL_SHARE * s.n) {
    return {
      kind: 'decided',
      format: 'excel',
      why: 'Values are dates written as numbers: Excel serials (45720 is 4 March 2025) or Unix time.',
    };
  }
  const best = Math.max(s.iso, s.ymd, named, s.numeric);
  if (best === 0) return { kind: 'unrecognised', why: 'No value looks like a date.' };
  if (best === s.iso) {
    // Year-month-day values read in any column (values.ts): dates typed another way beside them, as
    // a sheet keeps each date as it was typed, decide the column's format.
    const order = s.numeric > 0 ? numericOrder(s) : null;
    if (order && (order.kind === 'decided' || s.numeric >= MIXED_SHARE * s.n)) return order;
    return { kind: 'decided', format: 'iso', why: 'Values are written year-month-day.' };
  }
  if (best === s.ymd) return { kind: 'decided', format: 'ymd', why: 'Values are written year/month/day.' };
  if (best === named) {
    return { kind: 'decided', format: 'named', why: 'Values name the month, so day and month are clear.' };
  }
  return numericOrder(s);
}

/** A share of day/month values beside year-month-day ones worth asking their order for. */
const MIXED_SHARE = 0.1;

/** The order of numeric dates (03/25/2024, 25.03.2024), from the largest first and second parts. */
function numericOrder(s: DateStats): DateDetection {
  const first = s.first_max ?? 0;
  const second = s.second_max ?? 0;
  if (first > 12 && second <= 12) {
    return { kind: 'decided', format: 'dmy', why: `A first part of ${first} can only be a day.` };
  }
  if (second > 12 && first <= 12) {
    return { kind: 'decided', format: 'mdy', why: `A second part of ${second} can only be a day.` };
  }
  if (first > 12 && second > 12) {
    return {
      kind: 'ambiguous',
      options: ['mdy', 'dmy'],
      why: 'Some values have a day first and others a day second: the column mixes formats.',
    };
  }
  return {
    kind: 'ambiguous',
    options: ['mdy', 'dmy'],
    why: 'Every value could be month/day or day/month (no part is above 12).',
  };
}
