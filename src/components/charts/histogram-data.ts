export interface HistogramBin {
  label: string;
  count: number;
  /** Lower edge of the bin, in the threshold's unit. */
  from: number;
}

export interface MarkedBin extends HistogramBin {
  /** Starts at or past the threshold: "the gap". */
  past: boolean;
}

export function markBins(bins: readonly HistogramBin[], threshold: number): MarkedBin[] {
  return bins.map((bin) => ({ ...bin, past: bin.from >= threshold }));
}

/** Share of the counts at or past the threshold (null when there is nothing to count). */
export function shareAtOrPast(bins: readonly HistogramBin[], threshold: number): number | null {
  const total = bins.reduce((sum, bin) => sum + bin.count, 0);
  if (!total) return null;
  return bins.filter((bin) => bin.from >= threshold).reduce((sum, bin) => sum + bin.count, 0) / total;
}
