export type SegmentTone = 'neutral' | 'gap' | 'soft' | 'hatched';

export interface Segment {
  key: string;
  label: string;
  value: number;
  /** neutral (default), gap (the accent), soft (light neutral), hatched (light, striped: e.g. pending). */
  tone?: SegmentTone | undefined;
}

export interface PlacedSegment extends Segment {
  share: number | null;
  /** Where the segment starts, as a share of the total. */
  offset: number;
}

/** Segments with their share of the total (null shares when the total is 0). */
export function placeSegments(segments: readonly Segment[]): { total: number; placed: PlacedSegment[] } {
  const total = segments.reduce((sum, s) => sum + Math.max(0, s.value), 0);
  let offset = 0;
  const placed = segments.map((segment) => {
    const share = total > 0 ? Math.max(0, segment.value) / total : null;
    const item = { ...segment, share, offset };
    offset += share ?? 0;
    return item;
  });
  return { total, placed };
}
