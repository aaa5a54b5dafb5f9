/** Breakdowns: by source, owner or any dimension, the monthly trend, owner capacity, dimension values. */
import { factsFor, keepLead, type Fact } from './facts';
import { BLANK, type RefLead } from './model';
import type { Reference } from './reference';
import { cmp, count, groupBy, month, quantile, rate } from './util';

export function sumWon(facts: Fact[]) {
  return facts.reduce((s, x) => s + (x.wonAmount ?? 0), 0);
}

export function bySource(ref: Reference) {
  if (!ref.has('source')) return null;
  return groupBy(ref.facts, (x) => x.lead.source ?? BLANK).map(([source, g]) => {
    const followedUp = ref.followUpKnown ? count(g, (x) => x.followedUp) : null;
    const wonLeads = ref.wonKnown ? count(g, (x) => x.won) : null;
    const wonAmount = ref.wonKnown && ref.amountKnown ? sumWon(g) : null;
    return {
      source,
      leads: g.length,
      followedUp,
      followUpRate: rate(followedUp, g.length),
      wonLeads,
      leadToWin: rate(wonLeads, g.length),
      wonAmount,
      revenuePerLead: rate(wonAmount, g.length),
    };
  });
}

/** Any dimension, its own filter ignored, most leads first, at most 500 values. */
export function byDimension(ref: Reference, dimension: string) {
  if (!(dimension.startsWith('x_') ? ref.hasLeads : ref.has(dimension))) return null;
  const value = (lead: RefLead) =>
    (dimension.startsWith('x_') ? lead.extra[dimension] : (lead[dimension as 'source'] as string | null)) ??
    BLANK;
  return groupBy(factsFor(ref, ref.filters, dimension), (x) => value(x.lead))
    .slice(0, 500)
    .map(([v, g]) => {
      const followedUp = ref.followUpKnown ? count(g, (x) => x.followedUp) : null;
      const wonLeads = ref.wonKnown ? count(g, (x) => x.won) : null;
      const wonAmount = ref.wonKnown && ref.amountKnown ? sumWon(g) : null;
      return {
        value: v,
        leads: g.length,
        followedUp,
        followUpRate: rate(followedUp, g.length),
        wonLeads,
        leadToWin: rate(wonLeads, g.length),
        wonAmount,
        revenuePerLead: rate(wonAmount, g.length),
      };
    });
}

export function byOwner(ref: Reference) {
  if (!ref.has('owner')) return null;
  return groupBy(ref.facts, (x) => x.lead.owner ?? BLANK).map(([owner, g]) => {
    const followedUp = ref.followUpKnown ? count(g, (x) => x.followedUp) : null;
    const within = count(g, (x) => x.sla === 'within');
    const breached = count(g, (x) => x.sla === 'breached');
    const created = g.map((x) => x.lead.created_at).filter((t): t is number => t !== null);
    let months: number | null = null;
    if (created.length > 0) {
      const first = new Date(Math.min(...created));
      const last = new Date(Math.max(...created));
      months =
        (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth() + 1;
    }
    return {
      owner,
      leads: g.length,
      followedUp,
      followUpRate: rate(followedUp, g.length),
      medianResponseHours: ref.slaKnown
        ? quantile(
            g.map((x) => x.response).filter((r): r is number => r !== null && r >= 0),
            0.5,
          )
        : null,
      slaCompliance: ref.slaKnown ? rate(within, within + breached) : null,
      wonLeads: ref.wonKnown ? count(g, (x) => x.won) : null,
      wonAmount: ref.wonKnown && ref.amountKnown ? sumWon(g) : null,
      leadsPerMonth: ref.has('created_at') ? rate(created.length, months) : null,
      withinHourShare: ref.slaKnown
        ? rate(
            count(g, (x) => x.response !== null && x.response >= 0 && x.response <= 1),
            g.length,
          )
        : null,
      // The reference has no working clock (working hours are checked by hand: clock.test.ts).
      medianWorkingHours: null,
    };
  });
}

export function trend(ref: Reference) {
  if (!ref.hasLeads || !ref.has('created_at')) return null;
  const dated = ref.facts.filter((x) => x.lead.created_at !== null);
  return groupBy(dated, (x) => month(x.lead.created_at ?? 0))
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([m, g]) => {
      const followedUp = ref.followUpKnown ? count(g, (x) => x.followedUp) : null;
      const wonLeads = ref.wonKnown ? count(g, (x) => x.won) : null;
      return {
        month: m,
        leads: g.length,
        followedUp,
        followUpRate: rate(followedUp, g.length),
        wonLeads,
        leadToWin: rate(wonLeads, g.length),
      };
    });
}

export function capacity(ref: Reference) {
  if (!ref.has('owner') || !ref.has('created_at')) return null;
  const dated = ref.facts.filter((x) => x.lead.created_at !== null);
  return groupBy(dated, (x) => `${x.lead.owner ?? BLANK}\u0000${month(x.lead.created_at ?? 0)}`)
    .sort((a, b) => cmp(a[0], b[0]))
    .map(([key, g]) => {
      const [owner = '', m = ''] = key.split('\u0000');
      const followedUp = ref.followUpKnown ? count(g, (x) => x.followedUp) : null;
      return { owner, month: m, leads: g.length, followedUp, followUpRate: rate(followedUp, g.length) };
    });
}

export function dimensionValues(ref: Reference, dimension: string, limit = 500) {
  if (!(dimension.startsWith('x_') ? ref.hasLeads : ref.has(dimension))) return null;
  const leads = ref.data.leads.filter((lead) => keepLead(lead, ref.filters, dimension));
  const value = (lead: RefLead) =>
    (dimension.startsWith('x_') ? lead.extra[dimension] : (lead[dimension as 'source'] as string | null)) ??
    BLANK;
  return groupBy(leads, value)
    .slice(0, limit)
    .map(([v, g]) => ({ value: v, leads: g.length }));
}
