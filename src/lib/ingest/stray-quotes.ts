/**
 * A value that opens a quote (") and never closes it makes a CSV reader take everything after it,
 * up to the next quote somewhere further down, as one value: one typo cost a 103-row file its last
 * 100 rows. A careful reader sees that the line ends and the lines below are rows of the header's
 * width again. This scan finds such lines, so that each is refused alone and the rows below load.
 *
 * It works on the UTF-8 bytes DuckDB reads (quote, separators and line breaks are ASCII, never
 * part of a multi-byte character), so everything it does not replace reaches DuckDB unchanged.
 */

const QUOTE = 0x22;
const LF = 0x0a;
const CR = 0x0d;
/** DuckDB's longest row (max_line_size): a quoted value running past it is not closed in time. */
export const MAX_RECORD = 2_097_152;
/** Rows after the suspect line that must be of the header's width (fewer when the file ends). */
const ROWS_AFTER = 3;

export interface StrayQuote {
  /** The line as it is in the file, without its line break. */
  line: Uint8Array;
  /** The column (0-based) whose value opens the quote. */
  column: number;
}

interface Parsed {
  /** Just past the row's line break (or the end of the text). */
  end: number;
  fields: number;
  /** Every quoted value closed, followed by a separator or the end of the row. */
  clean: boolean;
  /** The column whose quoted value runs past the end of its line, or -1. */
  crossing: number;
  lastEmpty: boolean;
}

/** The row starting at `pos`, read as DuckDB reads it; null when the bytes end before it does. */
export function parseRow(bytes: Uint8Array, pos: number, delimiter: number, eof: boolean): Parsed | null {
  let fields = 1;
  let clean = true;
  let crossing = -1;
  let i = pos;
  let newline = bytes.indexOf(LF, pos);
  const limit = pos + MAX_RECORD;
  for (;;) {
    const fieldStart = i;
    if (bytes[i] === QUOTE) {
      const close = closingQuote(bytes, i + 1, limit, eof);
      if (close === null) return null;
      if (crossing < 0 && newline >= 0 && (close < 0 || newline < close)) crossing = fields - 1;
      if (close < 0)
        return { end: Math.min(bytes.length, limit), fields, clean: false, crossing, lastEmpty: false };
      i = close + 1;
      if (newline >= 0 && newline < i) newline = bytes.indexOf(LF, i);
      const next = bytes[i];
      if (next === delimiter) {
        fields++;
        i++;
        continue;
      }
      if (i >= bytes.length) return { end: i, fields, clean, crossing, lastEmpty: false };
      if (next === LF) return { end: i + 1, fields, clean, crossing, lastEmpty: false };
      if (next === CR && bytes[i + 1] === LF)
        return { end: i + 2, fields, clean, crossing, lastEmpty: false };
      clean = false; // text after the closing quote: the reader refuses the row
    }
    // A line longer than the reader takes: passed on as it is (the reader refuses it).
    if (newline < 0 && !eof && bytes.length >= limit) {
      return { end: bytes.length, fields, clean: false, crossing, lastEmpty: false };
    }
    if (newline < 0 && !eof) return null;
    const separator = bytes.indexOf(delimiter, i);
    if (separator >= 0 && (newline < 0 || separator < newline)) {
      fields++;
      i = separator + 1;
      continue;
    }
    const end = newline < 0 ? bytes.length : newline + 1;
    const contentEnd = newline > 0 && bytes[newline - 1] === CR ? newline - 1 : newline < 0 ? end : newline;
    return { end, fields, clean, crossing, lastEmpty: contentEnd === fieldStart };
  }
}

/** The closing quote at or after `from` (doubled quotes are a quote inside the value); -1: none. */
function closingQuote(bytes: Uint8Array, from: number, limit: number, eof: boolean): number | null {
  for (let at = from; ;) {
    const quote = bytes.indexOf(QUOTE, at);
    if (quote < 0 || quote >= limit) return quote < 0 && !eof && bytes.length < limit ? null : -1;
    if (quote + 1 >= bytes.length && !eof) return null;
    if (bytes[quote + 1] !== QUOTE) return quote;
    at = quote + 2;
  }
}

const fits = (row: Parsed, width: number) =>
  row.clean && (row.fields === width || (row.fields === width + 1 && row.lastEmpty));

const isBlank = (bytes: Uint8Array, pos: number) =>
  bytes[pos] === LF || (bytes[pos] === CR && bytes[pos + 1] === LF);

/** The rows below `pos` (up to three, blank lines skipped) are all of the header's width. */
function rowsBelowFit(bytes: Uint8Array, pos: number, delimiter: number, width: number, eof: boolean) {
  let seen = 0;
  for (let at = pos; seen < ROWS_AFTER && at < bytes.length;) {
    if (isBlank(bytes, at)) {
      at = bytes.indexOf(LF, at) + 1;
      continue;
    }
    const row = parseRow(bytes, at, delimiter, eof);
    if (row === null || !fits(row, width)) return false;
    seen++;
    at = row.end;
  }
  return seen > 0;
}

export interface ScanState {
  delimiter: number;
  width: number;
  /** Physical lines still to pass before the header (title lines), then the header itself. */
  linesBefore: number;
  headerDone: boolean;
}

/**
 * Scans whole rows of `bytes` from `pos`; calls `keep(from, to)` for bytes to pass on and
 * `stray(lineStart, lineEnd, column)` for a line to refuse alone. Returns where it stopped: the
 * start of a row it cannot judge yet (the bytes end within `lookahead` of it, unless `eof`).
 */
export function scanRows(
  bytes: Uint8Array,
  state: ScanState,
  eof: boolean,
  lookahead: number,
  keep: (from: number, to: number) => void,
  stray: (from: number, to: number, column: number) => void,
): number {
  let pos = 0;
  let nextQuote = -1;
  while (pos < bytes.length && (eof || bytes.length - pos > lookahead)) {
    if (state.linesBefore > 0) {
      const newline = bytes.indexOf(LF, pos);
      const end = newline < 0 ? bytes.length : newline + 1;
      keep(pos, end);
      pos = end;
      state.linesBefore--;
      continue;
    }
    if (state.headerDone) {
      // Lines without a quote are rows as they are: passed on up to the line of the next quote.
      if (nextQuote < pos) nextQuote = bytes.indexOf(QUOTE, pos);
      const until =
        nextQuote < 0
          ? eof
            ? bytes.length
            : bytes.lastIndexOf(LF) + 1
          : bytes.lastIndexOf(LF, nextQuote) + 1;
      const to = eof ? until : Math.min(until, Math.max(pos, bytes.length - lookahead));
      const rowStart = to > pos ? bytes.lastIndexOf(LF, to - 1) + 1 : pos;
      if (rowStart > pos) {
        keep(pos, rowStart);
        pos = rowStart;
        continue;
      }
      if (nextQuote < 0 || isBlank(bytes, pos)) {
        const newline = bytes.indexOf(LF, pos);
        if (newline < 0 && !eof) return pos;
        const end = newline < 0 ? bytes.length : newline + 1;
        keep(pos, end);
        pos = end;
        continue;
      }
    }
    const row = parseRow(bytes, pos, state.delimiter, eof);
    if (row === null) return pos;
    const newline = bytes.indexOf(LF, pos);
    const suspect =
      state.headerDone &&
      row.crossing >= 0 &&
      !fits(row, state.width) &&
      newline >= 0 &&
      rowsBelowFit(bytes, newline + 1, state.delimiter, state.width, eof);
    state.headerDone = true;
    if (suspect) {
      stray(pos, newline > pos && bytes[newline - 1] === CR ? newline - 1 : newline, row.crossing);
      pos = newline + 1;
    } else {
      keep(pos, row.end);
      pos = row.end;
    }
  }
  return pos;
}
