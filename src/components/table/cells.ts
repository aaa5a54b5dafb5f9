import { toCsv } from '../../lib/export/csv';
import { NOT_IN_DATA, type Column } from './types';

function valueOf<Row extends object>(row: Row, column: Column<Row>): unknown {
  return row[column.key];
}

/** The text a cell shows: the column's format, or the value as text; blanks say so. */
export function cellText<Row extends object>(row: Row, column: Column<Row>): string {
  const value = valueOf(row, column);
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) {
    return column.empty ?? NOT_IN_DATA;
  }
  const format = column.format as ((value: unknown, row: Row) => string) | undefined;
  return format ? format(value, row) : String(value);
}

/** The header and rows a CSV download holds: raw values (numbers stay numbers), blanks empty. */
export function tableCsvRows<Row extends object>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
): { header: string[]; body: unknown[][] } {
  const header = columns.map((column) => column.label);
  const body = rows.map((row) =>
    columns.map((column) => {
      const value = valueOf(row, column);
      const csv = column.csv as ((value: unknown, row: Row) => unknown) | undefined;
      return csv ? csv(value, row) : value;
    }),
  );
  return { header, body };
}

/** The CSV text of a table (formula-injection safe, see lib/export/csv). */
export function tableToCsv<Row extends object>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
): string {
  const { header, body } = tableCsvRows(rows, columns);
  return toCsv(header, body);
}

/** `name` → `name.csv` / `name.png`, with characters a file system dislikes replaced. */
export function fileNameWith(name: string, extension: string): string {
  const base = name
    .trim()
    .replace(/\.[a-z0-9]+$/i, (found) => (found.toLowerCase() === `.${extension}` ? '' : found))
    .split('')
    .filter((char) => char.charCodeAt(0) >= 32)
    .join('')
    .replace(/[\\/:*?"<>|\s]+/g, '-');
  return `${base || 'leadgap'}.${extension}`;
}
