#!/usr/bin/env node
// LeadGap benchmark (issue #6): the app through its real UI in headless Chromium, against a bare
// DuckDB-wasm read_csv in the same page and a native DuckDB load of the same files.
//
//   npm run bench                      100k, 1M and 3M leads (deals ≈ 10 %)
//   npm run bench -- --quick           100k only; exits 1 if a ratio to its in-run baseline passes
//                                      its bound (report.mjs QUICK_BOUNDS) — never on absolute times;
//                                      the load is checked as the median CPU ratio of 3 load/bare
//                                      pairs (scripts/bench/paired.mjs)
//   options: --sizes 100k,1m (or none)  --changes 20  --site DIR (serve a built site, skip the build)
//            --out FILE (default bench-results.json)  --fresh-data  --no-native
//            --first-load N  runs of "what a user feels" (first-load.mjs: click on Try sample data in a
//                            fresh browser → Overview drawn, then a reload); default 3, 0 with --quick
//            --first-load-delay MS  wait this long on the page before the click (default 0: at once)
//
// Steps per size: generate (cached in .tmp/bench-data) → new Chromium → page ?bench=1 → DuckDB
// started (timed) → files selected → ready → each dashboard view → filter changes → calculator →
// memory → Clear data → bare read_csv of the same files → browser closed → one bare read in a
// fresh browser's page (as cold as the app's load; not with --quick) → native DuckDB.
import { statfsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { barePageReads, freshPageBareRead } from './bare-reads.mjs';
import { engineMemory, hookInstalled, warmUp } from './baseline.mjs';
import { openBrowser, rendererMemory, startHeapSampler } from './browser.mjs';
import { benchData, sizeLabel } from './data.mjs';
import { runNative } from './native.mjs';
import { measureFirstLoad } from './first-load.mjs';
import { machine, parseArgs } from './options.mjs';
import { quickChecks, table, writeResults } from './report.mjs';
import { buildSite, serveSite, trackTransfers } from './site.mjs';
import { engineQuiet, measureFilters } from './filters.mjs';
import { measureCalculator, measureLoad, measureViews, openPage } from './ui.mjs';
import { formatMs, log, REPO_ROOT } from './util.mjs';

const HOOK_MISSING =
  'window.__leadgapBench is missing: with ?bench=1 the page did not load scripts/bench/hook/bench-hook.ts';

async function step(errors, what, fn) {
  try {
    return await fn();
  } catch (error) {
    errors.push(`${what}: ${error.message.split('\n')[0]}`);
    log(`  ${what} FAILED: ${error.message.split('\n')[0]}`);
    return null;
  }
}

async function measureSize(leads, { opts, server, siteDir, results }) {
  const label = sizeLabel(leads);
  const say = (message) => log(`[${label}] ${message}`);
  const data = await benchData(leads, { fresh: opts.fresh, log: say });
  if (data.generatedMs !== null) say(`generated in ${formatMs(data.generatedMs)}`);
  const size = {
    label,
    rows: { leads: data.leads.rows, deals: data.deals.rows },
    bytes: { leads: data.leads.bytes, deals: data.deals.bytes },
    app: {},
    errors: [],
    warnings: [],
    // Other work on the machine shows up in every time: the 1-minute load average before and after.
    loadAverage: { before: loadavg()[0] },
  };
  const timeoutMs = 120_000 + (240_000 * leads) / 1e6;
  // Baselines are short and the quick checks divide by them: the median of 5 runs at 100k, 3 up to
  // 1M, 1 beyond (one run is then long enough to be stable).
  const runs = leads <= 200_000 ? 5 : leads <= 1_000_000 ? 3 : 1;
  const b = await openBrowser(server.url);
  results.machine.chromium ??= b.browser.version();
  const transfers = results.transfer ? null : trackTransfers(b.page, { baseUrl: server.url, siteDir });
  try {
    const { page, context } = b;
    await openPage(page, server.url);
    transfers?.setPhase('engine');
    size.hook = await hookInstalled(page);
    if (size.hook) {
      size.app.engineStartMs = await warmUp(page);
      say(`DuckDB started in ${formatMs(size.app.engineStartMs)}`);
    } else {
      size.hookMissing = HOOK_MISSING;
      say(`${HOOK_MISSING}: the app load includes DuckDB's start, and there is no bare wasm baseline`);
    }
    transfers?.setPhase('later');

    const heap = await startHeapSampler(context, page);
    // A user reads the page before picking files: the engine's start and warm-up (store/use-metric.ts
    // startEngine) are over by then. Files selected before that would wait behind them.
    size.app.idleBeforeMs = await engineQuiet(page, { timeoutMs });
    size.app.load = await step(size.errors, 'load', () => measureLoad(page, data, { timeoutMs }));
    if (size.app.load) {
      say(
        `files selected → ready: ${formatMs(size.app.load.ms)} ${JSON.stringify(size.app.load.steps ?? {})}`,
      );
      size.app.views = await step(size.errors, 'views', () =>
        measureViews(page, { timeoutMs, readyAt: size.app.load.readyAt }),
      );
      // After the views: asked at ready, it would queue in the Overview's work, now timed from ready.
      if (size.hook) size.app.engineMemory = await engineMemory(page);
      if (size.app.views) {
        for (const [name, v] of Object.entries(size.app.views.views)) {
          say(
            `view ${name}: ${typeof v.ms === 'number' ? formatMs(v.ms) : v.error ? `error: ${v.error}` : `n/a (${v.na})`}`,
          );
          if (v.error) size.errors.push(`view ${name}: ${v.error}`);
        }
        const drawn = Object.entries(size.app.views.views)
          .filter(([, v]) => typeof v.ms === 'number')
          .map(([name]) => name);
        size.app.filter = await step(size.errors, 'filters', () =>
          measureFilters(page, drawn, { changes: opts.changes, timeoutMs }),
        );
        if (size.app.filter?.na) say(`filter: n/a (${size.app.filter.na})`);
        else if (size.app.filter) say(`filter: ${opts.changes} changes on ${size.app.filter.view}`);
      }
      size.app.calculator = await step(size.errors, 'calculator', () =>
        measureCalculator(page, { timeoutMs }),
      );
      if (size.app.calculator?.error) size.errors.push(`calculator: ${size.app.calculator.error}`);
    }
    size.app.peakJsHeap = await heap.stop();
    const memory = await rendererMemory(b.browser);
    size.app.peakRendererRss = memory.peakRss;

    if (size.hook) {
      await barePageReads(page, data, size, { runs, quick: opts.quick, timeoutMs, say, step });
    }
    if (b.outsideRequests.length)
      size.warnings.push(`requests outside the site: ${b.outsideRequests.join(', ')}`);
    if (b.errors.length) size.warnings.push(`page errors: ${b.errors.slice(0, 5).join(' | ')}`);
    if (transfers) results.transfer = transfers.summary();
  } finally {
    await b.close();
  }
  if (size.hook && !opts.quick) {
    say('bare wasm read_csv in a fresh page …');
    size.bareCold = await step(size.errors, 'bare wasm, fresh page', () =>
      freshPageBareRead(server.url, data, { timeoutMs }),
    );
    if (size.bareCold) say(`bare wasm read_csv, fresh page: ${formatMs(size.bareCold.totalMs)}`);
  }

  if (opts.native) {
    say('native DuckDB …');
    size.native = await runNative(data, { runs, install: !opts.quick, log: say });
    say(
      size.native.available
        ? `native read_csv: ${formatMs(size.native.totalMs)}`
        : `native: unavailable (${size.native.reason})`,
    );
  } else {
    size.native = { available: false, reason: '--no-native' };
  }
  size.loadAverage.after = loadavg()[0];
  return size;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    throw new Error(`Node ${process.version}: run it as \`npm run bench\` (the project's Node 22)`);
  }
  const biggest = Math.max(0, ...opts.sizes);
  const freeDisk = (() => {
    try {
      const s = statfsSync(REPO_ROOT);
      return s.bavail * s.bsize;
    } catch {
      return null;
    }
  })();
  if (freeDisk !== null && freeDisk < biggest * 250 * 3) {
    throw new Error(
      `${Math.round(freeDisk / 2 ** 20)} MB free disk is too little for ${sizeLabel(biggest)} leads`,
    );
  }
  log(`mode: ${opts.quick ? 'quick' : 'full'}; sizes: ${opts.sizes.map(sizeLabel).join(', ')}`);

  const results = {
    schema: 'leadgap.bench/1',
    mode: opts.quick ? 'quick' : 'full',
    startedAt: new Date().toISOString(),
    machine: machine(),
    transfer: null,
    sizes: [],
  };
  let siteDir = opts.site;
  if (!siteDir) {
    const built = await buildSite({ log });
    siteDir = built.dir;
    log(`built in ${formatMs(built.ms)}`);
  }
  const server = await serveSite(siteDir);
  log(`serving ${siteDir} at ${server.url}`);
  try {
    if (opts.firstLoad > 0) {
      const before = loadavg()[0];
      const firstLoad = await measureFirstLoad(server.url, {
        runs: opts.firstLoad,
        delayMs: opts.firstLoadDelay,
        siteDir,
        log,
      });
      results.firstLoad = { ...firstLoad, loadAverage: { before, after: loadavg()[0] } };
      results.machine.chromium ??= firstLoad.chromium;
    }
    for (const leads of opts.sizes)
      results.sizes.push(await measureSize(leads, { opts, server, siteDir, results }));
  } finally {
    await server.close();
  }
  results.finishedAt = new Date().toISOString();

  let failed = results.sizes.some((s) => s.errors.length > 0) || (results.firstLoad?.errors.length ?? 0) > 0;
  if (opts.quick) {
    results.checks = results.sizes.flatMap((s) => quickChecks(s).map((c) => ({ size: s.label, ...c })));
    if (!results.sizes.every((s) => s.hook)) failed = true;
  }
  writeResults(opts.out, results);

  console.log('');
  console.log(`LeadGap benchmark (${results.mode}) — ${results.machine.cpu}, ${results.machine.cores} cores`);
  console.log(
    `Chromium ${results.machine.chromium}, DuckDB-wasm ${results.machine.duckdbWasm}, native ${
      results.sizes.find((s) => s.native?.available)?.native.version ?? 'unavailable'
    }, Node ${results.machine.node}`,
  );
  console.log('');
  for (const line of table(results)) console.log(line);
  if (results.checks) {
    console.log('');
    console.log('Checks (ratio to the in-run baseline; absolute times are not checked):');
    for (const c of results.checks) {
      const verdict = c.ok ? 'ok  ' : 'FAIL';
      const value = c.value === null ? 'not measured' : `${c.value.toFixed(2)}x`;
      console.log(`  ${verdict}  ${c.size} ${c.name}: ${value} (bound ${c.bound}x)`);
      if (!c.ok) failed = true;
    }
    if (!results.sizes.every((s) => s.hook)) console.log(`  FAIL  ${HOOK_MISSING}`);
  }
  console.log('');
  console.log(`Results: ${opts.out}`);
  console.log(failed ? 'bench: FAILED' : 'bench: ok');
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`bench: ${error.stack ?? error}`);
  process.exit(1);
});
