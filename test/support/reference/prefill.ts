/** The calculator prefill: inbound volume and stage rates measured from the data. */
import type { Fact } from './facts';
import { DAY } from './model';
import { wonDealsInScope } from './revenue';
import type { Reference } from './reference';
import { count, dayMs, isoDay, rate } from './util';

export function prefill(ref: Reference) {
  const f = ref.facts;
  const leads = ref.hasLeads ? f.length : null;
  const followed = ref.followUpKnown ? count(f, (x) => x.followedUp) : null;
  const qualified = ref.qualifiedKnown ? count(f, (x) => x.qualified) : null;
  const won = ref.hasLeads && ref.wonKnown ? count(f, (x) => x.won) : null;
  const created = ref.data.leads.map((l) => l.created_at).filter((t): t is number => t !== null);
  let span: number | null = null;
  let firstDay: string | null = null;
  let lastDay: string | null = null;
  if (ref.has('created_at') && created.length > 0) {
    let first = isoDay(Math.min(...created));
    let last = isoDay(Math.max(...created));
    if (ref.filters.createdFrom && ref.filters.createdFrom > first) first = ref.filters.createdFrom;
    if (ref.filters.createdTo && ref.filters.createdTo < last) last = ref.filters.createdTo;
    const days = (dayMs(last) - dayMs(first)) / DAY + 1;
    if (days > 0) [span, firstDay, lastDay] = [days, first, last];
  }
  const nurturing = (x: Fact) => /nurtur/i.test(x.lead.status ?? '');
  const hasNurture = ref.data.leads.some((l) => /nurtur/i.test(l.status ?? ''));
  const pool = f.filter((x) => x.followedUp === true && x.qualified === false);
  const amounts = wonDealsInScope(ref)
    .map((d) => d.amount)
    .filter((a): a is number => a !== null);
  return {
    inboundLeads: leads === null || span === null ? null : (leads * 365) / span,
    leadsInData: leads,
    firstDay,
    lastDay,
    spanDays: span,
    followUpRate: rate(followed, leads),
    leadToSqlRate: rate(qualified, followed),
    sqlCloseRate: rate(won, qualified),
    averageDeal:
      ref.amountKnown && ref.wonKnown && amounts.length > 0
        ? amounts.reduce((s, a) => s + a, 0) / amounts.length
        : null,
    nurturedShare:
      ref.has('status') && ref.followUpKnown && ref.qualifiedKnown && hasNurture
        ? rate(pool.filter(nurturing).length, pool.length)
        : null,
    followedLeads: followed,
    qualifiedLeads: qualified,
    wonLeads: won,
    linkedDeals: ref.wonKnown ? ref.scope.length : null,
  };
}
