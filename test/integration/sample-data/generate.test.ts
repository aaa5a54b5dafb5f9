import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULTS, generate } from '../../../sample-data/generate.mjs';

const SAMPLE_DIR = join(import.meta.dirname, '../../../sample-data');
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

// The generator is seeded: a change to its output changes the sample every figure is checked against.
describe('sample-data/generate.mjs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'leadgap-generate-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the committed sample with its default settings', async () => {
    const out = join(dir, 'default');
    const result = await generate({ out, quiet: true });
    expect(DEFAULTS).toMatchObject({ leads: 3000, seed: 20261031, asOf: '2026-10-31' });
    expect(result.leads.rows).toBe(3000);
    expect(sha256(join(out, 'leads.csv'))).toBe(sha256(join(SAMPLE_DIR, 'leads.csv')));
    expect(sha256(join(out, 'deals.csv'))).toBe(sha256(join(SAMPLE_DIR, 'deals.csv')));
  });

  it('writes the same files from the command line for another size, seed and date', () => {
    const out = join(dir, 'small');
    const args = ['--leads', '500', '--seed', '7', '--as-of', '2025-03-15', '--out', out];
    execFileSync(process.execPath, [join(SAMPLE_DIR, 'generate.mjs'), ...args], { stdio: 'pipe' });
    // Hashes of the output of generate.mjs before it was split into sample-data/generate/.
    expect(sha256(join(out, 'leads.csv'))).toBe(
      '07292b9838b843d93570d8d0e7aa5858e683d9206e914fc4049a78eb5ede595d',
    );
    expect(sha256(join(out, 'deals.csv'))).toBe(
      '6c01f115f40a3a7cbe96c92dc557c7644989e21920bff50390e4076dd30157eb',
    );
  });
});
