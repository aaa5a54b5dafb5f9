// The site under test: built into .tmp/bench-dist (never dist/, which the browser tests serve), served
// on 127.0.0.1 by scripts/serve.mjs, and the transferred size of what the page requests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from '../serve.mjs';
import { REPO_ROOT } from './util.mjs';

export const BENCH_DIST = join(REPO_ROOT, '.tmp', 'bench-dist');

/** `astro build --outDir .tmp/bench-dist` with the Node running the bench. */
export async function buildSite({ log }) {
  const astro = join(REPO_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const started = performance.now();
  log(`building the site into ${BENCH_DIST} …`);
  await new Promise((resolveBuild, reject) => {
    const child = spawn(process.execPath, [astro, 'build', '--outDir', BENCH_DIST], {
      cwd: REPO_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolveBuild();
      else reject(new Error(`astro build failed (exit ${code}):\n${output.slice(-4000)}`));
    });
  });
  return { dir: BENCH_DIST, ms: performance.now() - started };
}

export async function serveSite(dir) {
  const root = isAbsolute(dir) ? dir : resolve(REPO_ROOT, dir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no site at ${root} (index.html missing)`);
  return startServer({ root, port: 0 });
}

/** The duckdb-wasm engine: its wasm and worker files, and JS chunks that are mostly DuckDB. */
function isEngineFile(name, bytes) {
  if (/duckdb/i.test(name)) return true;
  if (!name.endsWith('.js')) return false;
  const text = bytes.toString('latin1');
  return (text.match(/duckdb/gi) ?? []).length >= 20;
}

/**
 * Records what the page requests from the served site, per phase ('page', 'engine', 'later'), and
 * sizes each file as served (raw) and gzip-compressed (zlib level 6, what most servers use).
 */
export function trackTransfers(page, { baseUrl, siteDir }) {
  const origin = new URL(baseUrl).origin;
  const seen = new Map();
  let phase = 'page';
  page.on('requestfinished', (request) => {
    const url = new URL(request.url());
    if (url.origin !== origin || seen.has(url.pathname)) return;
    const path = url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname;
    const file = join(siteDir, decodeURIComponent(path));
    if (!existsSync(file)) return;
    const bytes = readFileSync(file);
    seen.set(url.pathname, {
      path: url.pathname,
      phase,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 6 }).length,
      engine: isEngineFile(url.pathname, bytes),
    });
  });
  const sum = (files) => ({
    raw: files.reduce((s, f) => s + f.raw, 0),
    gzip: files.reduce((s, f) => s + f.gzip, 0),
    files: files.map((f) => ({ path: f.path, raw: f.raw, gzip: f.gzip })),
  });
  return {
    setPhase(next) {
      phase = next;
    },
    summary() {
      const all = [...seen.values()];
      const engine = all.filter((f) => f.engine || f.phase === 'engine');
      return {
        pageBeforeDuckdb: sum(all.filter((f) => f.phase === 'page' && !engine.includes(f))),
        duckdbBundle: sum(engine),
        later: sum(all.filter((f) => f.phase === 'later' && !engine.includes(f))),
      };
    },
  };
}
