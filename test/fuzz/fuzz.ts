/**
 * The fuzz run: `runs` hostile files from a fixed seed through loadHostile, each checked against
 * the invariants. A failing case (shrunk by fast-check) is written to test/fuzz/regressions/ to be
 * loaded by fuzz.test.ts from then on; a case that never ends is left in test-results/fuzz/current.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import type { Db } from '../../src/lib/db';
import { hostileFile, type HostileFile, type Scale } from './hostile-files';
import { loadHostile, type Outcome } from './invariants';

export const REGRESSIONS = resolve(import.meta.dirname, 'regressions');
const CURRENT = resolve(import.meta.dirname, '../../test-results/fuzz');

export interface Summary {
  seed: number;
  cases: number;
  ready: number;
  errors: number;
  rowsRead: number;
  rejectedRows: number;
  totalMs: number;
  slowest: { ms: number; about: string } | null;
  /** Errors by their problem's first words, most frequent first, with one file that had it. */
  errorKinds: [string, number, string][];
  failure: { message: string; file: string | null } | null;
}

export interface FuzzOptions {
  seed: number;
  runs: number;
  scale: Scale;
  db: () => Promise<Db>;
  /** Write each case before loading it, so a hang leaves it on disk (the long run's watchdog). */
  watch?: boolean;
  onCase?: (done: number, outcome: Outcome) => void;
  /** Stop (without failing) after this long. */
  timeLimitMs?: number;
}

/** A fresh database every so many cases keeps a long run's memory flat. */
const CASES_PER_DB = 100;

export async function fuzz(opts: FuzzOptions): Promise<Summary> {
  const summary: Summary = {
    seed: opts.seed,
    cases: 0,
    ready: 0,
    errors: 0,
    rowsRead: 0,
    rejectedRows: 0,
    totalMs: 0,
    slowest: null,
    errorKinds: [],
    failure: null,
  };
  const kinds = new Map<string, [number, string]>();
  let db = await opts.db();
  let uploadId = 1;
  if (opts.watch) mkdirSync(CURRENT, { recursive: true });
  const result = await fc.check(
    fc.asyncProperty(hostileFile(opts.scale), async (file: HostileFile) => {
      if (uploadId % CASES_PER_DB === 0) db = await opts.db();
      if (opts.watch) {
        writeFileSync(
          join(CURRENT, 'current.json'),
          JSON.stringify({ name: file.name, kind: file.kind, about: file.about }),
        );
        writeFileSync(join(CURRENT, 'current.bin'), file.bytes);
      }
      const outcome = await loadHostile(db, file, uploadId++);
      summary.cases++;
      summary.totalMs += outcome.ms;
      if (outcome.status === 'ready') summary.ready++;
      else {
        summary.errors++;
        const kind =
          (outcome.message ?? '')
            .split(/[:.(]/)[0]
            ?.replace(/\d[\d,]*/g, 'N')
            .slice(0, 70) ?? '';
        kinds.set(kind, [(kinds.get(kind)?.[0] ?? 0) + 1, kinds.get(kind)?.[1] ?? file.about]);
      }
      summary.rowsRead += outcome.rowsRead;
      summary.rejectedRows += outcome.rowsRejected;
      if (!summary.slowest || outcome.ms > summary.slowest.ms)
        summary.slowest = { ms: Math.round(outcome.ms), about: file.about };
      opts.onCase?.(summary.cases, outcome);
    }),
    {
      seed: opts.seed,
      numRuns: opts.runs,
      endOnFailure: false,
      interruptAfterTimeLimit: opts.timeLimitMs ?? 10 * 60_000,
      markInterruptAsFailure: false,
    },
  );
  summary.errorKinds = [...kinds.entries()]
    .map(([kind, [n, example]]): [string, number, string] => [kind, n, example])
    .sort((a, b) => b[1] - a[1]);
  if (result.failed && result.counterexample) {
    const [file] = result.counterexample;
    const message =
      result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
    summary.failure = { message, file: writeRegression(file, message, opts.seed) };
  } else if (result.failed) {
    summary.failure = { message: String(result.errorInstance), file: null };
  }
  return summary;
}

function writeRegression(file: HostileFile, message: string, seed: number): string {
  mkdirSync(REGRESSIONS, { recursive: true });
  const base = `seed-${seed}-${Date.now()}-${file.name}`;
  writeFileSync(join(REGRESSIONS, base), file.bytes);
  writeFileSync(
    join(REGRESSIONS, `${base}.json`),
    JSON.stringify({ kind: file.kind, about: file.about, failed: message }, null, 2),
  );
  return join(REGRESSIONS, base);
}
