// The metrics engine's query time per view in Node (DuckDB-wasm's blocking build: the browser's
// engine and SQL, without the page), beside a bare read of the same files in the same process.
// Prints per run: bare read, facts, each view's metric set cold (a fresh result cache over the same
// facts) and after a one-value filter change, with the machine's load average; then the medians and
// a digest of every figure (equal digests: the same figures).
//
//   node scripts/bench/metrics-node.mjs [--leads 1m] [--runs 3] [--json out.json]
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { benchData, parseCount } from './data.mjs';
import { loadBenchFiles, nodeApp } from './node-app.mjs';
import { log, median } from './util.mjs';

const { values: args } = parseArgs({
  options: {
    leads: { type: 'string', default: '1m' },
    runs: { type: 'string', default: '3' },
    json: { type: 'string' },
    only: { type: 'string' },
    trace: { type: 'boolean', default: false },
    'trace-chars': { type: 'string', default: '110' },
  },
});

const app = await nodeApp('app');

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const now = () => performance.now();

/** Each view's metrics as its components ask for them (default choices: source, month, 60 min). */
const VIEWS = {
  overview: [
    ['viewCounts'],
    ['followUp'],
    ['revenue'],
    ['calculatorPrefill'],
    ['byDimension', 'source'],
    ['comparison', 'month'],
    ['periodSeries', 'month'],
    ['currencies'],
  ],
  funnel: [['funnel'], ['segmentedFunnel', 'source'], ['viewCounts'], ['revenue'], ['currencies']],
  followUp: [
    ['followUp'],
    ['responseDistribution'],
    ['cohortTrend'],
    ['speedToLead', 60],
    ['revenue'],
    ['viewCounts'],
    ['currencies'],
    ['redirect', 20],
  ],
  reps: [
    ['byOwner'],
    ['capacity'],
    ['followUp'],
    ['comparisonBy', 'owner', 'month'],
    ['viewCounts'],
    ['revenue'],
    ['currencies'],
  ],
  sources: [
    ['byDimension', 'source'],
    ['comparisonBy', 'source', 'month'],
    ['viewCounts'],
    ['revenue'],
    ['currencies'],
    ['unmatchedDeals'],
    ['lostReasons'],
  ],
};
const views = args.only ? Object.fromEntries(args.only.split(',').map((v) => [v, VIEWS[v]])) : VIEWS;

// One dimension value per view's filter change, each a different value (no state seen before).
const FILTERS = [
  { source: ['Partner'] },
  { owner: ['Tom Becker'] },
  { source: ['Paid Search'] },
  { campaign: ['Benchmark Report 2025'] },
  { owner: ['Sarah Chen'] },
];

const loadFiles = (db, files) => loadBenchFiles(app, db, files);

/** DuckDB's own read of the files, no mapping (the bench's baseline), into throwaway tables. */
async function bareRead(db) {
  const t0 = now();
  const c0 = process.cpuUsage();
  for (const kind of ['leads', 'deals']) {
    await db.exec(`CREATE OR REPLACE TABLE bare_${kind} AS SELECT * FROM read_csv('bare_${kind}.csv')`);
  }
  const took = { ms: now() - t0, cpu: cpuMs(c0) };
  for (const kind of ['leads', 'deals']) await db.exec(`DROP TABLE bare_${kind}`);
  return took;
}

const cpuMs = (since) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

const digest = (value) => createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

async function runView(engine, state, metrics, figures, detail) {
  // A fresh result cache: each view's queries as if it were the first to ask, over the same facts.
  const facts = engine.facts;
  facts.results = new app.ResultCache();
  const t0 = now();
  const c0 = process.cpuUsage();
  for (const [name, ...params] of metrics) {
    const t1 = now();
    const result =
      name === 'redirect'
        ? await engine.redirectList(state, params[0])
        : await engine.runNamed(state, name, params);
    if (figures) figures[`${name}(${params.join(',')})`] = digest(result);
    if (detail) detail.push(`${name}:${Math.round(now() - t1)}`);
  }
  return { ms: now() - t0, cpu: cpuMs(c0) };
}

/** With --trace, each statement of the facts' preparation: its CPU ms and its first words. */
function traced(db) {
  const lines = [];
  const wrap =
    (method) =>
    async (sql, ...rest) => {
      const c0 = process.cpuUsage();
      const out = await db[method](sql, ...rest);
      lines.push(`${Math.round(cpuMs(c0))} ms ${sql.replace(/\s+/g, ' ').slice(0, args['trace-chars'])}`);
      return out;
    };
  return { db: { ...db, query: wrap('query'), exec: wrap('exec') }, lines };
}

const files = await benchData(parseCount(args.leads), { log });
const db = await app.createNodeDb();
await app.ensureSchema(db);
for (const kind of ['leads', 'deals']) {
  await db.registerFile(`bare_${kind}.csv`, new Uint8Array(readFileSync(files[kind].path)));
}
log(`loading ${files.leads.rows} leads + ${files.deals.rows} deals …`);
let t0 = now();
const known = await loadFiles(db, files);
log(`loaded in ${Math.round(now() - t0)} ms (la ${loadavg()})`);

const runs = [];
const figures = {};
for (let run = 0; run < Number(args.runs); run += 1) {
  const row = { run, la: loadavg() };
  const bare = await bareRead(db);
  row.bare = bare.ms;
  row['cpu:bare'] = bare.cpu;
  const trace = args.trace ? traced(db) : null;
  const engine = new app.MetricsEngine(trace?.db ?? db);
  const state = { known, dataVersion: `run-${run}` };
  t0 = now();
  const c0 = process.cpuUsage();
  await engine.context(state);
  row.facts = now() - t0;
  row['cpu:facts'] = cpuMs(c0);
  for (const line of trace?.lines.splice(0) ?? []) log(`  facts: ${line}`);
  for (const [view, metrics] of Object.entries(views)) {
    const detail = [];
    const took = await runView(engine, state, metrics, run === 0 ? figures : null, detail);
    row[view] = took.ms;
    row[`cpu:${view}`] = took.cpu;
    log(`  ${view}: ${detail.join(' ')}`);
  }
  let i = 0;
  for (const [view, metrics] of Object.entries(views)) {
    const dimensions = FILTERS[(i + run) % FILTERS.length];
    const filtered = { ...state, filters: { dimensions } };
    const fig = run === 0 ? {} : null;
    const detail = [];
    const took = await runView(engine, filtered, metrics, fig, detail);
    row[`filter:${view}`] = took.ms;
    row[`cpu:filter:${view}`] = took.cpu;
    log(`  filter ${view}: ${detail.join(' ')}`);
    if (fig) for (const [k, v] of Object.entries(fig)) figures[`${JSON.stringify(dimensions)} ${k}`] = v;
    i += 1;
  }
  if (views.overview) {
    // A dimension filtered before has its codes (dimension-codes.ts): a new value of it compares them.
    await engine.settled();
    const coded = { ...state, filters: { dimensions: { source: ['Web'] } } };
    const detail = [];
    const took = await runView(engine, coded, views.overview, null, detail);
    row['filter:overview:coded'] = took.ms;
    row['cpu:filter:overview:coded'] = took.cpu;
    log(`  filter overview (codes made): ${detail.join(' ')}`);
  }
  await engine.dispose();
  row.laAfter = loadavg();
  runs.push(row);
  const shown = Object.entries(row)
    .map(([k, v]) => `${k}=${typeof v === 'number' ? Math.round(v) : v}`)
    .join(' ');
  log(shown);
}

const keys = Object.keys(runs[0]).filter((k) => typeof runs[0][k] === 'number' && k !== 'run');
const medians = Object.fromEntries(keys.map((k) => [k, Math.round(median(runs.map((r) => r[k])))]));
console.log(`medians over ${runs.length} runs (la ${runs.map((r) => r.la.split(' ')[0]).join(', ')}):`);
for (const k of keys) {
  const bare = k.startsWith('cpu:') ? medians['cpu:bare'] : medians.bare;
  console.log(
    `  ${k.padEnd(22)} ${String(medians[k]).padStart(6)} ms  ${(medians[k] / bare).toFixed(3)}x bare`,
  );
}
console.log(`figures digest: ${digest(Object.entries(figures).sort())}`);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ runs, medians, figures }, null, 2)}\n`);
