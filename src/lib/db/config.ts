/** Open options both runtimes share: without them counts arrive as BigInt and DECIMAL(18,2) 1.5 as 150. */
export const OPEN_CONFIG = {
  query: {
    castBigIntToDouble: true,
    castDecimalToDouble: true,
    castTimestampToDate: true,
    // A pending query returns to JS this often (ms), so progress and cancel get through.
    queryPollingInterval: 100,
  },
} as const;

/**
 * Statements run right after open. Autoloading extensions reaches the network (encodings, ICU):
 * the product must never make a request, so it is switched off (STACK.md).
 */
export const SESSION_SETUP = [
  'SET GLOBAL autoload_known_extensions = false',
  'SET GLOBAL autoinstall_known_extensions = false',
  // The worker's progress "display" posts PROGRESS_UPDATE messages (duckdb-wasm#1941): printing on.
  'SET enable_progress_bar = true',
  'SET enable_progress_bar_print = true',
  // Progress is reported after this long (DuckDB's default, 2 s, hid most of a 1M-row load).
  'SET progress_bar_time = 200',
];
