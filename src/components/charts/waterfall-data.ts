export interface WaterfallStep {
  label: string;
  value: number;
}

export interface WaterfallBar {
  label: string;
  /** The figure the step shows: a total, or a signed change. */
  value: number;
  kind: 'start' | 'change' | 'end';
  /** [low, high] on the value axis. */
  range: [number, number];
  /** The running total after this step (where the connector to the next bar sits). */
  level: number;
}

/**
 * Bars of a waterfall: the start total, each signed change from the running total, and the end
 * total (given, e.g. the GAP the calculator computed, or the start plus the changes).
 */
export function waterfallBars(
  start: WaterfallStep,
  changes: readonly WaterfallStep[],
  end: { label: string; value?: number | undefined },
): WaterfallBar[] {
  const bars: WaterfallBar[] = [
    {
      label: start.label,
      value: start.value,
      kind: 'start',
      range: span(0, start.value),
      level: start.value,
    },
  ];
  let running = start.value;
  for (const change of changes) {
    const next = running + change.value;
    bars.push({
      label: change.label,
      value: change.value,
      kind: 'change',
      range: span(running, next),
      level: next,
    });
    running = next;
  }
  const total = end.value ?? running;
  bars.push({ label: end.label, value: total, kind: 'end', range: span(0, total), level: total });
  return bars;
}

function span(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}
