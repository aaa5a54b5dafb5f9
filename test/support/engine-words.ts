/**
 * The engine's own wording (DuckDB's error kinds, reader options, rejected-row codes) and leaks of
 * code: none may reach a message a user sees. Shared by plain-words.test.ts and the fuzz invariants.
 */
export const ENGINE_PHRASES = [
  'Invalid Input Error',
  'Conversion Error',
  'Binder Error',
  'Parser Error',
  'Catalog Error',
  'IO Error',
  'Internal Error',
  'Out of Range',
  'state machine',
  'sniff',
  'read_csv',
  'DuckDB',
  'Error:',
  'strict_mode',
  'ignore_errors',
  'store_rejects',
  'null_padding',
  'Possible fixes',
  'Expected Number of Columns',
  'CSV Parser',
  'TOO MANY COLUMNS',
  'MISSING COLUMNS',
  'UNQUOTED VALUE',
  'TypeError',
  'undefined',
] as const;
