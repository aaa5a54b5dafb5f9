/**
 * Rows that hold no lead and no deal, refused like rows the reader cannot split
 * (rows-without-data.ts), with these types beside the reader's own:
 * - a row whose every value is blank: what Excel writes for a used-then-cleared row when it saves a
 *   CSV (",,,,"), and spreadsheets between blocks of data;
 * - the header row again, further down: two exports pasted one under the other;
 * - a title line directly above such a header: monday.com exports each group of a board as its
 *   name on a line of its own, then the header, then the group's items.
 */
export const EMPTY_ROW = 'EMPTY ROW';
export const HEADER_AGAIN = 'HEADER AGAIN';
export const GROUP_TITLE = 'GROUP TITLE';

/** What to do about a refused row: fix it, except these, which hold nothing to load. */
export const skippedOnly = (errorType: string) =>
  errorType === EMPTY_ROW || errorType === HEADER_AGAIN || errorType === GROUP_TITLE;

/** What to do about a skipped row, following "Nothing to fix" (its rows: `one` or more). */
export const unlessData = (errorType: string, one: boolean) =>
  errorType === EMPTY_ROW ? ` unless ${one ? 'it' : 'they'} should hold data` : '';
