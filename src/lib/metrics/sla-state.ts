/**
 * A lead's SLA state (grain: one lead): 'within' | 'breached' | 'pending' | NULL, on the clock the
 * definition names, and how queries compare it. lead-facts.ts stores it per lead as an ENUM.
 */
import type { MetricContext } from './context';
import { knowledge } from './known';
import { sqlNumber } from './query';

/** sla_state's stored type (derived-facts.ts). */
export const SLA_STATE_TYPE = `ENUM('within', 'breached', 'pending')`;

/**
 * "sla_state is this state", the literal typed as the stored ENUM: compared with a plain string the
 * ENUM column is cast to text on every row (~10 ms per query at 1M leads). The computed path's text
 * sla_state compares with it as text.
 */
export function slaIs(state: 'within' | 'breached' | 'pending'): string {
  return `sla_state = '${state}'::${SLA_STATE_TYPE}`;
}

/**
 * Over a row holding the lead, linkFacts, timeFacts (and the clock's columns with working hours on):
 * 'within' | 'breached' | 'pending' | NULL, on the clock the definition names (issue 20).
 */
export function slaState(ctx: MetricContext): string {
  const k = knowledge(ctx.known);
  const sla = sqlNumber(ctx.definition.slaHours);
  const working = ctx.clock !== undefined && ctx.clock.hours.slaClock === 'working';
  const response = working ? 'working_response_hours' : 'response_hours';
  const age = working ? 'working_age_hours' : 'age_hours';
  return `CASE
      WHEN NOT ${k.firstTouch} OR followed_up IS NULL THEN NULL
      WHEN first_touch_at IS NOT NULL THEN
        CASE WHEN response_hours IS NULL OR response_hours < 0 THEN NULL
             WHEN ${response} <= ${sla} THEN 'within' ELSE 'breached' END
      WHEN followed_up OR ${age} IS NULL THEN NULL
      WHEN ${age} > ${sla} THEN 'breached' ELSE 'pending' END`;
}
