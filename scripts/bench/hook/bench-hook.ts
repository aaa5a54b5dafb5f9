/**
 * The benchmark's window into the page's DuckDB (issue #6, `npm run bench`, scripts/bench/).
 *
 * Bench-only code: src/pages/index.astro imports this module with a dynamic `import()` only when the
 * page URL has `?bench=1`, so its chunk is never fetched by a normal page (test/browser/
 * no-bench-code.test.ts). It gives the harness the baseline the app is compared with: a bare
 * `read_csv` with DuckDB's default sniffing (no mapping, no typing, no matching) of the same file, on
 * the SAME engine the app uses (`getDb()`), so "app / bare wasm" measures only what the app adds; and
 * the app's statements with their times, through lib/db's `setStatementObserver` (the client itself
 * is left as it is).
 *
 * Files reach it through a hidden `<input type="file" id="leadgap-bench-input">` that Playwright fills
 * with `setInputFiles`; they are registered as lazily read File handles, like the app's uploads.
 */
import { getDb, setStatementObserver, type ObservedStatement } from '../../../src/lib/db';

export const BENCH_INPUT_ID = 'leadgap-bench-input';

export interface BenchHook {
  /** Starts the engine (or waits for the running one): the time to a usable DuckDB in this page. */
  warmUp(): Promise<{ ms: number }>;
  /** `CREATE TABLE … AS SELECT * FROM read_csv('<file>')` with default sniffing; `ms` covers the load only. */
  readCsvAuto(file: File): Promise<{ ms: number; rows: number }>;
  /** What DuckDB says it holds in memory (`duckdb_memory()`), in bytes. */
  engineMemory(): Promise<number>;
  /** Every statement the app ran since the last call, with its time (the bench's breakdown). */
  takeQueries(): { sql: string; ms: number; at: number; caller?: string | undefined }[];
  /** How many of the app's statements are asked and not yet done (queued for the engine included). */
  running(): number;
  /**
   * Times statements over `file` registered as 'bench.csv' (variant studies, not the bench table);
   * `run`: as the app reads a file (a pending query, polled, with progress), `exec` (default): at once.
   */
  timeStatements(file: File, statements: string[], via?: 'exec' | 'run'): Promise<number[]>;
}

declare global {
  interface Window {
    __leadgapBench?: BenchHook;
  }
}

let counter = 0;

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;

let log: { sql: string; ms: number; at: number; caller?: string | undefined }[] = [];

async function warmUp(): Promise<{ ms: number }> {
  const started = performance.now();
  await getDb();
  return { ms: performance.now() - started };
}

let running = 0;

/** Logs how long each of the app's statements takes (read by `takeQueries`). */
function logStatement({ sql, ms, caller }: ObservedStatement): void {
  running = Math.max(0, running - 1);
  // `at`: when it started (page clock), so a load's statements can be laid out on a timeline.
  log.push({ sql: sql.replace(/\s+/g, ' ').slice(0, 240), ms, at: performance.now() - ms, caller });
}

async function timeStatements(
  file: File,
  statements: string[],
  via: 'exec' | 'run' = 'exec',
): Promise<number[]> {
  const db = await getDb();
  await db.registerFile('bench.csv', file);
  const times: number[] = [];
  try {
    for (const sql of statements) {
      const started = performance.now();
      await (via === 'run' ? db.run(sql, { onProgress: () => undefined }) : db.exec(sql));
      times.push(performance.now() - started);
    }
  } finally {
    await db.dropFile('bench.csv');
  }
  return times;
}

function takeQueries() {
  const taken = log;
  log = [];
  return taken;
}

async function readCsvAuto(file: File): Promise<{ ms: number; rows: number }> {
  const db = await getDb();
  counter += 1;
  const name = `bench-${counter}-${file.name}`;
  const table = `bench_${counter}`;
  let registered = false;
  let created = false;
  try {
    const started = performance.now();
    await db.registerFile(name, file);
    registered = true;
    await db.exec(`CREATE TABLE ${table} AS SELECT * FROM read_csv(${sqlString(name)})`);
    created = true;
    const ms = performance.now() - started;
    const [row] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`);
    return { ms, rows: Number(row?.n ?? 0) };
  } finally {
    if (created) await db.exec(`DROP TABLE ${table}`);
    if (registered) await db.dropFile(name);
  }
}

async function engineMemory(): Promise<number> {
  const db = await getDb();
  const [row] = await db.query<{ bytes: number | null }>(
    'SELECT sum(memory_usage_bytes)::DOUBLE AS bytes FROM duckdb_memory()',
  );
  return Number(row?.bytes ?? 0);
}

/** Called once by the page when its URL has `?bench=1` (the page checks; this module is bench-only). */
export function installBenchHook(): void {
  if (window.__leadgapBench) return;
  setStatementObserver(logStatement, () => {
    running += 1;
  });
  const input = document.createElement('input');
  input.type = 'file';
  input.id = BENCH_INPUT_ID;
  input.multiple = true;
  input.hidden = true;
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  window.__leadgapBench = {
    warmUp,
    readCsvAuto,
    engineMemory,
    takeQueries,
    running: () => running,
    timeStatements,
  };
  if (document.body) document.body.append(input);
  else document.addEventListener('DOMContentLoaded', () => document.body.append(input), { once: true });
}
