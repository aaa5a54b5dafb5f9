import type { Db } from '../db';
import { decideDateFormat } from './date-stats';
import { fileProofs, type DateProofNeed } from './file-proofs';
import { decideNumberFormat, needsWholeFile } from './number-stats';
import { rawOf, sampleTable, type RowSource } from './row-source';
import { sampleStats } from './sample-stats';

export { dateLikeSql } from './date-forms';
export { decideDateFormat, EXCEL_SHARE, type DateStats } from './date-stats';
export { dominantPatterns, type DominantPattern } from './dominant';
export type { RowSource } from './row-source';

/**
 * Per-column value formats, decided over every value of the column (not a sample): a file whose
 * first rows are all ambiguous (03/04/2024) is settled by a later 3/25/2024. A column that stays
 * ambiguous is reported as such, and the user is asked.
 */
export type DateFormat = 'iso' | 'mdy' | 'dmy' | 'ymd' | 'named' | 'excel';
export type NumberFormat = 'dot' | 'comma';

export type DateDetection =
  /** zoned: most values carry their own UTC offset (stored as UTC instants; issue 20). */
  | { kind: 'decided'; format: DateFormat; why: string; zoned?: true }
  | { kind: 'ambiguous'; options: DateFormat[]; why: string }
  | { kind: 'unrecognised'; why: string };

export const DATE_FORMAT_LABELS: Record<DateFormat, string> = {
  iso: 'Year-month-day (2024-03-25)',
  mdy: 'Month/day/year (03/25/2024)',
  dmy: 'Day/month/year (25/03/2024)',
  ymd: 'Year/month/day (2024/03/25)',
  named: 'Month name (Mar 25, 2024; 25 März 2024)',
  excel: 'A number: Excel serial (45376) or Unix time (1711324800)',
};

/**
 * Formats of a file's date and number columns: each column judged on its first 1,000 values (one
 * query for all); the columns those leave open (dates with every part ≤ 12, numbers without proof)
 * then read on through the file, all in one scan.
 */
export async function detectColumnFormats(
  db: Db,
  from: RowSource,
  dateColumns: readonly number[],
  numberColumns: readonly number[],
  delimiter: string,
): Promise<{ dates: Map<number, DateDetection>; numbers: Map<number, NumberFormat> }> {
  const sample = await sampleStats(db, sampleTable(from), dateColumns, numberColumns);
  const dates = new Map<number, DateDetection>();
  const numbers = new Map<number, NumberFormat>();
  const ambiguous: DateProofNeed[] = [];
  for (const [column, { stats, separator }] of sample.dates) {
    const detection = decideDateFormat(stats);
    if (detection.kind === 'ambiguous') ambiguous.push({ column, separator });
    else if (detection.kind === 'decided' && (stats.zoned ?? 0) * 2 > stats.n) {
      dates.set(column, { ...detection, zoned: true });
    } else dates.set(column, detection);
  }
  const open: number[] = [];
  for (const [column, counts] of sample.numbers) {
    if (needsWholeFile(counts, delimiter)) open.push(column);
    else numbers.set(column, decideNumberFormat(counts, delimiter));
  }
  const whole = await fileProofs(db, rawOf(from), ambiguous, open);
  const larger = (a: number | null, b: number | null | undefined) => Math.max(a ?? 0, b ?? 0) || null;
  for (const { column } of ambiguous) {
    const stats = sample.dates.get(column)?.stats;
    const proof = whole.dates.get(column);
    if (!stats) continue;
    dates.set(
      column,
      decideDateFormat({
        ...stats,
        first_max: larger(stats.first_max, proof?.first_max),
        second_max: larger(stats.second_max, proof?.second_max),
      }),
    );
  }
  for (const column of open) {
    numbers.set(
      column,
      decideNumberFormat(
        whole.numbers.get(column) ?? { comma: 0, dot: 0, dotGroups: 0, commaGroups: 0, any: 0 },
        delimiter,
      ),
    );
  }
  // In the order asked, as callers list them.
  const inOrder = <T>(columns: readonly number[], found: Map<number, T>) =>
    new Map(columns.flatMap((c) => (found.has(c) ? [[c, found.get(c) as T] as const] : [])));
  return { dates: inOrder(dateColumns, dates), numbers: inOrder(numberColumns, numbers) };
}

/** Date detections for several columns (see `detectColumnFormats`). */
export async function detectDateFormats(
  db: Db,
  from: RowSource,
  columns: number[],
): Promise<Map<number, DateDetection>> {
  return (await detectColumnFormats(db, from, columns, [], ',')).dates;
}

export async function detectDateFormat(db: Db, from: RowSource, column: number): Promise<DateDetection> {
  const found = await detectDateFormats(db, from, [column]);
  return found.get(column) ?? { kind: 'unrecognised', why: 'The column is empty.' };
}

/**
 * A number column's format, from its first 1,000 values when they prove it, else from the whole
 * file where `needsWholeFile` says so (number-stats.ts).
 */
export async function detectNumberFormat(
  db: Db,
  from: RowSource,
  column: number,
  delimiter: string,
): Promise<NumberFormat> {
  return (await detectColumnFormats(db, from, [], [column], delimiter)).numbers.get(column) ?? 'dot';
}
