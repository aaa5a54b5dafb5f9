export interface FunnelStage {
  /** Stable id, e.g. "followed_up". */
  key: string;
  label: string;
  /** null: the stage is not in the data (shown as such, never as 0). */
  count: number | null;
  fromPrevious: number | null;
  fromLeads: number | null;
  /** What would provide a missing stage, e.g. "Map first_touch_at, touches or status". */
  missing?: string | undefined;
}

export interface PlacedStage extends FunnelStage {
  /** Lost since the previous known stage (null for the first, or when either count is unknown). */
  drop: number | null;
  known: boolean;
}

/** Each stage with what it lost since the previous stage the data knows. */
export function placeStages(stages: readonly FunnelStage[]): PlacedStage[] {
  let previous: number | null = null;
  return stages.map((stage) => {
    const known = stage.count !== null && Number.isFinite(stage.count);
    const drop = known && previous !== null ? Math.max(0, previous - (stage.count ?? 0)) : null;
    if (known) previous = stage.count;
    return { ...stage, drop, known };
  });
}
