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
