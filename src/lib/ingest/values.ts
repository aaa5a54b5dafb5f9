/**
 * SQL expressions that turn a text value into a typed one for a decided format. Each returns NULL
 * for what it cannot read; the loader reports those values, it never guesses them.
 *
 * Speed matters here (every value of a million-row file goes through them): a failed strptime costs
 * ~15x a successful one, so each column first tries the one cheap form most of its values are
 * written in (`fast…Expr`) and only the values it cannot read take the full list of forms.
 */
import { excelTimestamp, namedPatterns, namedTimestamp } from './date-forms';
import type { DateFormat, NumberFormat } from './formats';

const TIME_FORMATS_24 = ['%H:%M:%S', '%H:%M'];
const TIME_FORMATS_12 = ['%I:%M:%S %p', '%I:%M %p', '%I:%M:%S%p', '%I:%M%p'];

function formats(datePart: string): string[] {
  return [...[...TIME_FORMATS_12, ...TIME_FORMATS_24].map((time) => `${datePart} ${time}`), datePart];
}

function formatList(datePart: string): string {
  return `[${formats(datePart)
    .map((f) => `'${f}'`)
    .join(', ')}]`;
}

const DATE_PARTS: Record<'mdy' | 'dmy' | 'ymd', string[]> = {
  mdy: ['%m/%d/%Y', '%m/%d/%y'],
  dmy: ['%d/%m/%Y', '%d/%m/%y'],
  ymd: ['%Y/%m/%d'],
};

/** Every exact strptime pattern a column of this format may be written in, for `dominantPatterns`. */
export function candidatePatterns(order: 'mdy' | 'dmy' | 'ymd' | 'named'): string[] {
  if (order === 'named') return namedPatterns();
  return DATE_PARTS[order].flatMap((part) =>
    ['/', '.', '-'].flatMap((separator) => formats(part.replaceAll('/', separator))),
  );
}

// Z, UTC, GMT, ±h[h][:mm], or UTC/GMT with an offset ("UTC+01:00", "GMT-5").
const ZONE = `\\s*(Z|UTC|GMT|(UTC|GMT)?\\s*[+-]\\d{1,2}(:?\\d{2})?)$`;

/** ISO 8601; a zone suffix is applied here (timestamps stay zone-free TIMESTAMPs: no ICU, STACK.md). */
function isoTimestamp(v: string): string {
  const zoned = `regexp_matches(${v}, '[T ]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?${ZONE}')`;
  // The offset alone, "+0100" or "-5" ('' for Z, UTC and GMT).
  const zone = `replace(regexp_replace(regexp_extract(${v}, '${ZONE}', 1), '^(Z|UTC|GMT)\\s*', ''), ':', '')`;
  const digits = `substr(${zone}, 2)`;
  const hours = `TRY_CAST(CASE WHEN length(${digits}) <= 2 THEN ${digits} ELSE left(${digits}, length(${digits}) - 2) END AS INTEGER)`;
  const mins = `CASE WHEN length(${digits}) <= 2 THEN 0 ELSE TRY_CAST(right(${digits}, 2) AS INTEGER) END`;
  const minutes = `CASE WHEN ${zone} = '' THEN 0 ELSE
      (CASE WHEN starts_with(${zone}, '-') THEN -1 ELSE 1 END) * (${hours} * 60 + ${mins}) END`;
  const local = `TRY_CAST(regexp_replace(${v}, '${ZONE}', '') AS TIMESTAMP)`;
  return `CASE WHEN ${zoned} THEN ${local} - to_minutes(${minutes}) ELSE coalesce(TRY_CAST(${v} AS TIMESTAMP), ${isoMeridiem(v)}) END`;
}

/** "2024-03-01 09:15 pm", as Calendly writes it: a cast has no 12-hour clock. */
function isoMeridiem(v: string): string {
  const text = `regexp_replace(${meridiemText(v)}, '\\s+', ' ', 'g')`;
  return `CASE WHEN regexp_matches(${v}, '\\d\\s*[ap]\\.?\\s?m\\.?$', 'i') THEN try_strptime(${text}, [${TIME_FORMATS_12.map((time) => `'%Y-%m-%d ${time}'`).join(', ')}]) END`;
}

/** "a.m." and "p.m." (Canadian English, as Windows writes them there) as AM and PM. */
const meridiemText = (v: string) =>
  `regexp_replace(regexp_replace(${v}, '\\s*a\\.\\s?m\\.?$', ' AM', 'i'), '\\s*p\\.\\s?m\\.?$', ' PM', 'i')`;

/**
 * Day/month/year orders with `/`, `.` or `-`, 2- or 4-digit years, optional 12 h or 24 h time
 * ("a.m." and "p.m." too).
 */
function numericTimestamp(v: string, order: 'mdy' | 'dmy' | 'ymd'): string {
  const text = `regexp_replace(regexp_replace(${meridiemText(v)}, '^(\\d+)[.-](\\d+)[.-](\\d+)', '\\1/\\2/\\3'), ',?\\s+', ' ', 'g')`;
  if (order === 'ymd') return `try_strptime(${text}, ${formatList('%Y/%m/%d')})`;
  const dayMonth = order === 'mdy' ? '%m/%d' : '%d/%m';
  return `CASE WHEN regexp_matches(${v}, '^\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2}(\\D|$)')
    THEN try_strptime(${text}, ${formatList(`${dayMonth}/%y`)})
    ELSE try_strptime(${text}, ${formatList(`${dayMonth}/%Y`)}) END`;
}

/**
 * The cheap first try for a date column: a plain cast for ISO values without a zone, else the one
 * exact `pattern` most of the column's values are written in. Null: no cheap try for this column
 * (Excel serials: their full reading is a cast already).
 */
export function fastTimestampExpr(v: string, format: DateFormat, pattern?: string | null): string | null {
  if (format === 'iso') {
    // Anything that may carry a zone (Z, +hh, a '-' after the time) takes the full path.
    const mayBeZoned = `${v} LIKE '%Z' OR ${v} LIKE '%z' OR ${v} LIKE '%+%' OR ${v} LIKE '%:%-%'`;
    return `CASE WHEN NOT (${mayBeZoned}) THEN TRY_CAST(${v} AS TIMESTAMP) END`;
  }
  return pattern && format !== 'excel' ? `try_strptime(${v}, '${pattern}')` : null;
}

function fullTimestamp(v: string, format: DateFormat): string {
  if (format === 'iso') return isoTimestamp(v);
  if (format === 'named') return namedTimestamp(v);
  if (format === 'excel') return excelTimestamp(v);
  if (format === 'ymd') return numericTimestamp(v, format);
  // A year-month-day value is that date in any column: a sheet keeps each date as it was typed.
  return `CASE WHEN regexp_matches(${v}, '^\\d{4}-\\d{1,2}-\\d{1,2}') THEN ${isoTimestamp(v)}
    ELSE ${numericTimestamp(v, format)} END`;
}

/**
 * The full reading of a date value; `fast` (a column holding fastTimestampExpr's result) is taken
 * when it read the value. `%Y` reads a 2-digit year as year 24: such a result is not taken.
 */
export function timestampExpr(v: string, format: DateFormat, fast?: string | null): string {
  const full = fullTimestamp(v, format);
  if (!fast) return full;
  const kept = format === 'iso' ? fast : `CASE WHEN ${fast} >= TIMESTAMP '0100-01-01' THEN ${fast} END`;
  // Empty values skip the full reading (coalesce would send them through its regexps).
  return `CASE WHEN ${v} IS NOT NULL THEN coalesce(${kept}, ${full}) END`;
}

/** The cheap first try for a number: a plain cast (decimal comma: when there is no dot at all). */
export function fastNumberExpr(v: string, format: NumberFormat): string {
  return format === 'comma'
    ? `CASE WHEN NOT contains(${v}, '.') THEN TRY_CAST(replace(${v}, ',', '.') AS DOUBLE) END`
    : `TRY_CAST(${v} AS DOUBLE)`;
}

/**
 * A thousand or million written after the digits, as trackers do ("$12k", "1.2M", "1,2 Mio €"): the
 * figure is scaled, never read as 12 (its letters would otherwise be dropped with the currency's).
 * The suffix must end the word ("15 MXN" is a currency, "25 000 Kč" korunas, not thousands).
 */
function scaleExpr(v: string): string {
  // One regexp for every suffix (the first one written decides), case folded on the suffix alone: a
  // letter class (\P{L}) costs ~2 ms to prepare, ~3 ms case folded, in each statement reading numbers.
  const suffix = `lower(regexp_extract(${v}, '\\d\\s*((?i:k|m|mm|mn|mio|bn))(\\P{L}|$)', 1))`;
  return `CASE WHEN regexp_matches(${v}, '\\d\\s*[a-z]', 'i') THEN CASE ${suffix} WHEN '' THEN 1 WHEN 'k' THEN 1000
    WHEN 'bn' THEN 1000000000 ELSE 1000000 END ELSE 1 END`;
}

/**
 * Whether a number's separators say the other style: with a decimal dot, a comma followed by other
 * than three digits at the end ("2,5") or after the last dot ("2.000,00"); with a decimal comma, the
 * same of a dot.
 */
function otherStyle(digits: string, format: NumberFormat): string {
  const [decimal, grouping] = format === 'comma' ? [',', '\\.'] : ['\\.', ','];
  return `regexp_matches(${digits}, '${grouping}([0-9]{1,2}|[0-9]{4,})$|${decimal}[0-9]*${grouping}[0-9]*$')`;
}

/**
 * Currency symbols, spaces and codes go; `(12.50)`, `$ (12.50)` and `−12.50` are negative; the
 * decided separator is decimal; a k, M or bn after the digits scales the figure.
 */
export function numberExpr(v: string, format: NumberFormat, fast?: string): string {
  // A typographic minus (U+2212, as Word and some locales write it) is a minus, not a sign to drop.
  const digits = `regexp_replace(replace(${v}, '−', '-'), '[^0-9.,-]', '', 'g')`;
  const plain =
    format === 'comma' ? `replace(replace(${digits}, '.', ''), ',', '.')` : `replace(${digits}, ',', '')`;
  // Accounting negatives: the figure in brackets, a currency in or outside them ("$ (5.00)", "($5)").
  const sign = `CASE WHEN regexp_matches(${v}, '^[^0-9()]*\\([^()]*[0-9][^()]*\\)[^0-9()]*$') THEN -1 ELSE 1 END`;
  // A lone dash is zero as Excel's accounting format writes it ("$ -", " -   "). A value written in
  // the other style ("€2.000,00" among "$1,000.00") is not read: its decimals would be taken as
  // thousands (2, or 200,000), so it is reported instead.
  const full = `CASE WHEN ${digits} = '-' THEN 0 WHEN ${otherStyle(digits, format)} THEN NULL
    ELSE (${sign} * ${scaleExpr(v)} * TRY_CAST(${plain} AS DOUBLE)) END`;
  // A cast reads 'inf' and 'infinity': not a figure from a CRM, so those take the full path (NULL).
  return fast
    ? `CASE WHEN ${v} IS NOT NULL THEN coalesce(CASE WHEN isfinite(${fast}) THEN ${fast} END, ${full}) END`
    : full;
}

const TRUE_WORDS = ['true', 't', 'yes', 'y', '1', '1.0', 'x', 'converted', 'won', 'ja', 'oui', 'si', 'sí'];
const FALSE_WORDS = ['false', 'f', 'no', 'n', '0', '0.0', 'not converted', 'nein', 'non'];

// list_contains, not IN: DuckDB rewrites an IN list of 6+ constants into a join, and a query with
// that join reports no progress (the load's progress bar stood still at 0 %).
export const oneOf = (v: string, words: readonly string[]) =>
  `list_contains([${words.map((w) => `'${w}'`).join(', ')}], ${v})`;

export function booleanExpr(v: string): string {
  return `CASE WHEN ${oneOf(`lower(${v})`, TRUE_WORDS)} THEN true
    WHEN ${oneOf(`lower(${v})`, FALSE_WORDS)} THEN false END`;
}

/**
 * Text as uploaded, trimmed of spaces and of the no-break spaces a value copied from a web page or
 * an e-mail carries ("b@x.com\u00a0" is b@x.com, and links); blank becomes NULL (grouped as
 * "(blank)"). Trimming every value allocated a copy of each string; only values that need it are.
 */
export function textExpr(column: string): string {
  return `CASE WHEN ${column} = '' OR ${column} LIKE ' %' OR ${column} LIKE '% '
      OR ${column} LIKE '\u00a0%' OR ${column} LIKE '%\u00a0'
    THEN nullif(trim(${column}, ' \u00a0'), '') ELSE ${column} END`;
}

/**
 * A record another one points to, as Vtiger exports it: "Accounts::::Acme Inc" is Acme Inc, the
 * company a lead names. Only values with the mark pay a regexp.
 */
export function referenceExpr(v: string): string {
  return `CASE WHEN contains(${v}, '::::') THEN nullif(trim(regexp_replace(${v}, '^[^:]*::::', '')), '') ELSE ${v} END`;
}

/**
 * An e-mail as its address: "mailto:ann@acme.com" (a link pasted from a page) and
 * "Ann Lee <ann@acme.com>" (as mail programs and some CRMs write a contact) are ann@acme.com, so the
 * deal links to its lead. Anything else stays as written; only values with these marks pay a regexp.
 */
export function emailExpr(v: string): string {
  const address = `regexp_extract(${v}, '[^\\s<>:;,"''?]+@[^\\s<>:;,"''?]+')`;
  return `CASE WHEN contains(${v}, '<') OR ${v} ILIKE 'mailto:%' THEN coalesce(nullif(${address}, ''), ${v}) ELSE ${v} END`;
}
