import type { Mapping } from './automap';
import { amountCurrencySql, currencySql } from './currency';
import { fieldsOf, type FieldSpec, type TableKind } from './fields';
import { headerCurrency } from './header-qualifier';
import type { DateFormat, DominantPattern, NumberFormat } from './formats';
import type { RawTables } from './raw';
import { extraColumnName } from './schema';
import type { Sniffed } from './sniff';
import { ident, literal, rawColumn } from './sql';
import { mappedColumns, readerValue, type ReaderPlan } from './typed-read';
import {
  booleanExpr,
  emailExpr,
  fastNumberExpr,
  fastTimestampExpr,
  numberExpr,
  referenceExpr,
  textExpr,
  timestampExpr,
} from './values';
import { outcomeExpr, outcomeKeyLookup, ticksOnly } from './outcome';
import { outcomeWithFlags } from './outcome-flags';

/** Formats chosen per uploaded column (by index). */
export interface ColumnFormats {
  dates: Partial<Record<number, DateFormat>>;
  numbers: Partial<Record<number, NumberFormat>>;
  /** Date columns whose values carry their own UTC offset: stored as UTC instants (issue 20). */
  zoned?: number[] | undefined;
}

export interface TransformInput {
  uploadId: number;
  kind: TableKind;
  fileName: string;
  headers: string[];
  tables: RawTables;
  /** How the file is read (dialect, title lines above the header). */
  sniffed: Sniffed;
  /** The file row of the first data row, as a spreadsheet numbers it (header = 1 unless title lines). */
  firstRow: number;
  mapping: Mapping;
  formats: ColumnFormats;
  /** A deals file without an outcome column is a closed-won export: every row is won. */
  closedWonAssumed: boolean;
  /** Per outcome column, the stage names of the first rows with their keys (outcome-keys.ts). */
  outcomeKeys?: ReadonlyMap<number, readonly (readonly [string, string])[]> | undefined;
}

/** What is wrong with a value of a typed field that could not be read (listed as a value issue). */
export const PROBLEMS: Partial<Record<FieldSpec['type'], string>> = {
  timestamp: 'is not a date in the format chosen for this column',
  number: 'is not a number',
  boolean: 'is not yes/no, true/false or 1/0',
};

/**
 * The mapped fields whose unreadable values are reported, with their columns, in the order `_bad`
 * lists their texts (typingQuery).
 */
export function checkedFields(kind: TableKind, mapping: Mapping) {
  return mappedColumns(fieldsOf(kind), mapping).filter(({ field }) => PROBLEMS[field.type] !== undefined);
}

export function extraColumns(input: Pick<TransformInput, 'headers' | 'mapping'>) {
  const mapped = new Set(Object.values(input.mapping));
  const seen = new Set<string>();
  return input.headers
    .map((header, index) => ({ header, index, column: extraColumnName(header, index) }))
    .filter(({ index, column }) => !mapped.has(index) && !seen.has(column) && seen.add(column));
}

const text = (column: number) => `t${column}`;
const fast = (field: FieldSpec) => ident(`fast:${field.name}`);
const checkedText = (field: FieldSpec) => ident(`text:${field.name}`);

/**
 * A deal's currency: its currency column's (`v`), else the one written with its amount ("€1.234,50"),
 * else the one its amount's header names ("Amount (USD)"); NULL when none says (the user's chosen
 * currency then, lib/metrics/currencies.ts).
 */
function currencyOf(given: string | null, input: TransformInput, plan: ReaderPlan | null): string {
  const amount = input.mapping['amount'];
  const v = converted(input, amount) === converted(input, input.mapping['currency']) ? given : null;
  // An amount the reader typed was a plain number: it names no currency.
  const fromAmount = amount === undefined || plan?.types.has(amount) ? null : amountCurrencySql(text(amount));
  const named = amount === undefined ? null : headerCurrency(input.headers[amount] ?? '');
  const said = [v === null ? null : currencySql(v), amountOrHeader(fromAmount, named, amount)].filter(
    (source): source is string => source !== null,
  );
  if (said.length === 0) return 'CAST(NULL AS VARCHAR)';
  return said.length === 1 ? `${said[0]}` : `coalesce(${said.join(', ')})`;
}

/**
 * Whether a column holds an amount converted to the company's currency (HubSpot's "Amount in company
 * currency", Salesforce's "Amount (converted)" and its "Amount (converted) Currency"): a deal's own
 * currency column does not name its currency, nor the converted one the deal's own amount.
 */
function converted(input: TransformInput, column: number | undefined): boolean {
  const header = column === undefined ? '' : (input.headers[column] ?? '');
  return /\bconverted\b|company currency|home currency/i.test(header);
}

/**
 * The amount's own currency, else its header's ("Amount (USD)"), which also says which dollar a bare
 * "$" is. Only a deal with an amount takes the header's: a blank row stays blank (rows-without-data.ts).
 */
function amountOrHeader(fromAmount: string | null, named: string | null, amount?: number): string | null {
  if (named === null || amount === undefined) return fromAmount;
  const header = `CASE WHEN ${text(amount)} IS NOT NULL THEN ${literal(named)} END`;
  return fromAmount === null ? header : `coalesce(nullif(${fromAmount}, '$'), ${header}, ${fromAmount})`;
}

/**
 * A deal with a loss reason was lost, whatever its stage says unless that is won: Odoo keeps a lost
 * opportunity's stage and archives it with its "Lost Reason".
 */
function lossReasonSql(mapping: Mapping): string {
  if (mapping['loss_reason'] === undefined || mapping['outcome'] === undefined) return '';
  return `REPLACE (CASE WHEN loss_reason IS NOT NULL AND coalesce(outcome, 'open') <> 'won' THEN 'lost'
    ELSE outcome END AS outcome)`;
}

/** The strptime pattern most of each date column's first values are written in (formats.ts). */
export type DatePatterns = Map<number, DominantPattern>;

/**
 * The typing query, in four steps that each compute a value once: the trimmed text of every used
 * column; the cheap first try of each date and number; the typed values; and `_bad`, whether any
 * value of the row could not be read (those rows keep the value empty and are listed as issues).
 * Columns in `plan` come typed from `source`, the reader (typed-read.ts): they pass through.
 */
export function typingQuery(
  input: TransformInput,
  source: string,
  patterns: DatePatterns,
  plan: ReaderPlan | null = null,
): string {
  const { kind } = input;
  const extras = extraColumns(input);
  const mapped = mappedColumns(fieldsOf(kind), input.mapping);
  const used = [...new Set([...mapped.map((m) => m.column), ...extras.map((e) => e.index)])];
  const readerType = (column: number) => plan?.types.get(column);

  const texts = used.map((column) =>
    readerType(column)
      ? `${rawColumn(column)} AS ${text(column)}`
      : `${textExpr(rawColumn(column))} AS ${text(column)}`,
  );
  const fastTries: string[] = [];
  const typed: string[] = [];
  const checks: FieldSpec[] = [];
  for (const { field, column } of mapped) {
    const v = text(column);
    const fromReader = readerType(column);
    let expr: string;
    if (fromReader) expr = readerValue(fromReader, v);
    else if (field.type === 'timestamp') {
      const format = input.formats.dates[column] ?? 'iso';
      const first = fastTimestampExpr(v, format, patterns.get(column)?.pattern);
      if (first) fastTries.push(`${first} AS ${fast(field)}`);
      expr = timestampExpr(v, format, first ? fast(field) : null);
    } else if (field.type === 'number') {
      const format = input.formats.numbers[column] ?? 'dot';
      fastTries.push(`${fastNumberExpr(v, format)} AS ${fast(field)}`);
      expr = numberExpr(v, format, fast(field));
    } else if (field.type === 'boolean') expr = booleanExpr(v);
    else if (field.type === 'outcome') {
      fastTries.push(`${outcomeKeyLookup(v, input.outcomeKeys?.get(column))} AS ${fast(field)}`);
      expr = outcomeExpr(v, fast(field));
      const others = used.filter((other) => other !== column).map((other) => `${text(other)} IS NOT NULL`);
      if (ticksOnly(input.outcomeKeys?.get(column) ?? []) && others.length > 0) {
        // An unticked box on a row with data: not won. A row with no data at all stays blank.
        expr = `CASE WHEN ${v} IS NULL AND (${others.join(' OR ')}) THEN 'lost' ELSE ${expr} END`;
      }
      expr = outcomeWithFlags(expr, input.headers, input.mapping, (c) => (used.includes(c) ? text(c) : null));
    } else if (field.type === 'currency') expr = currencyOf(v, input, plan);
    else if (field.name === 'email') expr = emailExpr(v);
    else if (field.name === 'company' || field.name === 'owner') expr = referenceExpr(v);
    else expr = v;
    typed.push(`${expr} AS ${field.name}`);
    if (PROBLEMS[field.type]) {
      // A value the reader typed was read: nothing of it to report.
      typed.push(`${fromReader ? 'CAST(NULL AS VARCHAR)' : v} AS ${checkedText(field)}`);
      checks.push(field);
    }
  }
  if (input.closedWonAssumed && input.mapping['outcome'] === undefined && kind === 'deals') {
    typed.push(`'won' AS outcome`);
  }
  if (kind === 'deals' && input.mapping['currency'] === undefined && input.mapping['amount'] !== undefined) {
    typed.push(`${currencyOf(null, input, plan)} AS currency`);
  }
  for (const extra of extras) typed.push(`${text(extra.index)} AS ${ident(extra.column)}`);

  // `_bad`: NULL for a row whose values all read; else the texts of its checked values, by field.
  const bad = checks.length
    ? `CASE WHEN ${checks.map((f) => `(${f.name} IS NULL AND ${checkedText(f)} IS NOT NULL)`).join(' OR ')}
        THEN [${checks.map(checkedText).join(', ')}] END`
    : 'CAST(NULL AS VARCHAR[])';
  const exclude = checks.length ? `EXCLUDE (${checks.map(checkedText).join(', ')})` : '';
  // The outcome is computed once, below; the loss reason then has its say on it.
  return `SELECT * ${exclude} ${lossReasonSql(input.mapping)}, ${bad} AS _bad, false AS _superseded FROM (
    SELECT ${typed.join(', ')} FROM (
      SELECT *${fastTries.map((f) => `, ${f}`).join('')} FROM (
        SELECT ${texts.join(', ')} FROM ${source})))`;
}
