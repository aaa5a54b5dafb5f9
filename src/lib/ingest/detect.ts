import type { Db } from '../db';
import type { Mapping } from './automap';
import { fieldsOf, type TableKind } from './fields';
import { detectDateFormat, detectNumberFormat, type DateDetection } from './formats';
import type { ColumnFormats } from './transform';

export interface Detection {
  formats: ColumnFormats;
  /** Date detections of mapped date columns, by column index, shown on the mapping screen. */
  dates: Partial<Record<number, DateDetection>>;
}

/**
 * Decides the formats of the columns mapped to typed fields. Formats the user already chose (a
 * remembered mapping) are kept; the rest are detected over all values.
 */
export async function detectFormats(
  db: Db,
  raw: string,
  kind: TableKind,
  mapping: Mapping,
  delimiter: string,
  chosen: ColumnFormats = { dates: {}, numbers: {} },
): Promise<Detection> {
  const formats: ColumnFormats = { dates: {}, numbers: {} };
  const dates: Detection['dates'] = {};
  for (const field of fieldsOf(kind)) {
    const column = mapping[field.name];
    if (column === undefined) continue;
    if (field.type === 'timestamp') {
      const detection = await detectDateFormat(db, raw, column);
      dates[column] = detection;
      const format = chosen.dates[column] ?? (detection.kind === 'decided' ? detection.format : undefined);
      if (format) formats.dates[column] = format;
    } else if (field.type === 'number') {
      formats.numbers[column] =
        chosen.numbers[column] ?? (await detectNumberFormat(db, raw, column, delimiter));
    }
  }
  return { formats, dates };
}

/** Date columns that need the user's word: ambiguous, and not chosen yet. */
export function undecidedDateColumns(detection: Detection): number[] {
  return Object.entries(detection.dates)
    .filter(([column, d]) => d?.kind === 'ambiguous' && detection.formats.dates[Number(column)] === undefined)
    .map(([column]) => Number(column));
}
