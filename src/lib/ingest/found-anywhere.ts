import type { Db } from '../db';

/**
 * Whether each condition holds on some row of `raw`, in one scan that ends just after the last of
 * them is first met (a condition never met reads the file to its end, as a LIMIT 1 query would).
 * Each row carries running counts (a streaming window); the rows kept are those where some
 * condition is first met and those after all are, so the LIMIT is reached one row past the last.
 */
export async function foundAnywhere(db: Db, raw: string, conditions: readonly string[]): Promise<boolean[]> {
  if (conditions.length === 0) return [];
  const counts = conditions.map((_, i) => `s${i}`);
  const running = conditions.map(
    (when, i) =>
      `sum(CASE WHEN ${when} THEN 1 ELSE 0 END) OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS s${i}`,
  );
  const here = conditions.map((when, i) => `coalesce(${when}, false) AS h${i}`);
  const firstHere = counts.map((s, i) => `(h${i} AND ${s} = 1)`);
  const allFound = counts.map((s) => `${s} > 0`).join(' AND ');
  const rows = await db.query<Record<string, number | null>>(
    `SELECT ${counts.join(', ')} FROM (SELECT ${running.join(', ')}, ${here.join(', ')} FROM ${raw})
     WHERE ${firstHere.join(' OR ')} OR (${allFound}) LIMIT ${conditions.length + 1}`,
  );
  return counts.map((s) => rows.some((row) => (row[s] ?? 0) > 0));
}
