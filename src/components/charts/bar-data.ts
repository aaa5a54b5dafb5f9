export interface BarDatum {
  category: string;
  /** The whole bar, e.g. leads from this source. */
  value: number;
  /** The part of `value` that is "the gap", e.g. never followed up (drawn in the accent). */
  gap?: number | null | undefined;
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
 * Bars biggest first, at most `maxBars` (the rest summed into "Other (n)"), so a chart never draws
 * more marks than can be read. Gaps above the bar's value are clamped to it.
 */
export function placeBars(data: readonly BarDatum[], maxBars: number, sort = true): PlacedBar[] {
  const ordered = sort ? [...data].sort((a, b) => b.value - a.value) : [...data];
  const keep = ordered.length > maxBars ? ordered.slice(0, Math.max(1, maxBars - 1)) : ordered;
  const placed = keep.map((datum) => place(datum, false));
  if (keep.length < ordered.length) {
    const rest = ordered.slice(keep.length);
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
