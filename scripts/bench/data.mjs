// Benchmark data: the sample generator's leads + deals at a given size, cached in
// .tmp/bench-data/<size>/ and reused while the generator and its arguments are unchanged.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '../../sample-data/generate.mjs';
import { REPO_ROOT } from './util.mjs';

export const SEED = 20261031;
export const AS_OF = '2026-10-31';
const GENERATOR = join(REPO_ROOT, 'sample-data', 'generate.mjs');
const GENERATOR_PARTS = join(REPO_ROOT, 'sample-data', 'generate');

/** The generator's source, entry and parts: the cache is stale when any of it changes. */
function generatorHash() {
  const hash = createHash('sha256').update(readFileSync(GENERATOR));
  for (const name of readdirSync(GENERATOR_PARTS).sort()) {
    hash.update(name).update(readFileSync(join(GENERATOR_PARTS, name)));
  }
  return hash.digest('hex');
}

/** '100k' → 100000, '1m' → 1000000, '1_000_000' → 1000000. */
export function parseCount(text) {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(String(text).replaceAll('_', '').trim());
  if (!match) throw new Error(`not a row count: ${text}`);
  const factor = { '': 1, k: 1e3, m: 1e6 }[match[2].toLowerCase()];
  return Math.round(Number(match[1]) * factor);
}

/** 100000 → '100k', 1000000 → '1M'. */
export function sizeLabel(leads) {
  if (leads >= 1e6 && leads % 1e5 === 0) return `${leads / 1e6}M`;
  if (leads >= 1e3 && leads % 1e3 === 0) return `${leads / 1e3}k`;
  return String(leads);
}

/**
 * The files for `leads` leads (deals ≈ 10 % of that), generated when missing or stale.
 * @returns {Promise<{ leads: {path, rows, bytes}, deals: {path, rows, bytes}, generatedMs: number|null, dir: string }>}
 */
export async function benchData(leads, { fresh = false, log = () => {} } = {}) {
  const dir = join(REPO_ROOT, '.tmp', 'bench-data', sizeLabel(leads));
  const metaPath = join(dir, 'meta.json');
  const key = {
    leads,
    seed: SEED,
    asOf: AS_OF,
    generator: generatorHash(),
  };
  if (!fresh && existsSync(metaPath)) {
    try {
      const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
      const same = JSON.stringify(meta.key) === JSON.stringify(key);
      const intact =
        same &&
        statSync(meta.result.leads.path).size === meta.result.leads.bytes &&
        statSync(meta.result.deals.path).size === meta.result.deals.bytes;
      if (intact) return { ...meta.result, generatedMs: null, dir };
    } catch {
      // stale or damaged cache: regenerate
    }
  }
  rmSync(dir, { recursive: true, force: true });
  log(`generating ${sizeLabel(leads)} leads into ${dir} …`);
  const result = await generate({ leads, seed: SEED, out: dir, asOf: AS_OF });
  const kept = { leads: result.leads, deals: result.deals };
  writeFileSync(metaPath, `${JSON.stringify({ key, result: kept }, null, 2)}\n`);
  return { ...kept, generatedMs: result.ms, dir };
}
