/**
 * Typed cells stay typed: a number formatted as a date becomes an ISO timestamp computed from its
 * serial (1900 or 1904 date system, UTC, no time-zone shift); other numbers are written plainly (no
 * thousands separators, dot decimal); text is quoted per RFC 4180 where it needs to be.
 */
import { filledCount, headerRowIndex, isBlank, type Cell, type Grid } from './workbook-grid';
import type { Reader } from './workbook-read';

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
function serialToIso(serial: number, date1904: boolean, withTime: boolean): string {
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
export function sheetCsv(reader: Reader, grid: Grid, date1904: boolean, onRow?: (row: number) => void) {
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
