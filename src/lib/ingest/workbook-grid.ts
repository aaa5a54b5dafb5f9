import type * as Xlsx from '@e965/xlsx';

export type Cell = Xlsx.CellObject;

export interface Grid {
  rows: (Cell[] | undefined)[];
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

export function gridOf(sheet: Xlsx.WorkSheet | undefined): Grid | null {
  const ref = sheet?.['!ref'];
  const rows = (sheet as { '!data'?: (Cell[] | undefined)[] } | undefined)?.['!data'];
  if (!ref || !rows) return null;
  const [start = 'A1', end = start] = ref.split(':');
  const s = decodeCell(start);
  const e = decodeCell(end);
  return { rows, firstRow: s.r, lastRow: Math.min(e.r, rows.length - 1), firstCol: s.c, lastCol: e.c };
}

/** "B12" → { r: 11, c: 1 } (zero-based). */
function decodeCell(address: string): { r: number; c: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address);
  if (!match) return { r: 0, c: 0 };
  let c = 0;
  for (const letter of (match[1] ?? 'A').toUpperCase()) c = c * 26 + letter.charCodeAt(0) - 64;
  return { r: Number(match[2]) - 1, c: c - 1 };
}

export const isBlank = (cell: Cell | undefined) =>
  cell === undefined ||
  cell.t === 'z' ||
  cell.t === 'e' ||
  cell.v === undefined ||
  cell.v === null ||
  (cell.t === 's' && String(cell.v).trim() === '');

export function filledCount(row: Cell[] | undefined, grid: Grid): number {
  if (!row) return 0;
  let n = 0;
  for (let c = grid.firstCol; c <= grid.lastCol; c++) if (!isBlank(row[c])) n++;
  return n;
}

/** Rows looked at to find a sheet's header (title lines may come first). */
const HEADER_SEARCH_ROWS = 30;

/**
 * The first row with two or more values (a title line above it has one), unless a far wider row
 * follows it: then that row, below a title of two values ("Report:" | "Leads Q1") or a row grouping
 * the columns ("Lead" over three, "Qualification" over two), as header-find.ts reads a CSV.
 */
export function headerRowIndex(grid: Grid): number | null {
  const last = Math.min(grid.lastRow, grid.firstRow + HEADER_SEARCH_ROWS);
  let first: number | null = null;
  let wider = 2;
  for (let r = grid.firstRow; r <= last; r++) {
    const filled = filledCount(grid.rows[r], grid);
    if (first === null && filled >= 2) {
      first = r;
      wider = Math.max(2 * filled, filled + 2);
    } else if (first !== null && filled >= wider && textCount(grid.rows[r], grid) >= 0.8 * filled) return r;
  }
  return first;
}

/** Cells holding text (column names are text; a data row holds numbers and dates too). */
function textCount(row: Cell[] | undefined, grid: Grid): number {
  let n = 0;
  for (let c = grid.firstCol; c <= grid.lastCol; c++) if (row?.[c]?.t === 's' && !isBlank(row[c])) n++;
  return n;
}
