/**
 * The engine's warm-up (store/engine-warm-up.ts) on the real engine: the made-up pair loaded, the
 * figures computed over it with a filter on two sources, then nothing left behind (no table, row or
 * match), whether it runs to its end or is cancelled at any step.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src/lib/db';
import { warmUpEngine } from '../../../src/store/engine-warm-up';
import { freshDb } from '../../support/db';

async function leftBehind(db: Db) {
  return {
    tables: await db.query(`SELECT table_name FROM duckdb_tables() ORDER BY 1`),
    rows: await db.query(
      `SELECT (SELECT count(*) FROM leads) AS leads, (SELECT count(*) FROM deals) AS deals,
        (SELECT count(*) FROM deal_matches) AS matches`,
    ),
  };
}

describe('the engine warm-up', () => {
  it.each([
    ['run to its end', null, [true, 1, true]],
    ['cancelled before it starts', /^/, [false, 0, false]],
    ['cancelled as it reads the leads', /^CREATE OR REPLACE TABLE leads_0 /, [false, 0, false]],
    ['cancelled as it makes the facts', /^CREATE OR REPLACE TEMP TABLE lead_facts_/, [true, 1, false]],
  ] as const)('leaves nothing behind, %s', async (_name, abortAt, expected) => {
    const db = await freshDb();
    const before = await leftBehind(db);
    const stop = new AbortController();
    // The Node engine blocks, so the app's wish for the database is made as a statement is asked.
    const statements: string[] = [];
    const seen = (sql: string) => {
      statements.push(sql);
      if (abortAt?.test(sql)) stop.abort();
    };
    const watched = {
      ...db,
      query: <R extends object>(sql: string) => (seen(sql), db.query<R>(sql)),
      exec: (sql: string) => (seen(sql), db.exec(sql)),
      run: (sql: string, opts?: Parameters<typeof db.run>[1]) => (seen(sql), db.run(sql, opts)),
    };
    await warmUpEngine(watched, stop.signal).catch(() => undefined);
    expect(await leftBehind(db)).toEqual(before);
    expect(before.rows).toEqual([{ leads: 0, deals: 0, matches: 0 }]);
    // Run to its end: the deals read, the facts made, a filter on two sources compared by codes.
    // Cancelled: no later step ran.
    const dealsRead = statements.some((sql) => sql.startsWith('CREATE OR REPLACE TABLE deals_'));
    const facts = statements.filter((sql) => /^CREATE OR REPLACE TEMP TABLE lead_facts_/.test(sql));
    const filtered = statements.some((sql) => sql.includes("list_contains([hash('Web'), hash('Referral')]"));
    expect([dealsRead, facts.length, filtered]).toEqual(expected);
  });
});
