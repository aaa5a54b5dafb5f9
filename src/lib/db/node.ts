/**
 * DuckDB-wasm's blocking Node build, for tests and scripts: the same engine and SQL as the browser.
 * In 1.32 the package map names a `duckdb-node-blocking.mjs` that does not exist; the `.cjs` works.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { tableToRows, type ArrowTableLike } from './arrow';
import { OPEN_CONFIG, SESSION_SETUP } from './config';
import type { Db } from './types';

interface BlockingConnection {
  query(sql: string): ArrowTableLike;
}
interface BlockingDb {
  instantiate(): Promise<unknown>;
  open(config: object): void;
  connect(): BlockingConnection;
  registerFileBuffer(name: string, buffer: Uint8Array): void;
  dropFile(name: string): void;
}
interface BlockingModule {
  createDuckDB(bundles: object, logger: object, runtime: object): Promise<BlockingDb>;
  VoidLogger: new () => object;
  NODE_RUNTIME: object;
}

export async function createNodeDb(): Promise<Db> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(entry) as BlockingModule;
  const dist = dirname(entry);
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open(OPEN_CONFIG);
  const conn = db.connect();
  for (const sql of SESSION_SETUP) conn.query(sql);

  return {
    query: <R extends object>(sql: string) => Promise.resolve(tableToRows<R>(conn.query(sql))),
    exec: (sql) => {
      conn.query(sql);
      return Promise.resolve();
    },
    run: (sql, opts) => {
      opts?.onProgress?.(0);
      conn.query(sql);
      opts?.onProgress?.(1);
      return Promise.resolve();
    },
    registerFile: async (name, data) => {
      const bytes = data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
      db.registerFileBuffer(name, bytes);
    },
    dropFile: (name) => {
      db.dropFile(name);
      return Promise.resolve();
    },
  };
}
