/** One column of a DataTable. `key` picks the row field; `format` turns its value into display text. */
export type Column<Row extends object> = {
  [K in keyof Row & string]: ColumnOf<Row, K>;
}[keyof Row & string];

export interface ColumnOf<Row extends object, K extends keyof Row & string> {
  key: K;
  label: string;
  /** Right-aligned, tabular figures; sorts descending first. */
  numeric?: boolean;
  /** Display text. Not called for null/undefined: those show `empty`. */
  format?: (value: NonNullable<Row[K]>, row: Row) => string;
  /** Shown for null/undefined (default "not in your data"). */
  empty?: string;
  /** Value written to CSV (default: the raw value, so numbers stay numbers). */
  csv?: (value: Row[K], row: Row) => unknown;
}

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
  key: string;
  direction: SortDirection;
}

export const NOT_IN_DATA = 'not in your data';
