/**
 * The first pass of detection: the date and number columns' first 1,000 non-empty values, judged in
 * one query over the sample table. Each statement costs the browser its preparing (~30 ms for the
 * date regexps) on top of running, so the columns are stacked and each aggregate appears once.
 */
import type { Db } from '../db';
import { dateStatsOf, namedCountSql, separatorOf, valueDateStatsSql, type DateStats } from './date-stats';
import { hasSeparatorSql, numberCountsOf, numberStatsSql, type NumberCounts } from './number-stats';
import { SAMPLE_VALUES, stackedValues } from './row-source';

export interface SampleStats {
  /** Each date column's counts and the separator its values mostly use (reading on needs it). */
  dates: Map<number, { stats: DateStats; separator: string }>;
  numbers: Map<number, NumberCounts>;
}

export async function sampleStats(
  db: Db,
  sample: string,
  dateColumns: readonly number[],
  numberColumns: readonly number[],
): Promise<SampleStats> {
  const dates = [...new Set(dateColumns)];
  const numbers = [...new Set(numberColumns)];
  const parts: string[] = [];
  if (dates.length > 0) {
    parts.push(`SELECT 'date' AS kind, k, ${valueDateStatsSql('v', 'd', false)}
      FROM (${stackedValues(sample, dates, SAMPLE_VALUES)}) GROUP BY k`);
  }
  if (numbers.length > 0) {
    parts.push(`SELECT 'number' AS kind, k, ${numberStatsSql('v', 'n')}, count(*) AS n_any
      FROM (${stackedValues(sample, numbers, SAMPLE_VALUES)}) WHERE ${hasSeparatorSql('v')} GROUP BY k`);
  }
  const rows =
    parts.length === 0
      ? []
      : await db.query<Record<string, number | null> & { kind: string; k: number }>(
          parts.join(' UNION ALL BY NAME '),
        );
  // Month-name dates are counted only in the columns with a word in a value (date-stats.ts).
  const wordy = rows.filter((r) => r.kind === 'date' && Number(r['d_wordy'] ?? 0) > 0).map((r) => r.k);
  const named =
    wordy.length === 0
      ? []
      : await db.query<{ k: number; d_named: number }>(
          `SELECT k, ${namedCountSql('v', 'd')} FROM (${stackedValues(sample, wordy, SAMPLE_VALUES)}) GROUP BY k`,
        );
  for (const { k, d_named } of named) {
    const date = rows.find((r) => r.kind === 'date' && r.k === k);
    if (date) date['d_named'] = d_named;
  }
  // A column without a row had no values (or none with a separator): all its counts are 0.
  const row = (kind: string, k: number) => rows.find((r) => r.kind === kind && r.k === k);
  return {
    dates: new Map(
      dates.map((k) => [
        k,
        { stats: dateStatsOf(row('date', k), 'd'), separator: separatorOf(row('date', k), 'd') },
      ]),
    ),
    numbers: new Map(numbers.map((k) => [k, numberCountsOf(row('number', k), 'n')])),
  };
}
