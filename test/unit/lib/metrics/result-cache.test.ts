import { describe, expect, it } from 'vitest';
import type { Db, Row } from '../../../../src/lib/db';
import type { Query } from '../../../../src/lib/metrics';
import { staged } from '../../../../src/lib/metrics/query';
import { ResultCache } from '../../../../src/lib/metrics/result-cache';

/** A Db that answers `SELECT n` with [{ n }] and counts the statements it ran. */
function fakeDb() {
  const ran: string[] = [];
  const db = {
    query: (sql: string) => {
      ran.push(sql);
      if (sql === 'fail') return Promise.reject(new Error('no'));
      return Promise.resolve([{ n: Number(sql.split(' ')[1]) }] as Row[]);
    },
  } as unknown as Db;
  return { db, ran };
}
const select = (n: number): Query<number> => ({
  sql: `SELECT ${n}`,
  parse: (rows) => Number(rows[0]?.['n']),
});

describe('ResultCache', () => {
  it('runs a statement once and parses its rows for every caller', async () => {
    const { db, ran } = fakeDb();
    const cache = new ResultCache();
    expect(await Promise.all([cache.run(db, select(1)), cache.run(db, select(1))])).toEqual([1, 1]);
    expect(await cache.run(db, { ...select(1), parse: (rows) => `n=${String(rows[0]?.['n'])}` })).toBe('n=1');
    expect(ran).toEqual(['SELECT 1']);
  });

  it('keeps the most recently used results within its limit', async () => {
    const { db, ran } = fakeDb();
    const cache = new ResultCache(2);
    await cache.run(db, select(1));
    await cache.run(db, select(2));
    await cache.run(db, select(1));
    await cache.run(db, select(3)); // drops 2, the least recently used
    await cache.run(db, select(1));
    await cache.run(db, select(2));
    expect(ran).toEqual(['SELECT 1', 'SELECT 2', 'SELECT 3', 'SELECT 2']);
  });

  it('forgets a failed statement, so it runs again', async () => {
    const { db, ran } = fakeDb();
    const cache = new ResultCache();
    const failing: Query<number> = { sql: 'fail', parse: () => 0 };
    await expect(cache.run(db, failing)).rejects.toThrow('no');
    await expect(cache.run(db, failing)).rejects.toThrow('no');
    expect(ran).toEqual(['fail', 'fail']);
  });

  it('runs a staged query: the second statement built from the first one’s result, each cached', async () => {
    const { db, ran } = fakeDb();
    const cache = new ResultCache();
    const twice = staged(select(2), (n) => select(n * 10));
    expect(await cache.run(db, twice)).toBe(20);
    expect(
      await cache.run(
        db,
        staged(select(2), (n) => select(n + 1)),
      ),
    ).toBe(3);
    expect(ran).toEqual(['SELECT 2', 'SELECT 20', 'SELECT 3']);
  });

  it('is idle only once a staged run’s second statement has finished', async () => {
    const { db, ran } = fakeDb();
    const cache = new ResultCache();
    const run = cache.run(
      db,
      staged(select(4), (n) => select(n * 2)),
    );
    let idle = false;
    const waited = cache.idle().then(() => {
      idle = true;
      return [...ran];
    });
    expect(idle).toBe(false);
    // When idle resolves, the second statement had been sent and answered.
    expect(await waited).toEqual(['SELECT 4', 'SELECT 8']);
    expect(await run).toBe(8);
  });
});
