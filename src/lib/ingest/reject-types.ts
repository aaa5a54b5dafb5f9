/**
 * A row whose every value is blank: what Excel writes for a used-then-cleared row when it saves a
 * CSV (",,,,"), and spreadsheets between blocks of data. It is refused like a row the reader cannot
 * split (empty-rows.ts), with this type beside the reader's own.
 */
export const EMPTY_ROW = 'EMPTY ROW';

/** What to do about a refused row: fix it, except an empty row, which holds nothing to load. */
export const skippedOnly = (errorType: string) => errorType === EMPTY_ROW;
