// Native DuckDB (@duckdb/node-api) loading the same files with the same bare read_csv, as the
// reference for "wasm / native". It runs in a child process (a crash or a missing binding cannot take
// the bench down) and is optional: when the package cannot be loaded the bench says why and goes on.
//
//   node scripts/bench/native.mjs <leads.csv> <deals.csv> [--threads N] [--runs N]  → a JSON line on stdout
//
// Where the package comes from: the project's devDependency, else .tmp/native (a copy installed at
// bench time with `npm install --prefix .tmp/native @duckdb/node-api@<version>`).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from './util.mjs';

const NATIVE_DIR = join(REPO_ROOT, '.tmp', 'native');
const SELF = join(REPO_ROOT, 'scripts', 'bench', 'native.mjs');

/** The version the project pins (devDependencies), for the .tmp/native fallback. */
function pinnedVersion() {
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
  return pkg.devDependencies?.['@duckdb/node-api'] ?? 'latest';
}

async function importNodeApi() {
  const failures = [];
  for (const base of [REPO_ROOT, NATIVE_DIR]) {
    try {
      const entry = createRequire(join(base, 'package.json')).resolve('@duckdb/node-api');
      return {
        api: await import(pathToFileURL(entry).href),
        from: base === REPO_ROOT ? 'project' : '.tmp/native',
      };
    } catch (error) {
      failures.push(
        `${base === REPO_ROOT ? 'project' : '.tmp/native'}: ${String(error.message).split('\n')[0]}`,
      );
    }
  }
  throw new Error(failures.join('; '));
}

const sqlString = (value) => `'${value.replaceAll("'", "''")}'`;

/** In this process: load both files into a fresh in-memory database, `runs` times (median kept). */
export async function nativeLoad(files, { threads, runs = 1 } = {}) {
  let loaded;
  try {
    loaded = await importNodeApi();
  } catch (error) {
    throw new Error(`@duckdb/node-api could not be loaded (${error.message})`, { cause: error });
  }
  const { api, from } = loaded;
  const options = threads ? { threads: String(threads) } : {};
  const instance = await api.DuckDBInstance.create(':memory:', options);
  const conn = await instance.connect();
  const one = async (sql) => (await conn.runAndReadAll(sql)).getRowObjects()[0];
  const version = (await one('SELECT version() AS v')).v;
  const usedThreads = Number((await one("SELECT current_setting('threads') AS t")).t);
  const result = { available: true, from, version, threads: usedThreads, runs: [] };
  for (let run = 0; run < runs; run += 1) {
    const times = {};
    for (const [kind, path] of Object.entries(files)) {
      const started = performance.now();
      await conn.run(`CREATE TABLE ${kind} AS SELECT * FROM read_csv(${sqlString(path)})`);
      const ms = performance.now() - started;
      const rows = Number((await one(`SELECT count(*) AS n FROM ${kind}`)).n);
      await conn.run(`DROP TABLE ${kind}`);
      times[kind] = { ms, rows };
    }
    result.runs.push(times);
  }
  for (const kind of Object.keys(files)) {
    const sorted = result.runs.map((r) => r[kind].ms).sort((a, b) => a - b);
    result[kind] = { ms: sorted[Math.floor((sorted.length - 1) / 2)], rows: result.runs[0][kind].rows };
  }
  result.totalMs = Object.keys(files).reduce((s, kind) => s + result[kind].ms, 0);
  conn.closeSync?.();
  instance.closeSync?.();
  return result;
}

function runChild(files, { threads, runs }, timeoutMs) {
  return new Promise((resolveRun) => {
    const args = [SELF, files.leads, files.deals, '--runs', String(runs)];
    if (threads) args.push('--threads', String(threads));
    const child = spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      const line = out.trim().split('\n').at(-1) ?? '';
      try {
        resolveRun(JSON.parse(line));
      } catch {
        const why = signal ? `killed (${signal})` : `exit ${code}`;
        resolveRun({
          available: false,
          reason: `native run failed (${why}): ${(err || out).trim().slice(-300)}`,
        });
      }
    });
  });
}

function npmInstall(log, timeoutMs) {
  const spec = `@duckdb/node-api@${pinnedVersion()}`;
  log(`native DuckDB: installing ${spec} into ${NATIVE_DIR} …`);
  return new Promise((resolveInstall) => {
    const child = spawn(
      'npm',
      ['install', '--prefix', NATIVE_DIR, '--no-audit', '--no-fund', '--no-package-lock', spec],
      { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      resolveInstall(`npm could not start: ${error.message}`);
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolveInstall(code === 0 ? null : `npm install ${spec} failed: ${out.trim().slice(-300)}`);
    });
  });
}

/**
 * Native loads with DuckDB's default threads (all cores) and with 1 thread (like wasm here, which
 * runs single-threaded without cross-origin isolation). Never throws: `{ available: false, reason }`.
 */
export async function runNative(
  files,
  { runs = 1, install = false, log = () => {}, timeoutMs = 600_000 } = {},
) {
  const paths = { leads: files.leads.path, deals: files.deals.path };
  let all = await runChild(paths, { runs }, timeoutMs);
  if (!all.available && install && !existsSync(join(NATIVE_DIR, 'node_modules', '@duckdb', 'node-api'))) {
    const failed = await npmInstall(log, 300_000);
    if (failed) return { available: false, reason: `${all.reason}; ${failed}` };
    all = await runChild(paths, { runs }, timeoutMs);
  }
  if (!all.available) return all;
  const one = all.threads > 1 ? await runChild(paths, { threads: 1, runs }, timeoutMs) : all;
  return {
    ...all,
    oneThread: one.available ? { leads: one.leads, deals: one.deals, totalMs: one.totalMs } : null,
  };
}

function option(argv, name) {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv[at + 1]) : null;
}

async function main() {
  const argv = process.argv.slice(2);
  const [leads, deals] = argv.filter((arg, i) => !arg.startsWith('--') && !argv[i - 1]?.startsWith('--'));
  let result;
  try {
    result = await nativeLoad(
      { leads: resolve(leads), deals: resolve(deals) },
      { threads: option(argv, '--threads'), runs: option(argv, '--runs') ?? 1 },
    );
  } catch (error) {
    result = { available: false, reason: String(error.message) };
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) await main();
