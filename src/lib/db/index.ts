import { observed } from './observe';
import type { Db } from './types';

export type { Db, Row, RunOptions } from './types';
export { QueryCancelled } from './types';
export { setStatementObserver, type ObservedStatement, type StatementObserver } from './observe';

let instance: Promise<Db> | null = null;

/**
 * The browser's one DuckDB, created on first use (the engine is ~7.6 MB gzip: never before paint).
 * Its statements can be watched with `setStatementObserver` (the bench does; the page does not).
 */
export function getDb(): Promise<Db> {
  instance ??= import('./browser').then((module) => module.createBrowserDb()).then(observed);
  instance.catch(() => {
    instance = null;
  });
  return instance;
}
