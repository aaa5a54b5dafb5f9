/**
 * A statement that fails while the engine prepares a state's facts (out of memory, say) fails the
 * figures asked then, and only those: the next figure of the same state prepares the facts again
 * (src/lib/metrics/engine.ts). Before, the failure was kept and every figure of that state failed
 * with it until the data changed.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../../src/lib/db';
import { MetricsEngine, knownFields } from '../../../../src/lib/metrics';
import { freshDb, load } from '../../../support/db';
import { sample } from '../../../support/files';
import { records } from '../../../support/independent';

/** `db` whose statements fail while `failing` is set. */
function failingWhile(db: Db) {
  const control = { failing: false, failed: 0 };
  const refuse = () => {
    control.failed += 1;
    return Promise.reject(new Error('Out of Memory Error: made by the test'));
  };
  const wrapped: Db = {
    ...db,
    query: (sql) => (control.failing ? refuse() : db.query(sql)),
    exec: (sql) => (control.failing ? refuse() : db.exec(sql)),
  };
  return { db: wrapped, control };
}

describe('a failure while the facts are prepared', () => {
  it('fails the figures asked then; the next ones prepare the facts again and answer', async () => {
    const db = await freshDb();
    const leads = await load(db, 'leads', sample('leads.csv'));
    const deals = await load(db, 'deals', sample('deals.csv'));
    const known = knownFields(
      [leads, deals].map(({ prepared }) => ({ kind: prepared.kind, mapping: prepared.mapping })),
    );
    const { db: flaky, control } = failingWhile(db);
    const engine = new MetricsEngine(flaky);

    control.failing = true;
    await expect(engine.run({ known }, 'viewCounts')).rejects.toThrow(/made by the test/);
    expect(control.failed).toBeGreaterThan(0);

    control.failing = false;
    const counts = await engine.run({ known }, 'viewCounts');
    // The sample's leads counted by papaparse, not by the engine.
    expect(counts.leads).toBe(records(sample('leads.csv')).length);
    expect((await engine.context({ known })).materialized).toBeDefined();
  });
});
