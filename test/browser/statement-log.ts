// The app's statements as a `?bench=1` page logs them (scripts/bench/hook/bench-hook.ts: it only observes).
import type { Page } from 'playwright-core';

interface Logged {
  sql: string;
}

/** Waits for the page's hook; `take()` then returns the statements run since the last call, and empties the log. */
export async function statementLog(page: Page): Promise<{ take: () => Promise<string[]> }> {
  await page.waitForFunction(() => '__leadgapBench' in window);
  const take = async () =>
    (
      await page.evaluate(() =>
        (window as unknown as { __leadgapBench: { takeQueries(): Logged[] } }).__leadgapBench.takeQueries(),
      )
    ).map((s) => s.sql);
  return { take };
}
