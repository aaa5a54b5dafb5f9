/** The redirect family: overdue untouched leads and the reps they are suggested to. */
import { factsFor } from './facts';
import type { Reference } from './reference';
import { cmp, count, groupBy, wallClock } from './util';

/** Reps with follow-up ≥ overall (owner filter ignored), best rate, then fewest leads this month. */
export function redirectCandidates(ref: Reference) {
  const facts = factsFor(ref, ref.filters, 'owner');
  const total = facts.length;
  const followed = count(facts, (x) => x.followedUp);
  const start = Date.UTC(Number(ref.asOf.slice(0, 4)), Number(ref.asOf.slice(5, 7)) - 1, 1);
  const reps = groupBy(
    facts.filter((x) => x.lead.owner !== null),
    (x) => x.lead.owner ?? '',
  ).map(([owner, g]) => {
    const f = count(g, (x) => x.followedUp);
    return {
      owner,
      leads: g.length,
      followedUp: f,
      followUpRate: f / g.length,
      leadsThisMonth: count(
        g,
        (x) => x.lead.created_at !== null && x.lead.created_at >= start && x.lead.created_at < ref.end,
      ),
    };
  });
  return reps
    .filter((r) => r.followedUp * total >= followed * r.leads)
    .sort(
      (a, b) =>
        b.followUpRate - a.followUpRate || a.leadsThisMonth - b.leadsThisMonth || cmp(a.owner, b.owner),
    );
}

export function redirect(ref: Reference, limit?: number) {
  if (!ref.followUpKnown || !ref.has('created_at')) return null;
  const sla = ref.def.slaHours;
  const due = ref.facts
    .filter((x) => x.followedUp === false && x.ageHours !== null && x.ageHours > sla)
    .sort((a, b) => (b.lead.created_at ?? 0) - (a.lead.created_at ?? 0) || a.lead.key - b.lead.key);
  const candidates = redirectCandidates(ref);
  const reps = candidates.map((c) => c.owner);
  let turn = 0;
  const rows = due.slice(0, limit ?? due.length).map((x) => {
    let suggested: string | null = null;
    if (reps.length > 0) {
      suggested = reps[turn % reps.length] ?? null;
      if (suggested === x.lead.owner) {
        if (reps.length === 1) suggested = null;
        else {
          turn += 1;
          suggested = reps[turn % reps.length] ?? null;
        }
      }
      if (suggested !== null) turn += 1;
    }
    return {
      leadId: x.lead.lead_id,
      owner: x.lead.owner,
      createdAt: wallClock(x.lead.created_at),
      ageDays: x.ageDays ?? 0,
      suggestedOwner: suggested,
    };
  });
  return { total: due.length, rows, candidates };
}
