/**
 * Funnel (grain: filtered leads): leads → followed up → qualified → opportunity → won. A lead counts at
 * a stage by its own facts (see lead-facts.ts), so stages need not nest. A stage is null when none of
 * its own fields is in the data; the stages after it still count. fromPrevious divides by the previous
 * KNOWN stage (the leads stage has none: null); fromLeads by the leads.
 */
import type { MetricContext } from './context';
import { leadFacts } from './lead-facts';
import { knowledge } from './known';
import { int, only, ratio, type Query, type Row } from './query';

export const FUNNEL_STAGES = ['leads', 'followed_up', 'qualified', 'opportunity', 'won'] as const;
export type FunnelStageName = (typeof FUNNEL_STAGES)[number];

export interface FunnelStage {
  stage: FunnelStageName;
  count: number | null;
  fromPrevious: number | null;
  fromLeads: number | null;
}

/** Stage counts (null: unknown stage) → stages with their rates. Pure. */
export function funnelStages(counts: readonly (number | null)[]): FunnelStage[] {
  const leads = counts[0] ?? null;
  let previous: number | null = null;
  return FUNNEL_STAGES.map((stage, i) => {
    const count = counts[i] ?? null;
    const row: FunnelStage = {
      stage,
      count,
      fromPrevious: count === null || i === 0 ? null : ratio(count, previous),
      fromLeads: count === null ? null : ratio(count, leads),
    };
    if (count !== null) previous = count;
    return row;
  });
}

/** The SELECT list of the five stage counts over `lead_facts` (shared with the segmented funnel). */
export const STAGE_COUNTS = `count(*) AS leads,
  count_if(followed_up) AS followed_up,
  count_if(qualified) AS qualified,
  count_if(opportunity) AS opportunity,
  count_if(won) AS won`;

/** A row of STAGE_COUNTS → counts, with unknown stages null. */
export function stageCounts(ctx: MetricContext, row: Row): (number | null)[] {
  const k = knowledge(ctx.known);
  const known = [k.hasLeads, k.followUp, k.qualified, k.opportunity, k.hasLeads && k.won];
  return FUNNEL_STAGES.map((stage, i) => (known[i] ? int(row[stage]) : null));
}

export function funnelQuery(ctx: MetricContext): Query<FunnelStage[]> {
  return {
    sql: `WITH ${leadFacts(ctx)} SELECT ${STAGE_COUNTS} FROM lead_facts`,
    parse: (rows) => funnelStages(stageCounts(ctx, only(rows))),
  };
}
