/**
 * The one interface the rest of the app sees of DuckDB. Browser (worker) and Node (blocking build)
 * implement it with the same engine, so SQL tested in Node is the SQL the browser runs.
 */
export type Row = Record<string, unknown>;

export interface Db {
  /** Runs one statement and returns its rows (read column-wise; for small results). */
  query<R extends object = Row>(sql: string): Promise<R[]>;
  /** Runs one statement, ignoring its result. */
  exec(sql: string): Promise<void>;
  /** Runs one long statement that can be cancelled; reports the engine's progress (0..1). */
  run(sql: string, opts?: RunOptions): Promise<void>;
  /** Makes bytes readable by `read_csv('<name>')`. A Blob is read lazily where the runtime allows. */
  registerFile(name: string, data: Blob | Uint8Array): Promise<void>;
  dropFile(name: string): Promise<void>;
}

export interface RunOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((fraction: number) => void) | undefined;
}

export class QueryCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'QueryCancelled';
  }
}
