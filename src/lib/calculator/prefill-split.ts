/**
 * How the data's counts become the calculator's three rates so that they multiply back to the data:
 * follow-up × lead→SQL × SQL close = won leads / leads (the data's lead-to-win). Pure.
 *
 * - Every stage known: follow-up = followed / leads, lead→SQL = qualified / followed, SQL close =
 *   won / qualified (won ⊆ qualified ⊆ followed, so the product is won / leads).
 * - No qualified stage: lead→SQL × SQL close = won / followed is split by the benchmark: SQL close is
 *   McDade's average (20%) and lead→SQL the rest; when that would pass 100%, lead→SQL is 100% and SQL
 *   close takes the whole product.
 * - Follow-up unknown: follow-up is the typical benchmark (Bedwany, 50%), never below lead-to-win, and
 *   the other two share lead-to-win ÷ follow-up as above.
 * - Won leads unknown (no deals, or none linked to a lead; unknown, not none): SQL close is null; lead→SQL comes from the
 *   data when it has both stages.
 */
import { FOLLOW_UP_TYPICAL, SQL_CLOSE_AVERAGE } from './benchmarks';
import type { Provenance } from './types';

export interface SplitCounts {
  leads: number | null;
  followed: number | null;
  qualified: number | null;
  won: number | null;
}

export interface SplitRates {
  followUpRate: number | null;
  leadToSqlRate: number | null;
  sqlCloseRate: number | null;
  /** Where each rate came from when it is not plainly the data's. */
  sources: { followUpRate: Provenance; leadToSqlRate: Provenance; sqlCloseRate: Provenance };
  /** Sentences naming what was assumed to make the rates multiply back to the data. */
  notes: string[];
}

const DATA: Provenance = { kind: 'data' };
const pct = (x: number) => `${(x * 100).toLocaleString('en-US', { maximumFractionDigits: 1 })}%`;

/** The benchmark split of a product p = lead→SQL × SQL close (0 ≤ p ≤ 1). */
function benchmarkSplit(p: number): { leadToSql: number; close: number } {
  const close = SQL_CLOSE_AVERAGE.value;
  return p <= close ? { leadToSql: p / close, close } : { leadToSql: 1, close: p };
}

export function splitRates(c: SplitCounts): SplitRates {
  const notes: string[] = [];
  const sources = { followUpRate: DATA, leadToSqlRate: DATA, sqlCloseRate: DATA };
  const { leads, followed, qualified, won } = c;
  if (leads === null || leads <= 0) {
    return { followUpRate: null, leadToSqlRate: null, sqlCloseRate: null, sources, notes };
  }
  const leadToWin = won === null ? null : won / leads;
  let follow: number | null = followed === null ? null : followed / leads;
  if (follow === null) {
    follow = Math.max(FOLLOW_UP_TYPICAL.value, leadToWin ?? 0);
    sources.followUpRate = {
      kind: 'benchmark',
      source: `${FOLLOW_UP_TYPICAL.source} (assumed: not in your data)`,
    };
    notes.push(
      `Follow-up is not in your data: ${pct(follow)} is assumed (${FOLLOW_UP_TYPICAL.source}), and lost to no follow-up rests on it.`,
    );
  }
  if (follow === 0) return { followUpRate: 0, leadToSqlRate: null, sqlCloseRate: null, sources, notes };
  // Qualified leads per followed-up lead: exact when both stages are in the data.
  const qualifiedShare =
    qualified === null ? null : followed !== null ? qualified / followed : qualified / leads / follow;
  if (leadToWin === null) {
    if (won === null) notes.push('Won leads are not in your data: SQL close rate stays the benchmark.');
    return {
      followUpRate: follow,
      leadToSqlRate: qualifiedShare === null ? null : Math.min(1, qualifiedShare),
      sqlCloseRate: null,
      sources,
      notes,
    };
  }
  const p = leadToWin / follow;
  if (qualified !== null && won !== null && qualified > 0 && followed !== null && qualified <= followed) {
    return {
      followUpRate: follow,
      leadToSqlRate: qualified / followed,
      sqlCloseRate: won / qualified,
      sources,
      notes,
    };
  }
  if (qualifiedShare !== null && qualifiedShare > 0) {
    const leadToSql = Math.min(1, qualifiedShare);
    return { followUpRate: follow, leadToSqlRate: leadToSql, sqlCloseRate: p / leadToSql, sources, notes };
  }
  const split = benchmarkSplit(p);
  sources.sqlCloseRate = {
    kind: 'benchmark',
    source: `${SQL_CLOSE_AVERAGE.source} (average), split from your lead-to-win`,
  };
  notes.push(
    `Your data has no qualified stage: lead→SQL × SQL close = ${pct(p)} (your lead-to-win ÷ follow-up) is split with SQL close at ${pct(split.close)} (${SQL_CLOSE_AVERAGE.source} average${split.close === SQL_CLOSE_AVERAGE.value ? '' : ', raised to fit'}), so the rates multiply back to your lead-to-win.`,
  );
  return { followUpRate: follow, leadToSqlRate: split.leadToSql, sqlCloseRate: split.close, sources, notes };
}
