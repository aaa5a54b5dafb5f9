import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzz, REGRESSIONS } from '../../../fuzz/fuzz';
import type { Scale } from '../../../fuzz/hostile-files';
import { loadHostile } from '../../../fuzz/invariants';
import { freshDb } from '../../../support/db';

/**
 * Hostile files through the whole ingest pipeline on the real engine. `npm test` runs a fixed seed
 * and a few hundred small cases; `npm run fuzz -- --runs 10000` runs this file with more (the
 * LEADGAP_FUZZ_* variables) and prints the summary it writes.
 */
const env = process.env;
const runs = Number(env['LEADGAP_FUZZ_RUNS'] ?? 250);
const seed = Number(env['LEADGAP_FUZZ_SEED'] ?? 16_016);
const scale: Scale = env['LEADGAP_FUZZ_SCALE'] === 'full' ? 'full' : 'quick';
const limitMs = Number(env['LEADGAP_FUZZ_MINUTES'] ?? 10) * 60_000;

describe('hostile files', () => {
  it(
    `${runs} cases from seed ${seed}: each ends ready or with a clear error, rows read = loaded + rejected, problems located, plain words`,
    async () => {
      const summary = await fuzz({
        seed,
        runs,
        scale,
        db: freshDb,
        watch: env['LEADGAP_FUZZ_WATCH'] === '1',
        timeLimitMs: limitMs,
        onCase: (done) => {
          if (env['LEADGAP_FUZZ_WATCH'] === '1' && done % 100 === 0) console.log(`fuzz: ${done} cases`);
        },
      });
      if (env['LEADGAP_FUZZ_SUMMARY'])
        writeFileSync(env['LEADGAP_FUZZ_SUMMARY'], JSON.stringify(summary, null, 2));
      expect(summary.failure, summary.failure?.message).toBeNull();
      expect(summary.ready + summary.errors).toBe(summary.cases);
      // The generator makes loadable files as well as hopeless ones: both outcomes occur.
      if (runs >= 100) {
        expect(summary.ready).toBeGreaterThan(runs / 10);
        expect(summary.errors).toBeGreaterThan(runs / 20);
      }
    },
    limitMs + 120_000,
  );

  const cases = existsSync(REGRESSIONS)
    ? readdirSync(REGRESSIONS).filter((name) => existsSync(join(REGRESSIONS, `${name}.json`)))
    : [];
  it.runIf(cases.length > 0).each(cases)('regression %s', async (name) => {
    const note = JSON.parse(readFileSync(join(REGRESSIONS, `${name}.json`), 'utf8')) as {
      kind: 'leads' | 'deals';
      about: string;
    };
    const bytes = new Uint8Array(readFileSync(join(REGRESSIONS, name)));
    const fileName = name.replace(/^seed-\d+-\d+-/, '');
    const outcome = await loadHostile(
      await freshDb(),
      { name: fileName, kind: note.kind, bytes, about: note.about },
      1,
    );
    expect(['ready', 'error']).toContain(outcome.status);
  });
});
