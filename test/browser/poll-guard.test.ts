/**
 * The page's DuckDB client keeps other statements out of a long one (src/lib/db/poll-guard.ts): a
 * load's statement is polled, a slice at a time, and one sent between two slices used to close it,
 * so the load failed with an Error without a message. Driven through the `?bench=1` hook, which
 * runs statements on the page's own client the way an upload's load does.
 */
import { describe, expect, it } from 'vitest';
import { appPerTest } from './harness';

const apps = appPerTest();

interface Hook {
  warmUp(): Promise<{ ms: number }>;
  timeStatements(file: File, statements: string[], via?: 'exec' | 'run'): Promise<number[]>;
  engineMemory(): Promise<number>;
}

// Long enough to be polled several times (the client returns to the page every 100 ms) and to
// outlast the query asked 250 ms in by more than 100 ms (1.5M rows once took only 332 ms here).
const LONG = `CREATE OR REPLACE TABLE poll_guard AS
  SELECT range AS i, md5(CAST(range AS VARCHAR)) AS h FROM range(4000000)`;

describe('a statement asked while a load-like statement runs', () => {
  it('waits for it: both answer, the query once the long one has ended', async () => {
    const { page } = await apps.open({ path: '?bench=1' });
    await page.waitForFunction(() => '__leadgapBench' in window);
    await page
      .locator('#leadgap-bench-input')
      .setInputFiles({ name: 'any.csv', mimeType: 'text/csv', buffer: Buffer.from('a\n1\n') });
    const result = await page.evaluate(async (sql) => {
      const hook = (window as unknown as { __leadgapBench: Hook }).__leadgapBench;
      const input = document.querySelector<HTMLInputElement>('#leadgap-bench-input');
      const file = input?.files?.[0];
      if (!file) throw new Error('no file in the hook’s input');
      const failed: string[] = [];
      // The engine started first: while it starts, the query could be asked before the long
      // statement, and be answered first with no fault of the guard.
      await hook.warmUp();
      const started = performance.now();
      const ran = hook.timeStatements(file, [sql], 'run').then(
        ([ms]) => ms ?? 0,
        (error: Error) => (failed.push(`long statement: "${error.message}"`), 0),
      );
      await new Promise((resolve) => setTimeout(resolve, 250));
      const asked = performance.now() - started;
      await hook.engineMemory().catch((error: Error) => (failed.push(`query: "${error.message}"`), -1));
      const answered = performance.now() - started;
      return { failed, runMs: await ran, asked, answered };
    }, LONG);
    expect(result.failed).toEqual([]);
    // Asked while the long statement ran; answered once it had ended (it ran for runMs after
    // `started` at the earliest), not between two of its slices.
    expect(result.runMs).toBeGreaterThan(result.asked + 100);
    expect(result.answered).toBeGreaterThanOrEqual(result.runMs);
  });
});
