/**
 * The filters as SQL over `leads` (grain: one lead). A dimension filter keeps the leads whose value is
 * one of the chosen ones (BLANK stands for an empty value); the created range is inclusive of both
 * days, and a lead without a created date is left out once a range is set. An empty list of values
 * filters nothing. Every value is quoted: filters come from URLs and files.
 */
import { ident, literal } from '../ingest/sql';
import { isIsoDate } from '../iso-date';
import { BLANK, type Filters } from './context';

export const FIXED_DIMENSIONS = ['source', 'campaign', 'owner', 'status'] as const;

const EXTRA = /^x_[a-z0-9_]+$/;

/**
 * A derived dimension (issue 20): whether the lead came in within working hours ("In working hours")
 * or outside them ("After hours"), from its created date by clock.ts's `lg_arrived` macro; a
 * dimension only while working hours are set (the engine then counts it among the loaded columns).
 */
export const ARRIVED = 'arrived';
export const ARRIVED_VALUES = { after: 'After hours', within: 'In working hours' } as const;

export function isDimension(name: string): boolean {
  return (FIXED_DIMENSIONS as readonly string[]).includes(name) || EXTRA.test(name) || name === ARRIVED;
}

/** The quoted column of a dimension; throws for anything else (no SQL from unchecked names). */
export function dimensionColumn(name: string, alias?: string): string {
  if (!isDimension(name)) throw new Error(`Not a lead dimension: ${name}`);
  if (name === ARRIVED) return `lg_arrived(${alias ? `${alias}.` : ''}created_at)`;
  return alias ? `${alias}.${ident(name)}` : ident(name);
}

/** A dimension's value as shown and grouped: blank is "(blank)". */
export function groupValue(column: string): string {
  return `coalesce(${column}, ${literal(BLANK)})`;
}

function checkDay(day: string): string {
  if (!isIsoDate(day)) throw new Error(`Not a day: ${day}`);
  return day;
}

/** Epoch seconds of a day's midnight (UTC wall clock: timestamps are zone-free). */
export function dayEpoch(day: string, plusDays = 0): number {
  return Date.parse(`${checkDay(day)}T00:00:00Z`) / 1000 + plusDays * 86400;
}

/** A dimension's code of a text (SQL): a literal's here, each lead's in dimension-codes.ts. */
export function codeOf(text: string): string {
  return `hash(${text})`;
}

/**
 * `column` is one of `items`. DuckDB turns an IN of two to four constants into an OR of equalities,
 * which its filter evaluates slowly (duckdb/duckdb#4295). At 1M leads, two sources' codes: 50-60 ms
 * by IN against ~20 by one list_contains in Node (the Overview's month series 153 → 77 ms), 29
 * against 20 in the browser (its summary 129 → 119 ms). For one value (an equality) or five and
 * more, IN is as fast.
 */
function oneOf(column: string, items: readonly string[]): string {
  const list = items.join(', ');
  return items.length >= 2 && items.length <= 4
    ? `list_contains([${list}], ${column})`
    : `${column} IN (${list})`;
}

function dimensionCondition(
  name: string,
  values: readonly string[],
  alias: string,
  code: string | undefined,
): string | null {
  if (values.length === 0) return null;
  const text = dimensionColumn(name, alias);
  const column = code ?? text;
  const named = values.filter((value) => value !== BLANK);
  const parts: string[] = [];
  if (named.length > 0)
    parts.push(
      oneOf(
        column,
        named.map((value) => (code ? codeOf(literal(value)) : literal(value))),
      ),
    );
  if (named.length < values.length) parts.push(`${column} IS NULL`);
  return `(${parts.join(' OR ')})`;
}

/**
 * WHERE conditions for the filters, AND-ed (`true` when nothing is filtered). `codes` names, per
 * dimension, a column holding its codes beside the lead (NULL where the value is blank): the
 * condition then compares them instead of reading the text.
 */
export function filterWhere(
  filters: Filters,
  alias = 'l',
  except?: string,
  codes: Readonly<Record<string, string>> = {},
): string {
  const conditions: string[] = [];
  if (filters.createdFrom)
    conditions.push(`${alias}.created_at >= TIMESTAMP '${checkDay(filters.createdFrom)}'`);
  if (filters.createdTo)
    conditions.push(`${alias}.created_at < TIMESTAMP '${checkDay(filters.createdTo)}' + INTERVAL 1 DAY`);
  for (const [name, values] of Object.entries(filters.dimensions ?? {})) {
    if (name === except || !values) continue;
    const condition = dimensionCondition(
      name,
      values,
      alias,
      Object.hasOwn(codes, name) ? codes[name] : undefined,
    );
    if (condition) conditions.push(condition);
  }
  return conditions.length > 0 ? conditions.join(' AND ') : 'true';
}

/** `filtered_leads`: the leads the filters keep (all columns), as a CTE. */
export function filteredLeadsCte(filters: Filters, except?: string): string {
  return `filtered_leads AS (SELECT * FROM leads l WHERE ${filterWhere(filters, 'l', except)})`;
}

/** The filters with only what is set, as the metrics document echoes them. */
export function describeFilters(filters: Filters): Filters {
  const out: Filters = {};
  if (filters.createdFrom) out.createdFrom = filters.createdFrom;
  if (filters.createdTo) out.createdTo = filters.createdTo;
  const dimensions = Object.entries(filters.dimensions ?? {}).filter(
    (entry): entry is [string, string[]] => (entry[1]?.length ?? 0) > 0,
  );
  if (dimensions.length > 0) out.dimensions = Object.fromEntries(dimensions);
  return out;
}

/** The filters without the created range (a period comparison puts its own windows there). */
export function withoutCreatedRange(filters: Filters): Filters {
  const { dimensions } = filters;
  return dimensions ? { dimensions } : {};
}

/** The one dimension these filters select values of, when nothing else is filtered; else null. */
export function onlyDimension(filters: Filters): { dimension: string; values: string[] } | null {
  if (filters.createdFrom || filters.createdTo) return null;
  const named = Object.entries(filters.dimensions ?? {}).filter(([, values]) => (values?.length ?? 0) > 0);
  const [only] = named;
  if (named.length !== 1 || !only?.[1] || only[0] === ARRIVED) return null;
  return { dimension: only[0], values: only[1] };
}
