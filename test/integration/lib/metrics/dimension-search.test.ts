/**
 * The filter picker's values (dimensionValues with a search): counts per value under the other
 * filters, never the dimension's own, and a search that reaches values past the listed cap. Expected
 * values are counted from the CSV with papaparse, not by DuckDB.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MetricsEngine, knownFields, type Filters } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';
import { records } from '../../../support/independent';

const dir = mkdtempSync(join(tmpdir(), 'leadgap-dimension-search-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function engineOn(paths: string[]) {
  const db = await freshDb();
  const loaded = [];
  for (const path of paths) loaded.push(await load(db, 'leads', path));
  const known = knownFields(
    loaded.map(({ prepared }) => ({
      kind: prepared.kind,
      mapping: prepared.mapping,
      closedWonAssumed: prepared.closedWonAssumed,
    })),
  );
  const engine = new MetricsEngine(db);
  return (filters: Filters, dimension: string, limit: number, search: string) =>
    engine.run({ filters, known }, 'dimensionValues', dimension, limit, search);
}

/** Values and their counts, most first then by name: what the picker lists. */
function counted(values: string[]): { value: string; leads: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, leads]) => ({ value, leads }))
    .sort((a, b) => b.leads - a.leads || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

describe('dimension values for the filter picker', () => {
  it('counts owners under the other filters, ignoring the owner filter, and searches them', async () => {
    const run = await engineOn([sample('leads.csv')]);
    const web = records(sample('leads.csv')).filter((lead) => lead['Lead Source'] === 'Web');
    const filters = { dimensions: { source: ['Web'], owner: ['Tom Becker'] } };
    expect(await run(filters, 'owner', 500, '')).toEqual(
      counted(web.map((lead) => lead['Lead Owner'] ?? '')),
    );
    const withAccent = web
      .map((lead) => lead['Lead Owner'] ?? '')
      .filter((o) => o.toLowerCase().includes('amí'));
    expect(withAccent.length).toBeGreaterThan(0);
    expect(await run(filters, 'owner', 500, 'AMÍ')).toEqual(counted(withAccent));
    // A quote in the search is a character, not SQL.
    const quoted = web.map((lead) => lead['Lead Owner'] ?? '').filter((o) => o.includes("O'C"));
    expect(quoted.length).toBeGreaterThan(0);
    expect(await run(filters, 'owner', 500, "o'c")).toEqual(counted(quoted));
    expect(await run(filters, 'owner', 500, '%')).toEqual([]);
  });

  it('lists at most the cap of thousands of values, and the search finds one past it', async () => {
    // 6,000 leads over 3,000 campaigns: "Campaign 0000" … ; the first 1,000 have 3 leads, the rest 1.
    const lines = ['Lead ID,Created Date,Lead Source,Campaign,Lead Owner'];
    for (let i = 0; i < 6000; i++) {
      const campaign = i < 3000 ? i : (i - 3000) % 1000;
      lines.push(`L${i},2025-03-01,Web,Campaign ${String(campaign).padStart(4, '0')},Ann`);
    }
    const path = join(dir, 'many.csv');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const run = await engineOn([path]);
    const top = await run({}, 'campaign', 201, '');
    expect(top).toHaveLength(201);
    expect(top?.[0]).toEqual({ value: 'Campaign 0000', leads: 4 });
    expect(top?.[200]).toEqual({ value: 'Campaign 0200', leads: 4 });
    expect(await run({}, 'campaign', 201, 'campaign 2999')).toEqual([{ value: 'Campaign 2999', leads: 1 }]);
    expect(await run({}, 'campaign', 201, 'campaign 299')).toHaveLength(10);
  });
});
