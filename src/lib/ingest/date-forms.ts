/**
 * Dates written with a month name ("Mar 4, 2025 09:46 AM", "4. März 2025", "Tue, 04 Mar 2025
 * 14:15:00 +0200") and Excel serial day numbers ("45720.40625"), read in SQL; and `dateLikeSql`,
 * whether a text value looks like a date in any form LeadGap reads.
 *
 * A month name leaves no day/month ambiguity, so such a column is decided from its values alone.
 * The full reading here is a regexp (~2 s per million values in DuckDB-wasm): English forms first
 * take an exact strptime pattern (`namedPatterns`, ~0.2 s per million) and only the values it
 * cannot read come here.
 */

/**
 * Month names and their usual abbreviations in English, German, French, Spanish, Dutch, Portuguese
 * and Italian: lower case, accents stripped, without a trailing dot. No name means two months
 * ("juin" is June, "juil" July; "mar" is March in every one of them).
 */
export const MONTH_NAMES: readonly (readonly string[])[] = [
  'january jan januar janner janvier janv enero ene januari janeiro gennaio gen',
  'february feb febr februar feber fevrier fevr fev febrero februari fevereiro febbraio',
  'march mar marz maerz mrz mars marzo maart mrt marco',
  'april apr avril avr abril abr aprile',
  'may mai mayo mei maio maggio mag',
  'june jun juni juin junio junho giugno giu',
  'july jul juli juillet juil julio julho luglio lug',
  'august aug augustus aout agosto ago',
  'september sep sept septembre septiembre setiembre set setembro settembre',
  'october oct oktober okt octobre octubre outubro out ottobre ott',
  'november nov novembre noviembre novembro',
  'december dec dezember dez decembre diciembre dic dezembro dicembre',
].map((names) => names.split(' '));

const sqlList = (items: readonly (string | number)[]) =>
  `[${items.map((i) => (typeof i === 'number' ? String(i) : `'${i}'`)).join(', ')}]`;
const NAMES = MONTH_NAMES.flat();
const NUMBERS = MONTH_NAMES.flatMap((names, i) => names.map(() => i + 1));

/** A month's number from its (lower-case, accent-free) name: list_position over constant lists. */
const monthNumber = (name: string) => `${sqlList(NUMBERS)}[list_position(${sqlList(NAMES)}, ${name})]`;

// Pieces of the full form, matched against the value in lower case without accents. `[a-z]`, not
// `\pL`: Unicode classes made the regexp 4x slower.
const WEEKDAY = `(?:[a-z]{2,}(?:-feira)?\\.?,?\\s+)?`;
const DAY = `(\\d{1,2})(?:st|nd|rd|th|er|º|ª|°)?\\.?`;
const MONTH = `([a-z]+)\\.?`;
const SEP = `(?:\\s*[-/.,]\\s*|\\s+)(?:del?\\s+)?`;
const YEAR = `(\\d{4}|\\d{2})`;
// After the year: "14:15", "2:15 PM", "09:46:12.123", "à 14h15", "at 2:15 p.m.", "14:15:00 +0200".
const TIME =
  `(?:(?:\\s*,\\s*|\\s+|t)(?:[a-z]{1,4}\\s+){0,2}(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:[.,](\\d{1,9}))?)?` +
  `(?:\\s*([ap])\\.?\\s*m\\.?)?(?:\\s*(?:z|ut|utc|gmt))?(?:\\s*([+-])(\\d{1,2})(?::?(\\d{2}))?)?)?`;
const NAMED = `^\\s*${WEEKDAY}(?:${DAY}${SEP}${MONTH}|${MONTH}${SEP}${DAY})${SEP}${YEAR}${TIME}\\s*$`;
const GROUPS = ['d1', 'm1', 'm2', 'd2', 'y', 'h', 'mi', 's', 'f', 'ap', 'zs', 'zh', 'zm'];

/** A captured group as an integer; '' (not present) is NULL. */
const int = (group: string) => `TRY_CAST(nullif(p.${group}, '') AS INTEGER)`;

/**
 * A month-name date as a TIMESTAMP in UTC (an offset is applied, as for ISO values), or NULL when
 * the value is not one: unknown month, impossible date (Feb 30), hour 13 PM, and so on. Two-digit
 * years are read as strptime's %y does (00–68: 2000s, 69–99: 1900s).
 *
 * The regexp's groups are read many times: they are bound once through a one-element
 * list_transform (DuckDB does not share a repeated expression inside CASE: 4x slower).
 */
export function namedTimestamp(v: string): string {
  const year = `CASE WHEN length(p.y) = 2 THEN ${int('y')} + CASE WHEN ${int('y')} < 69 THEN 2000 ELSE 1900 END
    ELSE ${int('y')} END`;
  const hour = `CASE WHEN p.h = '' THEN 0
    WHEN p.ap = '' THEN CASE WHEN ${int('h')} <= 23 THEN ${int('h')} END
    WHEN ${int('h')} BETWEEN 1 AND 12 THEN ${int('h')} % 12 + CASE WHEN p.ap = 'p' THEN 12 ELSE 0 END END`;
  const minute = `CASE WHEN p.mi = '' THEN 0 WHEN ${int('mi')} <= 59 THEN ${int('mi')} END`;
  const second = `CASE WHEN p.s = '' THEN 0 WHEN ${int('s')} <= 59 THEN TRY_CAST(p.s || '.' || p.f AS DOUBLE) END`;
  const offset = `CASE WHEN p.zs = '' THEN 0 WHEN ${int('zh')} <= 23 AND coalesce(${int('zm')}, 0) <= 59 THEN
    (CASE WHEN p.zs = '-' THEN -1 ELSE 1 END) * (${int('zh')} * 60 + coalesce(${int('zm')}, 0)) END`;
  const local = `try(make_timestamp(${year}, ${monthNumber('p.m1 || p.m2')}, coalesce(${int('d1')}, ${int('d2')}),
    ${hour}, ${minute}, ${second}))`;
  const parts = `regexp_extract(lower(strip_accents(${v})), '${NAMED}', ${sqlList(GROUPS)})`;
  return `list_transform([${parts}], lambda p: CASE WHEN p.y <> '' THEN ${local} - to_minutes(${offset}) END)[1]`;
}

/**
 * Excel's 1900 date system: a day count from 1899-12-30 (for serials from 61, 1900-03-01, on: Excel
 * counts a 29 February 1900 that never was), the fraction being the time of day. Only serials
 * from 20000 (1954-10-03) up to 80000 (2119-01-11, excluded) are taken as dates: in a CRM export a number
 * outside that range is not a date, and is reported rather than read. Read to the second.
 */
const EXCEL_SERIAL_RANGE = { from: 20000, to: 80000 } as const;
const EXCEL_EPOCH_DAYS = 25569; // serial of 1970-01-01

/**
 * Unix time, as tools that export a date as a number write it (ClickUp: milliseconds), in seconds
 * (10 digits) or milliseconds (13): only 2000-01-01 up to 2100-01-01 (excluded) are dates here.
 */
const UNIX_SECONDS = { from: 946_684_800, to: 4_102_444_800 } as const;

export function excelTimestamp(v: string): string {
  // A workbook saved by a European Excel writes the fraction with a decimal comma.
  const x = `TRY_CAST(replace(${v}, ',', '.') AS DOUBLE)`;
  return `CASE WHEN ${x} >= ${EXCEL_SERIAL_RANGE.from} AND ${x} < ${EXCEL_SERIAL_RANGE.to}
      THEN epoch_ms(CAST(round((${x} - ${EXCEL_EPOCH_DAYS}) * 86400) AS BIGINT) * 1000)
    WHEN ${x} >= ${UNIX_SECONDS.from * 1000} AND ${x} < ${UNIX_SECONDS.to * 1000} THEN epoch_ms(CAST(${x} AS BIGINT))
    WHEN ${x} >= ${UNIX_SECONDS.from} AND ${x} < ${UNIX_SECONDS.to} THEN epoch_ms(CAST(${x} AS BIGINT) * 1000) END`;
}

/** A plain number (no sign, no thousands separator) that is an Excel serial or Unix time, as SQL. */
export function excelSerialSql(v: string): string {
  return `(regexp_matches(${v}, '^\\s*(\\d{5}([.,]\\d+)?|\\d{10}|\\d{13})\\s*$') AND ${excelTimestamp(v)} IS NOT NULL)`;
}

/**
 * Exact English strptime patterns a month-name column may be written in (%b/%B/%a are English
 * only), for `dominantPatterns`: "Mar 4, 2025 09:46 AM", "04-Mar-25", "Tue, 04 Mar 2025 14:15:00
 * GMT". A zone other than +0000/GMT/UTC, another language or an ordinal takes the full reading.
 */
const NAMED_DATE_PARTS = [
  '%b %d, %Y',
  '%B %d, %Y',
  '%b %d %Y',
  '%B %d %Y',
  '%A, %B %d, %Y',
  '%d %b %Y',
  '%d %B %Y',
  '%d-%b-%Y',
  '%d-%b-%y',
  '%a, %d %b %Y',
];
const NAMED_TIMES = ['%I:%M:%S %p', '%I:%M %p', '%I:%M:%S%p', '%I:%M%p', '%H:%M:%S', '%H:%M'];
const RFC_2822_ZONES = ['+0000', 'GMT', 'UTC'];

export function namedPatterns(): string[] {
  return [
    ...NAMED_DATE_PARTS.flatMap((part) => [...NAMED_TIMES.map((time) => `${part} ${time}`), part]),
    ...RFC_2822_ZONES.map((zone) => `%a, %d %b %Y %H:%M:%S ${zone}`),
  ];
}

// Whole-value shapes of the numeric forms, with plausible day and month numbers.
const PART = `(0?[1-9]|[12]\\d|3[01])`;
const MONTH_NUMBER = `(0?[1-9]|1[0-2])`;
const ISO_LIKE = `^\\s*\\d{4}-${MONTH_NUMBER}-${PART}([T\\s]|$)`;
const YMD_LIKE = `^\\s*\\d{4}[/.]${MONTH_NUMBER}[/.]${PART}(\\s|$)`;
// d/m or m/d: one of the two parts is a month.
const NUMERIC_LIKE = `^\\s*(${PART}[/.-]${MONTH_NUMBER}|${MONTH_NUMBER}[/.-]${PART})[/.-](\\d{4}|\\d{2})(\\s|,|T|$)`;

/**
 * SQL: true when a text value looks like a date in a form LeadGap reads: ISO (2025-03-04, with a
 * time and zone or not), year/month/day, day/month/year or month/day/year (either order, with
 * `/`, `.` or `-`), a month-name date that reads (a real date: "Feb 30, 2025" is not), or an Excel
 * serial in range. False for text ("Email Opened", "Q1 2025"), ordinary numbers, blank and NULL.
 */
export function dateLikeSql(v: string, names = true): string {
  const named = names ? `OR (regexp_matches(${v}, '[A-Za-z]') AND ${namedTimestamp(v)} IS NOT NULL)` : '';
  return `coalesce(regexp_matches(${v}, '${ISO_LIKE}') OR regexp_matches(${v}, '${YMD_LIKE}')
    OR regexp_matches(${v}, '${NUMERIC_LIKE}') ${named}
    OR ${excelSerialSql(v)}, false)`;
}

/**
 * SQL: the value has a run of three characters that may be letters, as every month name has ("Mar",
 * "mai", "März"): ASCII letters, and any character past ASCII. A value without one is no month-name
 * date: queries over values that have none leave the month-name reading out, whose preparing costs
 * ~40 ms a statement (~170 ms on a cold engine), more than the rest of a detection query.
 */
export function wordySql(v: string): string {
  // Not the letter classes (\pL\pM): they cost ~5 ms to prepare in each statement that has them
  // (more on a cold engine), and a gate may let a few values too many through.
  return `regexp_matches(${v}, '[A-Za-z\\x{80}-\\x{10FFFF}]{3}')`;
}
