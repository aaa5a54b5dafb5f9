/**
 * "Export CSV": every figure of the metrics document, one per row (figure, value), for a spreadsheet.
 * Nested keys join with dots; rows of a table are named by their own name (bySource.Web.leads,
 * funnel.won.count), never by position, so a figure keeps its name when the order changes.
 */
import { toCsv } from './csv';

const ROW_NAMES = ['stage', 'source', 'owner', 'name', 'value', 'currency'] as const;

function rowName(row: Record<string, unknown>, index: number): string {
  for (const key of ROW_NAMES) {
    const name = row[key];
    if (typeof name === 'string' && name !== '') return name;
  }
  return String(index + 1);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** [figure, value] for every leaf: numbers, strings, booleans and nulls (an empty cell). Pure. */
export function flattenFigures(value: unknown, prefix = ''): [string, unknown][] {
  const key = (name: string) => (prefix === '' ? name : `${prefix}.${name}`);
  if (Array.isArray(value)) {
    if (value.every((item) => !isRecord(item))) return [[prefix, value.join('; ')]];
    return value.flatMap((item, index) =>
      isRecord(item) ? flattenFigures(item, key(rowName(item, index))) : [[key(String(index + 1)), item]],
    );
  }
  if (isRecord(value)) {
    return Object.entries(value).flatMap(([name, item]) => {
      // A row's own name is its key already.
      if (prefix !== '' && ROW_NAMES.includes(name as (typeof ROW_NAMES)[number]) && typeof item === 'string')
        return [];
      return flattenFigures(item, key(name));
    });
  }
  return [[prefix, value]];
}

export function metricsCsv(document: unknown): string {
  return toCsv(['figure', 'value'], flattenFigures(document));
}
