// More hostile files than `npm test` runs, through the same invariants (test/fuzz/), on the real
// engine. Prints a summary; a failing case is written to test/fuzz/regressions/ (and then runs in
// every `npm test`); a case that never ends is copied there too.
//
//   npm run fuzz -- --runs 10000 [--seed 16016] [--minutes 60] [--scale full|quick]
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs } from 'node:util';

const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    minutes: { type: 'string', default: '60' },
    scale: { type: 'string', default: 'full' },
  },
});
const out = join(repo, 'test-results', 'fuzz');
mkdirSync(out, { recursive: true });
const summaryPath = join(out, 'summary.json');
const current = join(out, 'current.json');
rmSync(summaryPath, { force: true });
rmSync(current, { force: true });

// One case taking longer than this is a hang: the engine runs blocking, so the test cannot time it out.
const HANG_MS = 300_000;

const child = spawn(
  join(repo, 'node_modules', '.bin', 'vitest'),
  [
    'run',
    '--project',
    'integration',
    'test/integration/lib/ingest/fuzz.test.ts',
    '-t',
    'cases from seed',
    '--reporter',
    'dot',
  ],
  {
    cwd: repo,
    stdio: 'inherit',
    env: {
      ...process.env,
      LEADGAP_FUZZ_RUNS: values.runs,
      LEADGAP_FUZZ_SEED: values.seed,
      LEADGAP_FUZZ_MINUTES: values.minutes,
      LEADGAP_FUZZ_SCALE: values.scale,
      LEADGAP_FUZZ_SUMMARY: summaryPath,
      LEADGAP_FUZZ_WATCH: '1',
    },
  },
);

let hung = false;
const watchdog = setInterval(() => {
  if (!existsSync(current)) return;
  if (Date.now() - statSync(current).mtimeMs < HANG_MS) return;
  hung = true;
  const note = JSON.parse(readFileSync(current, 'utf8'));
  const dir = join(repo, 'test', 'fuzz', 'regressions');
  const base = `seed-${values.seed}-${Date.now()}-${note.name}`;
  copyFileSync(join(out, 'current.bin'), join(dir, base));
  writeFileSync(
    join(dir, `${base}.json`),
    JSON.stringify({ ...note, failed: `no end after ${HANG_MS / 1000} s` }, null, 2),
  );
  console.error(
    `\nA case did not end in ${HANG_MS / 1000} s (${note.about}); written to test/fuzz/regressions/${base}`,
  );
  child.kill('SIGKILL');
}, 5_000);

child.on('exit', (code) => {
  clearInterval(watchdog);
  if (!existsSync(summaryPath)) {
    console.error(hung ? 'Stopped: a case hung.' : `The fuzz run ended (code ${code}) without a summary.`);
    process.exit(1);
  }
  const s = JSON.parse(readFileSync(summaryPath, 'utf8'));
  const lines = [
    `Fuzz summary (seed ${s.seed}, scale ${values.scale})`,
    `  cases          ${s.cases}`,
    `  ready          ${s.ready}`,
    `  clear errors   ${s.errors}`,
    `  rows read      ${s.rowsRead}`,
    `  rejected rows  ${s.rejectedRows}`,
    `  time           ${(s.totalMs / 1000).toFixed(1)} s in loads, mean ${(s.totalMs / Math.max(1, s.cases)).toFixed(0)} ms`,
    `  slowest        ${s.slowest ? `${s.slowest.ms} ms: ${s.slowest.about}` : '-'}`,
    '  errors by kind:',
    ...s.errorKinds.map(
      ([kind, n, example]) => `    ${String(n).padStart(6)}  ${kind.trim()}  (e.g. ${example})`,
    ),
    s.failure
      ? `  FAILED: ${s.failure.message}\n  case written to ${s.failure.file}`
      : '  every case kept the invariants',
  ];
  console.log(lines.join('\n'));
  process.exit(s.failure || code !== 0 ? 1 : 0);
});
