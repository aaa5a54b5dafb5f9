// Runs axe-core (WCAG 2.2 A/AA rules) on the page and fails with one readable line per violation and
// node, so a violation anywhere in the browser tests fails CI with where it is and what to fix.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

export interface AxeProblem {
  rule: string;
  impact: string;
  help: string;
  target: string;
  summary: string;
}

/** Every WCAG 2.2 A/AA violation on the page now, as plain records (empty when there is none). */
export async function axeProblems(page: Page): Promise<AxeProblem[]> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_TAGS]).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      target: node.target.map(String).join(' > '),
      summary: (node.failureSummary ?? '').replace(/\s+/g, ' ').trim(),
    })),
  );
}

/** One readable line per violation and node, each saying where (the state checked) it was found. */
export async function axeReport(page: Page, where: string): Promise<string[]> {
  const problems = await axeProblems(page);
  return problems.map((p) => `${where}: [${p.impact}] ${p.rule}: ${p.help} at ${p.target}. ${p.summary}`);
}

/**
 * Collects violations over many states, then fails once with all of them (each rule and place once,
 * with the first state it was seen in), so one run lists everything to fix.
 */
export class AxeLog {
  private readonly seen = new Map<string, string>();

  async check(page: Page, where: string): Promise<void> {
    for (const p of await axeProblems(page)) {
      const key = `${p.rule} ${p.target}`;
      if (!this.seen.has(key))
        this.seen.set(key, `${where}: [${p.impact}] ${p.rule}: ${p.help} at ${p.target}. ${p.summary}`);
    }
  }

  /** Every distinct violation seen: [] when there was none. */
  get violations(): string[] {
    return [...this.seen.values()];
  }
}
