// A profiling session over loaded bench data: loads the files once, prepares the engine's facts and
// writes each Overview metric's SQL to <dir>/sql/, then runs every <dir>/in/*.sql dropped there
// (timed 3 times, then EXPLAIN ANALYZE) into <dir>/out/<name>.txt. Stops when <dir>/in/stop appears.
//
//   node scripts/bench/metrics-profile.mjs [--leads 1m] [--dir .tmp/prof]
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchData, parseCount } from './data.mjs';
import { loadBenchFiles, nodeApp } from './node-app.mjs';
import { REPO_ROOT, log, sleep } from './util.mjs';

const { values: args } = parseArgs({
  options: { leads: { type: 'string', default: '1m' }, dir: { type: 'string', default: '.tmp/prof' } },
});
const dir = join(REPO_ROOT, args.dir);
for (const sub of ['in', 'out', 'sql', 'done']) mkdirSync(join(dir, sub), { recursive: true });
const app = await nodeApp('profile-app');
const files = await benchData(parseCount(args.leads), { log });
const db = await app.createNodeDb();
await app.ensureSchema(db);
const known = await loadBenchFiles(app, db, files);
const engine = new app.MetricsEngine(db);
const state = { known, dataVersion: 1 };
const ctx = await engine.context(state);
// The click filters' codes and the deals' lead dimensions, as the app makes them while the user reads:
// the filtered statements below are the ones a click runs.
await engine.prepareFilters(state, ['source', 'owner']);
await engine.settled();
const fctx = await engine.context({ ...state, filters: { dimensions: { source: ['Partner'] } } });
const METRICS = [
  ['viewCounts'],
  ['followUp'],
  ['revenue'],
  ['calculatorPrefill'],
  ['byDimension', 'source'],
  ['comparison', 'month'],
  ['periodSeries', 'month'],
  ['currencies'],
  ['byOwner'],
  ['capacity'],
  ['responseDistribution'],
  ['speedToLead', 60],
];
/** A metric's statements: a staged one's first and, built from its result, the second. */
async function statements(context, name, params) {
  const query = app.metricQuery(context, name, ...params);
  if (!('first' in query)) return [query.sql];
  const found = query.first.parse(await db.query(query.first.sql));
  return [query.first.sql, query.then(found).sql];
}
for (const [name, ...params] of METRICS) {
  for (const [suffix, context] of [
    ['', ctx],
    ['.filtered', fctx],
  ]) {
    const sqls = await statements(context, name, params);
    sqls.forEach((sql, i) =>
      writeFileSync(join(dir, 'sql', `${name}${suffix}${i > 0 ? `.${i + 1}` : ''}.sql`), sql),
    );
  }
}
// The Overview's summary: one statement answers viewCounts, followUp, revenue, calculatorPrefill and currencies.
writeFileSync(join(dir, 'sql', 'summary.sql'), app.summarySql(ctx));
writeFileSync(join(dir, 'sql', 'summary.filtered.sql'), app.summarySql(fctx));
// The stored facts' build (materialize.ts), as a SELECT.
writeFileSync(
  join(dir, 'sql', 'facts.sql'),
  app.derivedFactsSql({ ...ctx, filters: {}, materialized: undefined }),
);
writeFileSync(join(dir, 'sql', 'context.json'), JSON.stringify(ctx.materialized));
// Two sources, as a second click right away asks: the summary and the month periods, from the
// source cube (summary-cube.ts) and by a scan of the leads.
const pair = await engine.context({ ...state, filters: { dimensions: { source: ['Partner', 'Webinar'] } } });
const scan = { ...pair, materialized: { ...pair.materialized, cube: undefined } };
const windows = app.windowsQuery(pair, 'month');
writeFileSync(join(dir, 'sql', 'windows.pair.sql'), windows.sql);
const found = windows.parse(await db.query(windows.sql));
for (const [name, context] of [
  ['cube', pair],
  ['scan', scan],
]) {
  writeFileSync(
    join(dir, 'sql', `summary.pair.${name}.sql`),
    app.cubeSummarySql(context) ?? app.summarySql(context),
  );
  writeFileSync(join(dir, 'sql', `periods.pair.${name}.sql`), app.periodsStatement(context, 'month', found));
}
log(`ready: drop .sql files into ${join(dir, 'in')}`);

for (;;) {
  if (existsSync(join(dir, 'in', 'stop'))) break;
  const next = readdirSync(join(dir, 'in'))
    .filter((f) => f.endsWith('.sql'))
    .sort()[0];
  if (!next) {
    await sleep(300);
    continue;
  }
  const sql = readFileSync(join(dir, 'in', next), 'utf8');
  renameSync(join(dir, 'in', next), join(dir, 'done', next));
  const la = readFileSync('/proc/loadavg', 'utf8').trim();
  let report = `-- ${next} (la ${la})\n`;
  try {
    const times = [];
    const cpu = [];
    let rows;
    for (let i = 0; i < 5; i += 1) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      rows = await db.query(sql);
      const c1 = process.cpuUsage(c0);
      times.push(Math.round(performance.now() - t0));
      cpu.push(Math.round((c1.user + c1.system) / 1000));
    }
    report += `times: ${times.join(' ')} ms; cpu: ${cpu.join(' ')} ms\nrows: ${JSON.stringify(rows.slice(0, 5))}\n`;
    if (!/^\s*(CREATE|DROP|SET)/i.test(sql)) {
      const plan = await db.query(`EXPLAIN ANALYZE ${sql}`);
      report += plan.map((r) => Object.values(r).join('\n')).join('\n');
    }
  } catch (error) {
    report += `error: ${error.message}\n`;
  }
  writeFileSync(join(dir, 'out', next.replace(/\.sql$/, '.txt')), report);
  log(`done ${next}`);
}
