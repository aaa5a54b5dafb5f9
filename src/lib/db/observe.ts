/**
 * A way to watch the statements the app runs, without touching the client: `getDb()` hands out the
 * engine wrapped by `observed()`, and whoever needs to see each statement (the `?bench=1` hook of
 * `npm run bench`, scripts/bench/hook/) calls `setStatementObserver(fn)`. With no observer set, which
 * is every normal page, a statement costs one null check more than the bare client.
 */
import type { Db, Row, RunOptions } from './types';

/** One statement run through `query`, `exec` or `run` (failed or cancelled ones too): SQL as given, time in ms. */
export interface ObservedStatement {
  sql: string;
  ms: number;
  /** Who ran it (the call's stack, async frames included): which part of the page asked. */
  caller?: string | undefined;
}

export type StatementObserver = (statement: ObservedStatement) => void;

let observer: StatementObserver | null = null;
let onStart: (() => void) | null = null;

/**
 * Sees every later statement of `getDb()`'s client once it ends, and `starting` as each is asked
 * (statements waiting for the engine included); `null` stops observing. One observer at a time.
 */
export function setStatementObserver(next: StatementObserver | null, starting?: () => void): void {
  observer = next;
  onStart = next === null ? null : (starting ?? null);
}

async function timed<T>(observe: StatementObserver, sql: string, start: () => Promise<T>): Promise<T> {
  onStart?.();
  const started = performance.now();
  const caller = new Error().stack;
  try {
    return await start();
  } finally {
    observe({ sql, ms: performance.now() - started, caller });
  }
}

/** `db` with its statements reported to the current observer, if any (files pass straight through). */
export function observed(db: Db): Db {
  return {
    query<R extends object = Row>(sql: string): Promise<R[]> {
      const observe = observer;
      return observe === null ? db.query<R>(sql) : timed(observe, sql, () => db.query<R>(sql));
    },
    exec(sql: string): Promise<void> {
      const observe = observer;
      return observe === null ? db.exec(sql) : timed(observe, sql, () => db.exec(sql));
    },
    run(sql: string, opts?: RunOptions): Promise<void> {
      const observe = observer;
      return observe === null ? db.run(sql, opts) : timed(observe, sql, () => db.run(sql, opts));
    },
    registerFile: (name, data) => db.registerFile(name, data),
    dropFile: (name) => db.dropFile(name),
  };
}
