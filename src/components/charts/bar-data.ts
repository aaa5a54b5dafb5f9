export interface BarDatum {
  category: string;
  /** The whole bar, e.g. leads from this source. */
  value: number;
  /** The part of `value` that is "the gap", e.g. never followed up (drawn in the accent). */
  gap?: number | null | undefined;
  /** A row that already gathers the segments past the top (see `foldSegments`): not selectable. */
  other?: boolean | undefined;
}

export interface PlacedBar extends BarDatum {
  /** value − gap: the neutral part of the bar. */
  rest: number;
  gapPart: number;
  /** gap / value, null without a gap or with an empty bar. */
  gapShare: number | null;
  /** "Other" rolls up the categories past the limit; it cannot be selected. */
  other: boolean;
}

/**
 * The segments' rule (lib/metrics TOP_SEGMENTS, as the funnel by segment): the first `top` rows of
 * `data` as given (the metrics' order: most leads first) keep their names, the rest are summed into
 * one "Other (n)" drawn last; `sort` then orders the kept bars by value. Gaps above the bar's value
 * are clamped to it. Figures that do not add up (a rate, revenue per lead) are folded by the caller
 * with `foldSegments` and passed with `top` = their length.
 */
export function placeBars(data: readonly BarDatum[], top: number, sort = true): PlacedBar[] {
  const folded = data.slice(0, Math.max(1, top));
  const keep = sort ? [...folded].sort((a, b) => b.value - a.value) : folded;
  const placed = keep.map((datum) => place(datum, datum.other === true));
  if (folded.length < data.length) {
    const rest = data.slice(folded.length);
    const hasGap = rest.some((d) => d.gap !== null && d.gap !== undefined);
    placed.push(
      place(
        {
          category: `Other (${rest.length})`,
          value: rest.reduce((sum, d) => sum + d.value, 0),
          gap: hasGap ? rest.reduce((sum, d) => sum + (d.gap ?? 0), 0) : null,
        },
        true,
      ),
    );
  }
  return placed;
}

function place(datum: BarDatum, other: boolean): PlacedBar {
  const value = Math.max(0, datum.value);
  const gapPart = datum.gap === null || datum.gap === undefined ? 0 : Math.min(Math.max(0, datum.gap), value);
  const hasGap = datum.gap !== null && datum.gap !== undefined;
  return {
    ...datum,
    value,
    rest: value - gapPart,
    gapPart,
    gapShare: hasGap && value > 0 ? gapPart / value : null,
    other,
  };
}

/** The same rule for rows whose figures do not add up: the first `top` kept, the rest `combine`d. */
export function foldSegments<T>(rows: readonly T[], top: number, combine: (rest: T[]) => T): T[] {
  if (rows.length <= top) return [...rows];
  return [...rows.slice(0, top), combine(rows.slice(top))];
}
