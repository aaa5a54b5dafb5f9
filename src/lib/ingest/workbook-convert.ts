/**
 * A workbook's chosen sheet as CSV text, for the same pipeline as a CSV export. Pure: the reader
 * (@e965/xlsx) is handed in, so this runs in the workbook worker in the browser and inline in Node,
 * and the reader is only loaded when a workbook is dropped.
 *
 * Typed cells stay typed: a number formatted as a date becomes an ISO timestamp computed from its
 * serial (1900 or 1904 date system, UTC, no time-zone shift); other numbers are written plainly (no
 * thousands separators, dot decimal); text is quoted per RFC 4180 where it needs to be.
 */
import type * as Xlsx from '@e965/xlsx';
import { autoMap } from './automap';
import type { TableKind } from './fields';
import { sheetSignature } from './workbook-signature';

type Reader = Pick<typeof Xlsx, 'read' | 'SSF'>;

export interface SheetSummary {
  name: string;
  /** Non-empty rows (title lines and header included). */
  rows: number;
  /** Fields of the kind its header row maps to (`autoMap`). */
  fields: number;
}

export interface ConvertedSheet {
  /** The sheet read. */
  sheet: string;
  /** Every sheet of the workbook, in its order. */
  sheets: SheetSummary[];
  /** The sheet's CSV text (UTF-8 once in a Blob), in pieces of about a megabyte. */
  chunks: string[];
  /** Lines written (every row of the sheet's used range). */
  lines: number;
}

/** Why a workbook could not be read: the messages live with the caller (workbook.ts). */
export type WorkbookProblem = 'password' | 'corrupt' | 'empty' | 'too-large';

export class WorkbookReadError extends Error {
  constructor(
    readonly reason: WorkbookProblem,
    detail = '',
  ) {
    super(detail || reason);
    this.name = 'WorkbookReadError';
  }
}

export interface ConvertOptions {
  kind: TableKind;
  /** A sheet asked for by name (the user picked it); absent or not found: chosen as below. */
  sheet?: string | undefined;
  /** Sheets chosen before for workbooks with the same sheets (`sheetSignature` → name). */
  remembered?: Readonly<Record<string, string>> | undefined;
}

const KIND_NAMES: Record<TableKind, RegExp> = {
  leads: /lead|prospect|contact|inquir|enquir|mql/i,
  deals: /deal|opportunit|oppty|won|closed|sales/i,
};

/** An encrypted OOXML workbook is an OLE container holding an "EncryptedPackage" stream. */
const ENCRYPTED_PACKAGE = Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]);
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isEncryptedContainer(bytes: Uint8Array): boolean {
  if (!OLE.every((byte, i) => bytes[i] === byte)) return false;
  const first = ENCRYPTED_PACKAGE[0];
  outer: for (let i = 0; i + ENCRYPTED_PACKAGE.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < ENCRYPTED_PACKAGE.length; j++) {
      if (bytes[i + j] !== ENCRYPTED_PACKAGE[j]) continue outer;
    }
    return true;
  }
  return false;
}

function readWorkbook(reader: Reader, bytes: Uint8Array): Xlsx.WorkBook {
  if (isEncryptedContainer(bytes)) throw new WorkbookReadError('password');
  try {
    return reader.read(bytes, {
      type: 'array',
      dense: true,
      // The number format tells a date from a number; formatted text, HTML and formulas are not needed.
      cellNF: true,
      cellText: false,
      cellHTML: false,
      cellFormula: false,
      cellStyles: false,
      cellDates: false,
      bookVBA: false,
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A sheet whose XML passes the longest string a JavaScript engine holds (~512 MB), or memory.
    if (error instanceof RangeError || /string length|allocation failed|out of memory/i.test(detail)) {
      throw new WorkbookReadError('too-large', detail);
    }
    throw new WorkbookReadError(/password|encrypt/i.test(detail) ? 'password' : 'corrupt', detail);
  }
}

type Cell = Xlsx.CellObject;

interface Grid {
  rows: (Cell[] | undefined)[];
  firstRow: number;
  lastRow: number;
  firstCol: number;
  lastCol: number;
}

function gridOf(sheet: Xlsx.WorkSheet | undefined): Grid | null {
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

const isBlank = (cell: Cell | undefined) =>
  cell === undefined ||
  cell.t === 'z' ||
  cell.t === 'e' ||
  cell.v === undefined ||
  cell.v === null ||
  (cell.t === 's' && String(cell.v).trim() === '');

function filledCount(row: Cell[] | undefined, grid: Grid): number {
  if (!row) return 0;
  let n = 0;
  for (let c = grid.firstCol; c <= grid.lastCol; c++) if (!isBlank(row[c])) n++;
  return n;
}

/** Rows looked at to find a sheet's header (title lines may come first). */
const HEADER_SEARCH_ROWS = 30;

/** The first row with two or more values: a title line above it has one. */
function headerRowIndex(grid: Grid): number | null {
  const last = Math.min(grid.lastRow, grid.firstRow + HEADER_SEARCH_ROWS);
  for (let r = grid.firstRow; r <= last; r++) if (filledCount(grid.rows[r], grid) >= 2) return r;
  return null;
}

function summarise(wb: Xlsx.WorkBook, name: string, kind: TableKind): SheetSummary {
  const grid = gridOf(wb.Sheets[name]);
  if (!grid) return { name, rows: 0, fields: 0 };
  let rows = 0;
  for (let r = grid.firstRow; r <= grid.lastRow; r++) if (filledCount(grid.rows[r], grid) > 0) rows++;
  const header = headerRowIndex(grid);
  const headerRow = header === null ? undefined : grid.rows[header];
  const headers: string[] = [];
  for (let c = grid.firstCol; c <= grid.lastCol; c++) {
    const cell = headerRow?.[c];
    headers.push(cell && !isBlank(cell) ? String(cell.v) : '');
  }
  return { name, rows, fields: Object.keys(autoMap(kind, headers)).length };
}

/**
 * The sheet asked for, else the one chosen before for these sheets, else the sheet that looks most
 * like the kind: most fields mapped by its header, a name like "Leads" or "Opportunities" counting
 * as two more; the first of equals. A sheet with no rows is never chosen.
 */
export function chooseSheet(sheets: readonly SheetSummary[], opts: ConvertOptions): string | null {
  const filled = sheets.filter((sheet) => sheet.rows > 0);
  const named = (name: string | undefined) => filled.find((sheet) => sheet.name === name)?.name;
  const asked = named(opts.sheet);
  if (asked) return asked;
  const remembered = named(
    opts.remembered?.[
      sheetSignature(
        opts.kind,
        sheets.map((sheet) => sheet.name),
      )
    ],
  );
  if (remembered) return remembered;
  let best: { name: string; score: number } | null = null;
  for (const sheet of filled) {
    const score = sheet.fields + (KIND_NAMES[opts.kind].test(sheet.name) ? 2 : 0);
    if (!best || score > best.score) best = { name: sheet.name, score };
  }
  return best?.name ?? null;
}

const SECONDS_PER_DAY = 86_400;
/** Serial of 1970-01-01 in the 1900 date system (Excel counts the fictitious 1900-02-29). */
const UNIX_EPOCH_1900 = 25_569;
/** The 1904 date system counts from 1904-01-01: serial 0 there is serial 1462 in the 1900 system. */
const OFFSET_1904 = 1_462;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * An Excel serial as "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS" (UTC, to the nearest second).
 * `withTime`: the cell's format shows a time, so midnight is written too.
 */
export function serialToIso(serial: number, date1904: boolean, withTime: boolean): string {
  let days = serial + (date1904 ? OFFSET_1904 : 0);
  // 1900 system: serials before 1900-03-01 sit before Excel's fictitious leap day.
  if (!date1904 && days < 61) days += 1;
  const seconds = Math.round((days - UNIX_EPOCH_1900) * SECONDS_PER_DAY);
  const date = new Date(seconds * 1000);
  const day = `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const secondsOfDay = ((seconds % SECONDS_PER_DAY) + SECONDS_PER_DAY) % SECONDS_PER_DAY;
  if (!withTime && secondsOfDay === 0) return day;
  return `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/** A date format that shows a time of day (hours or seconds outside quoted text and brackets). */
function formatHasTime(format: string): boolean {
  return /[hs]/i.test(format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** A number as a CSV reader reads it back: 15 significant digits (Excel's), no exponent for usual values. */
function plainNumber(value: number): string {
  if (!Number.isFinite(value)) return '';
  const rounded = Number(value.toPrecision(15));
  return String(rounded);
}

const NEEDS_QUOTES = /[",\r\n]/;
const quote = (text: string) => (NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

function cellText(
  reader: Reader,
  cell: Cell | undefined,
  date1904: boolean,
  dateFormats: Map<string, boolean>,
) {
  if (isBlank(cell) || !cell) return '';
  switch (cell.t) {
    case 'n': {
      const value = Number(cell.v);
      const format = typeof cell.z === 'string' ? cell.z : undefined;
      if (format !== undefined) {
        let isDate = dateFormats.get(format);
        if (isDate === undefined) {
          isDate = reader.SSF.is_date(format) === true;
          dateFormats.set(format, isDate);
        }
        if (isDate && value >= 0 && value < 2_958_466) {
          return serialToIso(value, date1904, formatHasTime(format));
        }
      }
      return plainNumber(value);
    }
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'd': {
      const date = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      if (Number.isNaN(date.getTime())) return '';
      return date
        .toISOString()
        .slice(0, 19)
        .replace('T', ' ')
        .replace(/ 00:00:00$/, '');
    }
    default:
      return quote(String(cell.v));
  }
}

const CHUNK_CHARS = 1 << 20;

/**
 * Every row of the sheet's used range, one CSV line each, so line numbers stay the sheet's row
 * numbers (counted from its first used row). Title lines above the header and a block of single
 * values at the end (a report footer) are written as their values alone, as a CRM's CSV export
 * writes them; every other row has the full width, empty cells included.
 */
function sheetCsv(reader: Reader, grid: Grid, date1904: boolean, onRow?: (row: number) => void) {
  const chunks: string[] = [];
  let chunk = '';
  const header = headerRowIndex(grid) ?? grid.firstRow;
  let lastWide = grid.lastRow;
  while (lastWide > header && filledCount(grid.rows[lastWide], grid) < 2) lastWide--;
  const dateFormats = new Map<string, boolean>();
  let lines = 0;
  for (let r = grid.firstRow; r <= grid.lastRow; r++) {
    const row = grid.rows[r];
    const outside = r < header || r > lastWide;
    const values: string[] = [];
    for (let c = grid.firstCol; c <= grid.lastCol; c++) {
      values.push(cellText(reader, row?.[c], date1904, dateFormats));
    }
    // Title and footer lines keep their values alone; an empty row stays an empty line.
    if (outside || values.every((value) => value === '')) {
      while (values.length > 0 && values[values.length - 1] === '') values.pop();
    }
    chunk += `${values.join(',')}\n`;
    lines++;
    if (chunk.length >= CHUNK_CHARS) {
      chunks.push(chunk);
      chunk = '';
      onRow?.(r - grid.firstRow + 1);
    }
  }
  if (chunk) chunks.push(chunk);
  return { chunks, lines };
}

/** Reads a workbook and writes its chosen sheet as CSV text. Throws WorkbookReadError. */
export function convertWorkbook(
  reader: Reader,
  bytes: Uint8Array,
  opts: ConvertOptions,
  onProgress?: (fraction: number) => void,
): ConvertedSheet {
  const wb = readWorkbook(reader, bytes);
  const names = wb.SheetNames;
  if (names.length === 0) throw new WorkbookReadError('corrupt', 'no sheets');
  const sheets = names.map((name) => summarise(wb, name, opts.kind));
  const sheet = chooseSheet(sheets, opts);
  if (sheet === null) throw new WorkbookReadError('empty');
  const grid = gridOf(wb.Sheets[sheet]);
  if (!grid) throw new WorkbookReadError('empty');
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const total = grid.lastRow - grid.firstRow + 1;
  const { chunks, lines } = sheetCsv(reader, grid, date1904, (row) => onProgress?.(row / total));
  return { sheet, sheets, chunks, lines };
}
