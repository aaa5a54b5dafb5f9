/**
 * Keeps the connection's other statements out of a polled one. The browser client sends a `run` as
 * a pending query that the worker executes a slice at a time, returning to the page between slices
 * (so progress and cancel get through). A statement the worker receives in between runs on the
 * same connection, and DuckDB interrupts a connection's active statement for the next one
 * (https://github.com/duckdb/duckdb-node-neo/issues/145): the pending query's next poll fails with
 * an Error that has no message (the worker logs "Exception"), and the upload it was loading fails
 * with it. So while a run is in progress, every other call waits for it to end; when none is,
 * calls go at once.
 */
export interface PollGuard {
  /** `work` once no run is in progress. */
  after<T>(work: () => Promise<T>): Promise<T>;
  /** `work` as a run: it starts after the run before it, and later calls wait for it. */
  exclusive<T>(work: () => Promise<T>): Promise<T>;
}

export function pollGuard(): PollGuard {
  let current: Promise<unknown> = Promise.resolve();
  return {
    after: (work) => current.then(work, work),
    exclusive(work) {
      const mine = current.then(work, work);
      current = mine.catch(() => undefined);
      return mine;
    },
  };
}
