/** The follow-up family: follow-up counts, response times, SLA and the response-time histogram. */
import type { Reference } from './reference';
import { count, quantile, rate } from './util';

export function followUp(ref: Reference) {
  const f = ref.facts;
  const fu = ref.followUpKnown;
  const sla = ref.slaKnown;
  const responses = f.map((x) => x.response).filter((r): r is number => r !== null && r >= 0);
  const within = sla ? count(f, (x) => x.sla === 'within') : null;
  const breached = sla ? count(f, (x) => x.sla === 'breached') : null;
  const followedUp = fu ? count(f, (x) => x.followedUp) : null;
  const buckets: [string, number, number][] = [
    ['0-2d', -Infinity, 2],
    ['2-7d', 2, 7],
    ['7-30d', 7, 30],
    ['30-90d', 30, 90],
    ['90d+', 90, Infinity],
  ];
  return {
    followedUp,
    neverFollowedUp: fu ? count(f, (x) => x.followedUp === false) : null,
    rate: rate(followedUp, f.length),
    medianResponseHours: sla ? quantile(responses, 0.5) : null,
    p90ResponseHours: sla ? quantile(responses, 0.9) : null,
    withinSla: within,
    breachedSla: breached,
    pendingSla: sla ? count(f, (x) => x.sla === 'pending') : null,
    slaCompliance: within === null || breached === null ? null : rate(within, within + breached),
    untouchedByAge:
      fu && ref.has('created_at')
        ? buckets.map(([bucket, lo, hi]) => ({
            bucket,
            count: count(
              f,
              (x) => x.followedUp === false && x.ageDays !== null && x.ageDays >= lo && x.ageDays < hi,
            ),
          }))
        : null,
    negativeResponses: sla ? count(f, (x) => x.response !== null && x.response < 0) : null,
    followedUpAtUnknownTime: sla
      ? count(f, (x) => x.followedUp === true && x.lead.first_touch_at === null)
      : null,
  };
}

export function responseDistribution(ref: Reference) {
  if (!ref.slaKnown) return null;
  const sla = ref.def.slaHours;
  const edges = [...new Set([1, 2, 4, 8, 12, 24, 48, 72, 120, 168, 336, 720, sla])].sort((a, b) => a - b);
  const responses = ref.facts.map((x) => x.response).filter((r): r is number => r !== null);
  const bins = [0, ...edges].map((fromHours, i) => {
    const toHours = edges[i] ?? null;
    return {
      fromHours,
      toHours,
      count: responses.filter(
        (r) => r >= 0 && r > (i === 0 ? -1 : fromHours) && (toHours === null || r <= toHours),
      ).length,
      band: toHours !== null && toHours <= sla ? 'within' : 'breached',
    };
  });
  return {
    bins,
    responses: responses.filter((r) => r >= 0).length,
    negative: responses.filter((r) => r < 0).length,
  };
}
