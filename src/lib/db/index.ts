import type { Db } from './types';

export type { Db, Row, RunOptions } from './types';
export { QueryCancelled } from './types';

let instance: Promise<Db> | null = null;

/** The browser's one DuckDB, created on first use (the engine is ~7.6 MB gzip: never before paint). */
export function getDb(): Promise<Db> {
  instance ??= import('./browser').then((module) => module.createBrowserDb());
  instance.catch(() => {
    instance = null;
  });
  return instance;
}
