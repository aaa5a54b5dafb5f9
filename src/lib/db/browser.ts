/**
 * DuckDB-wasm in a Web Worker with self-hosted bundles (mvp + eh; not coi, so no COOP/COEP headers).
 * Imported lazily so the 7.6 MB engine arrives after first paint and never during `astro build`.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import { tableToRows, type ArrowTableLike } from './arrow';
import { OPEN_CONFIG, SESSION_SETUP } from './config';
import { embindWithoutEval } from './embind-shim';
import { pollGuard } from './poll-guard';
import { QueryCancelled, type Db, type RunOptions } from './types';

type ProgressListener = (entry: duckdb.ProgressEntry) => void;

// A blob: worker resolves no relative URL: the engine's files are passed with the site's origin.
const absolute = (url: string) => new URL(url, window.location.href).href;

/**
 * The engine's worker, started from a blob: that loads its script. A worker started from its own
 * URL is governed only by the policy its response carries, which a <meta> tag cannot give; a blob:
 * worker inherits the page's Content-Security-Policy, so the engine can reach nothing but this site
 * whichever way the site is hosted.
 */
function inheritingWorker(script: string): Worker {
  const source = `(${embindWithoutEval.toString()})();\nimportScripts(${JSON.stringify(script)});`;
  const bootstrap = new Blob([source], { type: 'text/javascript' });
  // Kept for the page's life: the worker may fetch it after this returns (one per session).
  return new Worker(URL.createObjectURL(bootstrap), { name: 'duckdb' });
}

export async function createBrowserDb(): Promise<Db> {
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: absolute(mvpWasm), mainWorker: absolute(mvpWorker) },
    eh: { mainModule: absolute(ehWasm), mainWorker: absolute(ehWorker) },
  });
  const worker = inheritingWorker(bundle.mainWorker ?? absolute(mvpWorker));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
  await db.open(OPEN_CONFIG);
  const conn = await db.connect();
  for (const sql of SESSION_SETUP) await conn.query(sql);
  // The worker posts PROGRESS_UPDATE messages to this (protected) list; there is no public hook.
  const progressListeners = (db as unknown as { _onExecutionProgress: ProgressListener[] })
    ._onExecutionProgress;

  const guard = pollGuard();
  const query = <R extends object>(sql: string) =>
    guard.after(async () => tableToRows<R>((await conn.query(sql)) as unknown as ArrowTableLike));

  const run = async (sql: string, opts?: RunOptions) => {
    const signal = opts?.signal;
    if (signal?.aborted) throw new QueryCancelled();
    const onProgress = opts?.onProgress;
    const listener: ProgressListener = (entry) => {
      const pct = Number(entry.percentage);
      if (Number.isFinite(pct) && pct >= 0) onProgress?.(Math.min(1, pct / 100));
    };
    const abort = () => void conn.cancelSent();
    if (onProgress) progressListeners.push(listener);
    signal?.addEventListener('abort', abort);
    try {
      // `send` polls the pending query, which is what lets cancelSent() and progress get through.
      const reader = await conn.send(sql);
      for await (const batch of reader) void batch;
    } catch (error) {
      if (signal?.aborted) throw new QueryCancelled();
      throw error;
    } finally {
      signal?.removeEventListener('abort', abort);
      const index = progressListeners.indexOf(listener);
      if (index >= 0) progressListeners.splice(index, 1);
    }
    if (signal?.aborted) throw new QueryCancelled();
  };

  return {
    query,
    exec: (sql) =>
      guard.after(async () => {
        await conn.query(sql);
      }),
    run: (sql, opts) => guard.exclusive(() => run(sql, opts)),
    // Files wait too, so nothing reaches the worker between two slices of a run (a file dropped
    // there would leave the run without its input).
    registerFile: (name, data) =>
      guard.after(async () => {
        if (data instanceof Uint8Array) await db.registerFileBuffer(name, data);
        else await db.registerFileHandle(name, data, duckdb.DuckDBDataProtocol.BROWSER_FILEREADER, true);
      }),
    dropFile: (name) =>
      guard.after(async () => {
        await db.dropFile(name);
      }),
  };
}
