/**
 * Response-time distribution (grain: filtered leads with a first touch at or after creation): a
 * histogram of response hours. Bins run (from, to], the first from 0 inclusive, the last open-ended;
 * the edges are fixed (1 h … 30 d) plus the SLA, so every bin is wholly within or wholly past the SLA
 * (`band`). Negative responses are counted apart. Null without first_touch_at.
 */
import type { MetricContext } from './context';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, type Query } from './query';

export const RESPONSE_EDGES_HOURS = [1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 720] as const;

export interface ResponseBin {
  fromHours: number;
  /** null: open-ended (the last bin). */
  toHours: number | null;
  count: number;
  band: 'within' | 'breached';
}

export interface ResponseDistribution {
  bins: ResponseBin[];
  /** Responses included in the bins. */
  responses: number;
  /** First touch before creation: data errors, not in the bins. */
  negative: number;
}

/** The bin edges for an SLA (sorted, unique, > 0). Pure. */
export function responseEdges(slaHours: number): number[] {
  const edges = new Set<number>(RESPONSE_EDGES_HOURS);
  if (slaHours > 0 && Number.isFinite(slaHours)) edges.add(slaHours);
  return [...edges].sort((a, b) => a - b);
}

export function responseDistributionQuery(ctx: MetricContext): Query<ResponseDistribution | null> {
  const k = knowledge(ctx.known);
  const sla = ctx.definition.slaHours;
  const edges = responseEdges(sla);
  const bin = `CASE ${edges.map((edge, i) => `WHEN response_hours <= ${edge} THEN ${i}`).join(' ')} ELSE ${edges.length} END`;
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT CASE WHEN response_hours < 0 THEN -1 ELSE ${bin} END AS bin, count(*) AS n
      FROM lead_facts WHERE response_hours IS NOT NULL GROUP BY 1`,
    parse: (rows) => {
      if (!k.firstTouch) return null;
      const counts = new Map(rows.map((row) => [int(row['bin']), int(row['n'])]));
      const bins = [0, ...edges].map((fromHours, i) => {
        const toHours = edges[i] ?? null;
        const band: ResponseBin['band'] = toHours !== null && toHours <= sla ? 'within' : 'breached';
        return { fromHours, toHours, count: counts.get(i) ?? 0, band };
      });
      return {
        bins,
        responses: bins.reduce((sum, b) => sum + b.count, 0),
        negative: counts.get(-1) ?? 0,
      };
    },
  };
}
