/**
 * What a number column's values say about its decimal separator. A value proves a decimal comma
 * when a comma is followed by 1–2 final digits or follows a dot group (1.234,5); it proves a decimal
 * dot the same way round. With no proof, whole amounts written in thousands groups decide: "12.000 €"
 * groups with dots (decimal comma), "12,000" with commas (decimal dot); a figure never starts "0."
 * or "0," when grouped, so "0.125" says nothing. With neither, a semicolon-separated file (the
 * European Excel default) is read with decimal commas, anything else with dots.
 */
import type { NumberFormat } from './formats';

export interface NumberCounts {
  comma: number;
  dot: number;
  /** Whole amounts grouped in thousands by dots ("12.000") or by commas ("12,000"), no decimals. */
  dotGroups: number;
  commaGroups: number;
  /** Values with a comma or a dot: only those can prove anything. */
  any: number;
}

/** Only values with a separator can prove anything: the rest are dropped before the regexps. */
export const hasSeparatorSql = (v: string) => `(contains(${v}, ',') OR contains(${v}, '.'))`;

/** Counts (named `<prefix>_comma`, `_dot`) over values `v` that have a separator. */
export function numberStatsSql(v: string, prefix: string): string {
  const digits = `regexp_replace(${v}, '[^0-9.,-]', '', 'g')`;
  return `count(*) FILTER (regexp_matches(${digits}, ',\\d{1,2}$') OR regexp_matches(${digits}, '\\.\\d{3},')) AS ${prefix}_comma,
      count(*) FILTER (regexp_matches(${digits}, '\\.\\d{1,2}$') OR regexp_matches(${digits}, ',\\d{3}\\.')) AS ${prefix}_dot,
      count(*) FILTER (regexp_matches(${digits}, '^-?[1-9]\\d{0,2}(\\.\\d{3})+$')) AS ${prefix}_dot_groups,
      count(*) FILTER (regexp_matches(${digits}, '^-?[1-9]\\d{0,2}(,\\d{3})+$')) AS ${prefix}_comma_groups`;
}

export function numberCountsOf(row: Record<string, number | null> | undefined, prefix: string): NumberCounts {
  return {
    comma: row?.[`${prefix}_comma`] ?? 0,
    dot: row?.[`${prefix}_dot`] ?? 0,
    dotGroups: row?.[`${prefix}_dot_groups`] ?? 0,
    commaGroups: row?.[`${prefix}_comma_groups`] ?? 0,
    any: row?.[`${prefix}_any`] ?? 0,
  };
}

export function decideNumberFormat(counts: NumberCounts, delimiter: string): NumberFormat {
  if (counts.comma > counts.dot) return 'comma';
  if (counts.dot > counts.comma) return 'dot';
  if (counts.dotGroups > 0 && counts.commaGroups === 0) return 'comma';
  if (counts.commaGroups > 0 && counts.dotGroups === 0) return 'dot';
  return delimiter === ';' ? 'comma' : 'dot';
}

/**
 * Whether the first values leave the column to the rest of the file. When they hold no separator
 * at all (whole numbers), the rest is only searched in a semicolon file, where the default (decimal
 * comma) would misread a later 1200.50 a hundredfold; in a comma file a decimal comma inside quotes
 * is rare enough not to read the whole file for it.
 */
export function needsWholeFile(sample: NumberCounts, delimiter: string): boolean {
  if (sample.comma !== sample.dot) return false;
  return !(sample.any === 0 && delimiter !== ';');
}
