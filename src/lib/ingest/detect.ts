import type { Db } from '../db';
import type { Mapping } from './automap';
import { fieldsOf, type TableKind } from './fields';
import { detectColumnFormats, type DateDetection, type RowSource } from './formats';
import type { ColumnFormats } from './transform';

export interface Detection {
  formats: ColumnFormats;
  /** Date detections of mapped date columns, by column index, shown on the mapping screen. */
  dates: Partial<Record<number, DateDetection>>;
}

/**
 * Decides the formats of the columns mapped to typed fields. Formats the user already chose (a
 * remembered mapping) are kept. Each column is judged on its first 1,000 values; a column they
 * leave undecided (dates all ≤ 12, numbers without decimals) is judged on all its values (one query
 * for the first values of every column, one scan of the file for those left open). A later
 * value that contradicts a proven format is reported when it is typed, never guessed.
 */
export async function detectFormats(
  db: Db,
  from: RowSource,
  kind: TableKind,
  mapping: Mapping,
  delimiter: string,
  chosen: ColumnFormats = { dates: {}, numbers: {} },
): Promise<Detection> {
  const formats: ColumnFormats = { dates: {}, numbers: {} };
  const dates: Detection['dates'] = {};
  const dateColumns: number[] = [];
  const numberColumns: number[] = [];
  for (const field of fieldsOf(kind)) {
    const column = mapping[field.name];
    if (column === undefined) continue;
    if (field.type === 'timestamp') dateColumns.push(column);
    else if (field.type === 'number') {
      const remembered = chosen.numbers[column];
      if (remembered) formats.numbers[column] = remembered;
      else numberColumns.push(column);
    }
  }
  const found = await detectColumnFormats(db, from, dateColumns, numberColumns, delimiter);
  for (const [column, detection] of found.dates) {
    dates[column] = detection;
    const format = chosen.dates[column] ?? (detection.kind === 'decided' ? detection.format : undefined);
    if (format) formats.dates[column] = format;
    if (detection.kind === 'decided' && detection.zoned) (formats.zoned ??= []).push(column);
  }
  for (const [column, format] of found.numbers) formats.numbers[column] = format;
  return { formats, dates };
}

/** Date columns that need the user's word: ambiguous, and not chosen yet. */
export function undecidedDateColumns(detection: Detection): number[] {
  return Object.entries(detection.dates)
    .filter(([column, d]) => d?.kind === 'ambiguous' && detection.formats.dates[Number(column)] === undefined)
    .map(([column]) => Number(column));
}

/**
 * `formats` with a decided separator for every number column `mapping` names: a column mapped by
 * hand on the mapping screen (headers the app did not know, a localised export) was never judged,
 * and read with a decimal dot its "12.000,00 €" came out as 12.
 */
export async function withNumberFormats(
  db: Db,
  from: RowSource,
  kind: TableKind,
  mapping: Mapping,
  delimiter: string,
  formats: ColumnFormats,
): Promise<ColumnFormats> {
  const open = fieldsOf(kind)
    .filter((field) => field.type === 'number')
    .map((field) => mapping[field.name])
    .filter((column): column is number => column !== undefined && formats.numbers[column] === undefined);
  if (open.length === 0) return formats;
  const found = await detectColumnFormats(db, from, [], [...new Set(open)], delimiter);
  return { ...formats, numbers: { ...formats.numbers, ...Object.fromEntries(found.numbers) } };
}
