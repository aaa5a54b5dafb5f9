import type { Column, SortDirection, SortState } from './types';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));
}

/**
 * Orders two cell values: numbers numerically, dates by time, text by the locale (with numbers inside
 * text in numeric order). Blanks ("not in your data") go last whichever the direction.
 */
export function compareCells(a: unknown, b: unknown, direction: SortDirection): number {
  const blankA = isBlank(a);
  const blankB = isBlank(b);
  if (blankA || blankB) return blankA === blankB ? 0 : blankA ? 1 : -1;
  const sign = direction === 'ascending' ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  if (a instanceof Date && b instanceof Date) return sign * (a.getTime() - b.getTime());
  if (typeof a === 'boolean' && typeof b === 'boolean') return sign * (Number(a) - Number(b));
  return sign * collator.compare(String(a), String(b));
}

/** A sorted copy (stable: equal rows keep their order). */
export function sortRows<Row extends object>(rows: readonly Row[], sort: SortState | null): Row[] {
  if (!sort) return [...rows];
  const key = sort.key as keyof Row;
  return rows
    .map((row, index) => ({ row, index }))
    .sort((x, y) => compareCells(x.row[key], y.row[key], sort.direction) || x.index - y.index)
    .map(({ row }) => row);
}

/** The first click on a header: numbers biggest first, text A→Z; a second click flips it. */
export function nextSort<Row extends object>(current: SortState | null, column: Column<Row>): SortState {
  if (current?.key === column.key) {
    return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key: column.key, direction: column.numeric ? 'descending' : 'ascending' };
}
