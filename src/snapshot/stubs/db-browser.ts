/** Snapshot viewer stand-in for lib/db/browser.ts: a snapshot has no database (see snapshot.vite.config.ts). */
import type { Db } from '../../lib/db/types';

export function createBrowserDb(): Promise<Db> {
  return Promise.reject(new Error('A snapshot holds aggregated figures only: there is no database in it.'));
}
